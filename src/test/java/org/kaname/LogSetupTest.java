package org.kaname;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSetupTest {
    @Test
    void logbackFindsItAsItsConfigurator() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()))
                .contains(LogSetup.class.getName());
    }

    @Test
    void writesInfoAndUpToKanameLogInTheLogFolderAndLibrariesOnlyFromWarn(@TempDir Path dir) throws Exception {
        String before = System.getProperty("kaname.log.dir");
        System.setProperty("kaname.log.dir", dir.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        try {
            LogSetup setup = new LogSetup();
            setup.setContext(context);
            assertThat(setup.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
            context.start();
            context.getLogger("org.kaname.Some").info("開いた {}", "計画");
            context.getLogger("org.kaname.Some").debug("not at debug");
            context.getLogger("org.h2.Engine").info("h2 chatter");
            context.getLogger("org.flywaydb.core.Flyway").warn("flyway warning");
        } finally {
            context.stop();
            if (before == null) {
                System.clearProperty("kaname.log.dir");
            } else {
                System.setProperty("kaname.log.dir", before);
            }
        }
        String log = Files.readString(dir.resolve("kaname.log"), StandardCharsets.UTF_8);
        assertThat(log).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\[[^]]+\\] "
                + "org.kaname.Some - 開いた 計画")
                .contains("WARN  ").contains("flyway warning")
                .doesNotContain("not at debug", "h2 chatter");
    }
}
