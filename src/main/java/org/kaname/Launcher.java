package org.kaname;

import java.io.IOException;
import java.nio.file.Path;
import org.kaname.cli.KanameCli;
import org.kaname.store.DataDirectory;
import org.kaname.store.OwnerOnly;
import org.kaname.ui.KanameApp;
import org.kaname.ui.StartupTraining;
import org.slf4j.LoggerFactory;

/**
 * The jar's entry point. It does not extend Application, so a plain class-path launch works; with a command it runs
 * headless and the JavaFX toolkit is never started, without one it opens the desktop app.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // The log file lives in the data directory; logging must know it before the first logger is made.
        Path data = DataDirectory.forThisMachine(dataOption(args));
        try {
            // Owner-only (0700) before Logback creates it with the process's umask for kaname.log.
            OwnerOnly.createFolder(data);
        } catch (IOException | RuntimeException e) {
            // Reported as a plain message when the command opens the folder.
        }
        System.setProperty("kaname.log.dir", data.toString());
        if (opensTheApp(args)) {
            setUpLoggingAside();
            // Straight to the window: building the full command line (every subcommand) would only delay it.
            if (StartupTraining.requested()) {
                StartupTraining.exitWhenMainWindowShows();
            }
            KanameApp.launch(data, option(args, "--db"));
            System.exit(0);
        }
        int code = KanameCli.run(args, KanameApp::launch, System.out, System.err);
        System.exit(code);
    }

    /**
     * Configures logging on a thread of its own while JavaFX starts. Logback's set-up takes about 0.3 s; done on the
     * FX thread by the first class that logs, it held back the window's first frame by that much.
     */
    private static void setUpLoggingAside() {
        Thread logging = new Thread(LoggerFactory::getILoggerFactory, "kaname-logging-setup");
        logging.setDaemon(true);
        logging.start();
    }

    /** No command: nothing but an optional {@code --data DIR} and an optional {@code --db URI}, each once. */
    static boolean opensTheApp(String[] args) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = APP_OPTIONS.stream().filter(o -> arg.startsWith(o + "=")).findFirst().orElse(null);
            if (name != null) {
                if (args[i].length() == name.length() + 1 || !seen.add(name)) {
                    return false;
                }
            } else if (APP_OPTIONS.contains(args[i]) && i + 1 < args.length && !args[i + 1].isBlank()
                    && seen.add(args[i])) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** The options the app takes without a command: the data directory, and a shared database (issue 17). */
    private static final java.util.List<String> APP_OPTIONS = java.util.List.of("--data", "--db");

    static String dataOption(String[] args) {
        return option(args, "--data");
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}; null when absent. */
    static String option(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }

    /** Used by tests of the launcher's option scan. */
    static Path dataDirectory(String[] args) {
        return DataDirectory.forThisMachine(dataOption(args));
    }
}
