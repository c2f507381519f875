package org.kaname.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The invariants of issue 13 for one command run: an allowed exit code (never 1), nothing on the console that looks
 * like a stack trace or a library's internals. Returns what is wrong, empty when nothing is.
 */
final class Invariants {
    /** Exit codes a command may give on any input: ok, or invalid input (nothing written). */
    static final Set<Integer> OK_OR_REFUSED = Set.of(0, 3);

    /**
     * What must never reach the console: stack frames, exception names, fully qualified class names of the JDK or a
     * library, and database texts. A data folder's path is printed by some commands; the fuzz suites use temporary
     * folders whose names match none of these.
     */
    private static final List<Pattern> INTERNALS = List.of(
            Pattern.compile("\tat "),
            Pattern.compile("\\bat [a-z]+(\\.[a-zA-Z_$][\\w$]*)+\\("),
            Pattern.compile("[A-Za-z]*Exception\\b"),
            Pattern.compile("[A-Za-z]+Error:"),
            Pattern.compile("\\b(java|javax|jdk|sun|org|com|net|ch)\\.([a-z0-9_]+\\.)+[A-Z][\\w$]*"),
            Pattern.compile("com\\.fasterxml|org\\.apache\\.poi|org\\.h2|picocli\\."),
            Pattern.compile("NULL not allowed|Value too long|SQL statement|\\[[0-9]{5}-[0-9]{3}\\]"),
            Pattern.compile("Cannot invoke \"|because \"[\\w.]+\" is null|Index \\d+ out of bounds"),
            Pattern.compile("internal error|内部エラー"),
            // Library wording: POI's zip-bomb guard, OOXML parts, Jackson's source locations.
            Pattern.compile("Zip bomb|ZipBomb|OOXML|XSSF|\\bPOI\\b|Jackson|\\[Source: |\\.xml\\b|\\.rels\\b"));

    private Invariants() {
    }

    static List<String> violations(FuzzCli.Run run, Set<Integer> allowedExits) {
        List<String> problems = new ArrayList<>();
        if (!allowedExits.contains(run.exitCode())) {
            problems.add("exit " + run.exitCode() + " (allowed " + allowedExits + ")");
        }
        if (run.overTime()) {
            problems.add("took " + run.millis() / 1000 + " s (CPU " + (run.cpuMillis() < 0 ? "?" : run.cpuMillis() / 1000
                    + " s") + "), over " + FuzzCli.TIMEOUT_SECONDS + " s");
        }
        for (String[] stream : new String[][] {{"stdout", run.out()}, {"stderr", run.err()}, {"console", run.console()}}) {
            String leak = internals(stream[1]);
            if (leak != null) {
                problems.add(stream[0] + " shows internals: " + leak);
            }
        }
        return problems;
    }

    /** The first line showing internals, or null. */
    static String internals(String text) {
        for (String line : text.lines().toList()) {
            for (Pattern p : INTERNALS) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    return "«" + abbreviate(line.strip(), 300) + "»";
                }
            }
        }
        return null;
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…(" + s.length() + " chars)";
    }
}
