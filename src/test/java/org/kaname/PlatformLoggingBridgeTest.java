package org.kaname;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * JavaFX (e.g. CSS warnings on "javafx.css") and the JDK log through {@link System.Logger}; without a bridge those
 * go to java.util.logging on the console and never reach kaname.log. slf4j-jdk-platform-logging hands them to SLF4J,
 * and so to Logback.
 */
class PlatformLoggingBridgeTest {
    private static final String NAME = "kaname.bridge.test";

    @Test
    void aSystemLoggerWarningArrivesInLogback() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logback = context.getLogger(NAME);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.setContext(context);
        seen.start();
        logback.addAppender(seen);
        try {
            System.getLogger(NAME).log(System.Logger.Level.WARNING, "スタイルを読めない: {0}", "ranking.css");
        } finally {
            logback.detachAppender(seen);
            seen.stop();
        }
        assertThat(seen.list).singleElement().satisfies(event -> {
            assertThat(event.getLoggerName()).isEqualTo(NAME);
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("スタイルを読めない").contains("ranking.css");
        });
    }
}
