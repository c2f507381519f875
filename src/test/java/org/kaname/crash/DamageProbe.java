package org.kaname.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kaname.model.Plan;

/**
 * Reads a damaged data folder through the CLI and judges every answer by issue 11's rule: a command either exits 0
 * with exactly the original data, or exits 4 with a message on stderr. When it exits 4 at open — {@code plans}, the
 * first command on the folder — the damaged file's bytes must be as they were (Kaname never writes into a file it
 * could not open cleanly). Exit 0 with other data, any other exit code (1 = internal error), or a hang is a
 * violation. An export refused after the folder opened cleanly (one plan damaged) may have let the database write —
 * every clean open does, even {@code plans} — so that is noted, not judged: the file did open cleanly.
 */
final class DamageProbe {
    /** What happened to one damaged folder. */
    record Result(String label, boolean refused, List<String> violations, List<String> notes) {
    }

    private final Map<Long, String> listing;
    private final Map<Long, Plan> plans;

    /** @param listing the original {@code plans} lines by ID; @param plans the original plans by ID */
    DamageProbe(Map<Long, String> listing, Map<Long, Plan> plans) {
        this.listing = listing;
        this.plans = plans;
    }

    Result probe(String label, Path data, Path work) {
        List<String> violations = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Path file = data.resolve(DataFolders.DATABASE_FILE);
        String before = DataFolders.sha256(file);
        StoredPlans.Listing list = StoredPlans.list(data);
        boolean refused = judge("plans", list.run(), file, before, violations, violations);
        if (list.ok() && !list.lines().equals(listing)) {
            violations.add("plans exited 0 with other data: " + list.lines().values() + " instead of "
                    + listing.values());
        }
        if (list.ok()) {
            for (Map.Entry<Long, Plan> original : plans.entrySet()) {
                String beforeExport = DataFolders.sha256(file);
                StoredPlans.Export export = StoredPlans.export(data, original.getKey(), work);
                refused |= judge("export " + original.getKey(), export.run(), file, beforeExport, violations, notes);
                if (export.run().ok() && !export.ok()) {
                    violations.add("export " + original.getKey() + " exited 0 but " + export.problem());
                } else if (export.ok() && !export.plan().equals(original.getValue())) {
                    violations.add("export " + original.getKey() + " exited 0 with other data: "
                            + StoredPlans.firstDifference(original.getValue(), export.plan()));
                }
            }
        }
        return new Result(label, refused, violations, notes);
    }

    /**
     * Checks one command's exit; returns whether it refused (exit 4). A write into the refused file goes to
     * {@code writes}: the violations for the opening command, the notes for later ones.
     */
    private static boolean judge(String what, ChildRun run, Path file, String before, List<String> violations,
                                 List<String> writes) {
        if (run.timedOut()) {
            violations.add(what + " hung: " + run.describe());
            return false;
        }
        if (run.exitCode() == 0) {
            return false;
        }
        if (run.exitCode() != 4) {
            violations.add(what + " exited " + run.exitCode() + " (only 0 or 4 are allowed): " + run.describe());
            return false;
        }
        if (run.stderr().isBlank()) {
            violations.add(what + " exited 4 without a message on stderr");
        }
        if (!Files.exists(file)) {
            writes.add(what + " exited 4 and the damaged file is gone");
        } else if (!DataFolders.sha256(file).equals(before)) {
            writes.add(what + " exited 4 but wrote into the damaged file");
        }
        return true;
    }
}
