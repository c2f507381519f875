package org.kaname.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.kaname.io.InvalidPlanException;
import org.kaname.io.PlanJson;
import org.kaname.model.Plan;

/**
 * What a data folder holds, seen only through the CLI as a user's script would see it: {@code plans} for the list,
 * {@code export ID --out F} for a plan, read back with the app's own reader and compared as plans (records compare
 * field by field, so list order matters where the plan's order does and nowhere else).
 */
final class StoredPlans {
    /** A check command is a short read; one that takes longer than this hangs. */
    static final Duration CHECK_LIMIT = Duration.ofSeconds(60);

    private static final PlanJson JSON = new PlanJson(Locale.ROOT);

    private StoredPlans() {
    }

    /** {@code plans}: the run and, when it exited 0, the listed lines by ID. */
    record Listing(ChildRun run, Map<Long, String> lines) {
        boolean ok() {
            return run.ok();
        }
    }

    static Listing list(Path data) {
        ChildRun run = ChildJvm.kaname(data, "plans").run(KillPlan.never(), CHECK_LIMIT);
        Map<Long, String> lines = new LinkedHashMap<>();
        if (run.ok()) {
            for (String line : run.stdout()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    lines.put(Long.parseLong(line.substring(0, tab)), line);
                }
            }
        }
        return new Listing(run, lines);
    }

    /** {@code export ID}: the run, and the plan when it exited 0 and wrote a valid file (else the reason). */
    record Export(ChildRun run, Plan plan, String problem) {
        boolean ok() {
            return plan != null;
        }
    }

    static Export export(Path data, long id, Path work) {
        // Named after the data folder: parallel cycles export into the same work folder.
        Path out = work.resolve("export-" + data.getFileName() + "-" + id + ".json");
        ChildRun run = ChildJvm.kaname(data, "export", String.valueOf(id), "--out", out.toString())
                .run(KillPlan.never(), CHECK_LIMIT);
        try {
            if (!run.ok()) {
                return new Export(run, null, run.describe());
            }
            if (!Files.exists(out)) {
                return new Export(run, null, "exit 0 but no file written");
            }
            return new Export(run, JSON.read(out), null);
        } catch (InvalidPlanException e) {
            return new Export(run, null, "exported file is not a valid plan: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes a plan file to import, in the canonical kaname-plan format. */
    static Path write(Plan plan, Path file) {
        try {
            JSON.write(plan, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeText(String text, Path file) {
        try {
            return Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Canonical text of a plan: equal plans give equal text, and a difference can be shown line by line. */
    static String canonical(Plan plan) {
        return JSON.write(plan);
    }

    /** The first differing line of two plans' canonical texts, for failure messages. */
    static String firstDifference(Plan expected, Plan actual) {
        String[] e = canonical(expected).split("\n");
        String[] a = canonical(actual).split("\n");
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!e[i].equals(a[i])) {
                return "line " + (i + 1) + ": expected «" + e[i].strip() + "» but was «" + a[i].strip() + "»";
            }
        }
        return e.length == a.length ? "equal text" : "length " + a.length + " lines instead of " + e.length;
    }
}
