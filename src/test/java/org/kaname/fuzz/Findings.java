package org.kaname.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one fuzz case found wrong, one line per finding: where (suite, seed, case), the kind of input, the command,
 * its exit code and first line, and what is wrong. With {@code -Dkaname.fuzz.findings=FILE} the lines are also
 * appended to FILE, to be read while a long run goes on.
 */
final class Findings {
    private final String where;
    private final String input;
    private final List<String> lines = new ArrayList<>();

    Findings(String where, String input) {
        this.where = where;
        this.input = input;
    }

    /** Checks a run against the invariants; returns it for the caller's use. */
    FuzzCli.Run check(FuzzCli.Run run, Set<Integer> allowedExits) {
        List<String> problems = Invariants.violations(run, allowedExits);
        if (!problems.isEmpty()) {
            add(run, String.join("; ", problems));
        }
        return run;
    }

    void add(FuzzCli.Run run, String problem) {
        add(abbreviateCommand(run.command()) + " | exit " + run.exitCode() + " | "
                + Invariants.abbreviate(run.firstLine(), 200) + " | " + problem);
    }

    void add(String line) {
        String full = where + " | " + input + " | " + line;
        lines.add(full);
        String file = System.getProperty("kaname.fuzz.findings", "");
        if (!file.isBlank()) {
            try {
                Files.writeString(Path.of(file), full + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new AssertionError("cannot append to " + file, e);
            }
        }
    }

    /** Fails the case when anything was found. */
    void assertNone() {
        if (!lines.isEmpty()) {
            throw new AssertionError(lines.size() + " finding(s):\n" + String.join("\n", lines));
        }
    }

    private static String abbreviateCommand(String command) {
        // Temporary paths make lines long and differ from run to run; the file name is what matters.
        return command.replaceAll("--data \\S+ ", "").replaceAll("/\\S*/", "…/");
    }
}
