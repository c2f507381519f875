package org.kaname.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;

/**
 * The installer's class-data-sharing training run (installer/BuildInstaller.java): the app starts as a user starts
 * it, and once the main window shows its menu bar and first screen, the process ends by itself so the build can go
 * on. The classes loaded up to then are the ones the shipped archive holds.
 */
public final class StartupTraining {
    /** The system property that asks for it; never set on a user's start. */
    public static final String PROPERTY = "kaname.startup.training";
    private static final long TIMEOUT_MS = 180_000;
    /** After the main window is up: its first screen draws and the plan list loads. */
    private static final long SETTLE_MS = 3_000;

    private StartupTraining() {
    }

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Watches for the main window from a daemon thread and exits the JVM once it is up (1 if it never comes). */
    public static void exitWhenMainWindowShows() {
        Thread watcher = new Thread(() -> {
            long deadline = System.currentTimeMillis() + TIMEOUT_MS;
            while (System.currentTimeMillis() < deadline) {
                if (mainWindowShows()) {
                    pause(SETTLE_MS);
                    System.exit(0);
                }
                pause(200);
            }
            LoggerFactory.getLogger(StartupTraining.class).error("startup training: the main window did not appear"
                    + " within {} s", TIMEOUT_MS / 1000);
            System.exit(1);
        }, "kaname-startup-training");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static boolean mainWindowShows() {
        CompletableFuture<Boolean> shows = new CompletableFuture<>();
        try {
            Platform.runLater(() -> shows.complete(Window.getWindows().stream()
                    .anyMatch(w -> w.isShowing() && w.getScene() != null
                            && w.getScene().lookup("#menuBar") != null)));
            return shows.get(5, TimeUnit.SECONDS);
        } catch (IllegalStateException notStartedYet) {
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
