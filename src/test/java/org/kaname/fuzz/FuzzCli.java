package org.kaname.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.kaname.cli.KanameCli;

/**
 * Runs the command line in-process, in a worker thread bounded by {@link #TIMEOUT_SECONDS}, and captures what it
 * printed: its own stdout and stderr, and whatever reached {@code System.out}/{@code System.err} meanwhile (a library
 * printing a stack trace there would reach the user's console too).
 */
final class FuzzCli {
    /**
     * The longest a command may take (issue 13: no hang over 20 s). {@code -Dkaname.fuzz.timeout=S} raises it on a
     * machine shared by many builds, where wall time says little; findings also give the command's CPU time.
     */
    static final long TIMEOUT_SECONDS = Long.getLong("kaname.fuzz.timeout", 20);
    /** How long a run over the timeout is still waited for before it is stopped. */
    static final long GRACE_SECONDS = 10;

    private FuzzCli() {
    }

    /** What one command did. {@code console} is what went to System.out/err instead of the CLI's streams. */
    record Run(List<String> args, int exitCode, String out, String err, String console, long millis, long cpuMillis) {
        boolean overTime() {
            return millis > TIMEOUT_SECONDS * 1000;
        }

        String command() {
            return String.join(" ", args);
        }

        String firstLine() {
            String text = !err.isBlank() ? err : !out.isBlank() ? out : console;
            return text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        }
    }

    /** A run that could not even be stopped: the suite cannot go on, the data folder is still held. */
    static final class Hang extends RuntimeException {
        Hang(String command) {
            super("no answer within " + (TIMEOUT_SECONDS + GRACE_SECONDS) + " s and not stopped: kaname " + command);
        }
    }

    /**
     * Over the limit: a finding (Run.overTime). The run is given a little longer, then stopped — Thread.stop, fit for
     * a test only: the command's finally blocks still close the database, so the next case finds the folder free.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static int stop(Thread worker, FutureTask<Integer> task, String command) throws Exception {
        try {
            return task.get(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            worker.stop();
            worker.join(TimeUnit.SECONDS.toMillis(30));
            if (worker.isAlive()) {
                throw new Hang(command);
            }
            return STOPPED;
        } catch (ExecutionException e) {
            return STOPPED; // ended by the stop, or failed late: either way over the limit
        }
    }

    /** The exit code recorded for a run stopped after the timeout. */
    static final int STOPPED = -1;

    static synchronized Run run(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
        AtomicLong cpu = new AtomicLong(-1);
        FutureTask<Integer> task = new FutureTask<>(() -> {
            try {
                return KanameCli.run(all.toArray(String[]::new), dir -> {
                    throw new AssertionError("the app must not start for a command");
                }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            } finally {
                cpu.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
            }
        });
        Thread worker = new Thread(task, "fuzz-cli");
        worker.setDaemon(true);
        long start = System.nanoTime();
        System.setOut(capture);
        System.setErr(capture);
        int code;
        try {
            worker.start();
            try {
                code = task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                code = stop(worker, task, String.join(" ", args));
            }
        } catch (Hang e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (!(e instanceof ExecutionException)) {
                throw new AssertionError("kaname " + String.join(" ", args), e);
            }
            // KanameCli.run itself threw: as bad as an exit 1, and worth the whole trace.
            throw new AssertionError("KanameCli.run threw for: kaname " + String.join(" ", args), e.getCause());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(List.of(args), code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                console.toString(StandardCharsets.UTF_8), millis, cpu.get());
    }
}
