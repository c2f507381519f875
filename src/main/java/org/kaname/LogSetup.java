package org.kaname;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;

/**
 * Kaname's logging, set up in code (found by Logback through {@code META-INF/services}) rather than read from a
 * logback.xml: parsing XML configuration loaded some 300 classes and took 0.3 s of every start, the app's and each
 * command's alike.
 * <ul>
 * <li>One file, {@code kaname.log} in the data directory ({@code kaname.log.dir}, set by the launcher; else the
 * temporary folder), rolled at 5 MB into kaname.1.log to kaname.3.log. The command line's stdout and stderr stay
 * clean for scripts.</li>
 * <li>Logback's own status (e.g. "cannot open kaname.log" in a read-only folder) would print ~60 lines on stdout;
 * Kaname reports such a folder itself (exit 4, one line), so Logback's status goes nowhere.</li>
 * <li>INFO and up; Flyway and H2 only from WARN.</li>
 * </ul>
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    private static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n";
    private static final String MAX_FILE_SIZE = "5MB";
    private static final int KEPT_FILES = 3;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        NopStatusListener quiet = new NopStatusListener();
        context.getStatusManager().add(quiet);
        String dir = System.getProperty("kaname.log.dir", System.getProperty("java.io.tmpdir"));

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/kaname.log");
        file.setEncoder(encoder);
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/kaname.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEPT_FILES);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.h2").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
