package org.kaname.crash;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a finished child JVM did: its exit code (137 after SIGKILL), every stdout line it printed — including those
 * still in the pipe when it was killed — its stderr, whether we sent the kill, and whether it overran its time limit.
 */
record ChildRun(List<String> command, int exitCode, List<String> stdout, String stderr, boolean killSent,
                boolean timedOut, Duration elapsed) {
    /** 128 + SIGKILL: the exit status Java reports for a child killed by {@code destroyForcibly()} on Linux. */
    static final int KILLED = 137;

    boolean ok() {
        return !timedOut && exitCode == 0;
    }

    /** Killed by us before it exited by itself. */
    boolean killed() {
        return killSent && exitCode == KILLED;
    }

    boolean printed(Predicate<String> line) {
        return stdout.stream().anyMatch(line);
    }

    Optional<String> lastLine(Predicate<String> line) {
        return stdout.stream().filter(line).reduce((a, b) -> b);
    }

    String stderrFirstLine() {
        return stderr.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    }

    /** One line for failure messages. */
    String describe() {
        String what = timedOut ? "TIMED OUT after " + elapsed.toMillis() + " ms"
                : "exit " + exitCode + (killed() ? " (killed)" : "") + " after " + elapsed.toMillis() + " ms";
        String args = String.join(" ", command.subList(command.indexOf(mainClass()) + 1, command.size()));
        return "[" + args + "] " + what + (stderr.isBlank() ? "" : ", stderr: " + stderrFirstLine());
    }

    private String mainClass() {
        return command.stream().filter(s -> s.startsWith("org.kaname.")).findFirst().orElse(command.get(0));
    }
}
