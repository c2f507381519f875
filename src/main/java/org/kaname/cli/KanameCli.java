package org.kaname.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.kaname.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs the command line and maps every outcome to an exit code. Expected failures print one clear line on stderr;
 * unexpected ones print one line pointing at the log file, never a stack trace.
 */
public final class KanameCli {
    private static final Logger LOG = LoggerFactory.getLogger(KanameCli.class);

    private KanameCli() {
    }

    /** Output is UTF-8 whatever the platform's console encoding, so scripts and files get the same bytes everywhere. */
    public static int run(String[] args, Consumer<Path> appStarter, PrintStream stdout, PrintStream stderr) {
        return run(commandLine(appStarter), args, stdout, stderr);
    }

    /** As {@link #run(String[], Consumer, PrintStream, PrintStream)} with the environment and terminal given (tests). */
    static int run(String[] args, Map<String, String> env, CliPassphrase.Prompt prompt, PrintStream stdout,
                   PrintStream stderr) {
        CommandLine cl = new CommandLine(new KanameCommand(dir -> {
            throw new IllegalStateException("the app does not start from this entry");
        }, env, prompt));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return run(cl, args, stdout, stderr);
    }

    private static int run(CommandLine cl, String[] args, PrintStream stdout, PrintStream stderr) {
        cl.setOut(new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CliException ce) {
                err.println("kaname: " + ce.getMessage());
                return ce.exitCode();
            }
            LOG.error("unexpected failure running {}", String.join(" ", args), ex);
            String what = ex instanceof StoreException ? "database error" : ex.getClass().getSimpleName();
            err.println("kaname: internal error (" + what + ": " + ex.getMessage() + "); see kaname.log in the data directory");
            return ExitCodes.INTERNAL;
        });
        return cl.execute(args);
    }

    public static CommandLine commandLine(Consumer<Path> appStarter) {
        CommandLine cl = new CommandLine(new KanameCommand(appStarter));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
