package org.kaname.crash;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the Kaname CLI (or another main class of the test class path) as a child JVM and watches it: stdout is read
 * line by line as it comes, so the child can be killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) at
 * the very moment it prints its success line, or at a chosen delay. Every wait is bounded: a child that has not
 * exited by its time limit is killed and reported as timed out, and the caller treats that as a failure (a hang).
 */
final class ChildJvm {
    /** Generous for a loaded 2-core CI machine; a healthy command here takes one to a few seconds. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(120);

    /**
     * Small, quick-starting JVMs. The locale is fixed to English so success lines ("Stored: …") are stable; the
     * encoding to UTF-8 as the app's output is.
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
            "-Dfile.encoding=UTF-8", "-Duser.language=en", "-Duser.country=US");

    private final List<String> command;

    private ChildJvm(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** {@code java … org.kaname.Launcher --data DIR COMMAND…}: the jar's main, which runs a command headless. */
    static ChildJvm kaname(Path data, String... commandLine) {
        List<String> args = new ArrayList<>(List.of("--data", data.toString()));
        args.addAll(List.of(commandLine));
        return main("org.kaname.Launcher", args);
    }

    /** Any main class on this test JVM's class path, e.g. {@link EditorDriver}. */
    static ChildJvm main(String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM_OPTIONS);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        return new ChildJvm(cmd);
    }

    /** Runs to the end without a kill. */
    ChildRun run() {
        return run(KillPlan.never(), TIME_LIMIT);
    }

    ChildRun run(KillPlan kill) {
        return run(kill, TIME_LIMIT);
    }

    ChildRun run(KillPlan kill, Duration timeLimit) {
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(devNull())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        boolean[] killSent = {false};
        // The reader kills from its own thread: the kill follows the success line with no scheduling delay.
        Thread stdout = new Thread(() -> readLines(process, kill, lines, killSent), "child-stdout");
        ByteArrayOutputStream stderrBytes = new ByteArrayOutputStream();
        Thread stderr = new Thread(() -> copy(process.getErrorStream(), stderrBytes), "child-stderr");
        stdout.setDaemon(true);
        stderr.setDaemon(true);
        stdout.start();
        stderr.start();
        boolean timedOut = false;
        try {
            if (kill.delay() != null && !process.waitFor(kill.delay().toNanos(), TimeUnit.NANOSECONDS)) {
                synchronized (killSent) {
                    killSent[0] = true;
                }
                process.destroyForcibly();
            }
            long left = timeLimit.toNanos() - (System.nanoTime() - start);
            if (!process.waitFor(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
                timedOut = true;
                process.destroyForcibly();
            }
            // After SIGKILL the process is gone within milliseconds; wait for it so its file locks are released
            // before anyone opens the data folder again.
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("child did not die after SIGKILL: " + command);
            }
            // Whatever the child wrote before it died is still in the pipe: read it to the end.
            stdout.join(30_000);
            stderr.join(30_000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + command, e);
        }
        boolean sent;
        synchronized (killSent) {
            sent = killSent[0];
        }
        List<String> printed;
        synchronized (lines) {
            printed = List.copyOf(lines);
        }
        return new ChildRun(command, process.exitValue(), printed, stderrBytes.toString(StandardCharsets.UTF_8),
                sent, timedOut, Duration.ofNanos(System.nanoTime() - start));
    }

    private static void readLines(Process process, KillPlan kill, List<String> lines, boolean[] killSent) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (kill.killsAt(line)) {
                    synchronized (killSent) {
                        if (!killSent[0]) {
                            killSent[0] = true;
                            process.destroyForcibly();
                        }
                    }
                }
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("<stdout read failed: " + e + ">");
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // The stream closes when the child dies; what was read is kept.
        }
    }

    private static java.io.File devNull() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    @Override
    public String toString() {
        return String.join(" ", command);
    }
}
