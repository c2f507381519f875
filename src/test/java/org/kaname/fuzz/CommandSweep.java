package org.kaname.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;

/**
 * Every command on one stored plan, as a user would run them after an import: the reading commands in all their
 * output forms, then the writing ones (a version, a score, a score file out and back in, a backup). Each must work
 * or refuse with exit 3, print no internals and end within the timeout; a writing command that refuses must leave
 * the data folder as it was.
 */
final class CommandSweep {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CommandSweep() {
    }

    static void run(Path data, long planId, Path work, SplittableRandom random, Findings findings) throws IOException {
        Files.createDirectories(work);
        String id = Long.toString(planId);
        Set<Integer> ok = Invariants.OK_OR_REFUSED;
        List<String[]> reads = new ArrayList<>();
        reads.add(new String[] {"plans"});
        reads.add(new String[] {"rank", id});
        reads.add(new String[] {"rank", id, "--format", "csv"});
        reads.add(new String[] {"rank", id, "--format", "json"});
        reads.add(new String[] {"rank", id, "--model", "topsis"});
        reads.add(new String[] {"weights", id});
        reads.add(new String[] {"sensitivity", id, "--samples", "50"});
        reads.add(new String[] {"disagreements", id});
        reads.add(new String[] {"rounds", id});
        reads.add(new String[] {"roadmap", id});
        reads.add(new String[] {"roadmap", id, "--format", "csv"});
        reads.add(new String[] {"roadmap", id, "--budget-table"});
        reads.add(new String[] {"roadmap", id, "--out", work.resolve("roadmap.xlsx").toString()});
        reads.add(new String[] {"roadmap", id, "--out", work.resolve("roadmap.csv").toString()});
        reads.add(new String[] {"costs", id});
        reads.add(new String[] {"costs", id, "--format", "csv"});
        reads.add(new String[] {"indicators", id});
        reads.add(new String[] {"indicators", id, "--format", "csv"});
        reads.add(new String[] {"report", id, "--out", work.resolve("report.pdf").toString()});
        if (random.nextInt(3) == 0) {
            reads.add(new String[] {"report", id, "--out", work.resolve("report-en.pdf").toString(), "--lang", "en"});
        }
        reads.add(new String[] {"sheets", id, "--out", work.resolve("sheets").toString()});
        reads.add(new String[] {"versions", id});
        reads.add(new String[] {"history", id});
        reads.add(new String[] {"history", id, "--format", "csv"});
        for (String[] args : reads) {
            findings.check(FuzzCli.run(data, args), ok);
        }

        Path exported = work.resolve("plan.json");
        FuzzCli.Run export = findings.check(FuzzCli.run(data, "export", id, "--out", exported.toString()), ok);
        if (export.exitCode() != 0) {
            findings.add(export, "an imported plan cannot be exported");
            return;
        }
        JsonNode plan = JSON.readTree(exported.toFile());

        writing(data, findings, "snapshot", id, "--name", "fuzz");
        findings.check(FuzzCli.run(data, "diff", id, "1", "current"), ok);

        JsonNode measure = plan.path("measures").path(0);
        JsonNode criterion = plan.path("criteria").path(0);
        JsonNode rater = plan.path("raters").path(0);
        if (measure.isObject() && criterion.isObject() && rater.isObject()) {
            String value = criterion.path("scale").path("min").asText("1");
            writing(data, findings, "set-score", id, measure.path("id").asText(), criterion.path("id").asText(),
                    rater.path("id").asText(), value);
        }
        if (rater.isObject()) {
            Path scores = work.resolve("scores.json");
            FuzzCli.Run out = findings.check(FuzzCli.run(data, "export-scores", id, "--rater", rater.path("id").asText(),
                    "--out", scores.toString()), ok);
            if (out.exitCode() == 0) {
                writing(data, findings, "import-scores", id, scores.toString());
            }
        }
        findings.check(FuzzCli.run(data, "backup", "--out", work.resolve("backup.zip").toString()), ok);
    }

    /** A command that may change the folder: on a refusal the folder must be as before. */
    static FuzzCli.Run writing(Path data, Findings findings, String... args) {
        String before = StoredState.of(data);
        FuzzCli.Run run = findings.check(FuzzCli.run(data, args), Invariants.OK_OR_REFUSED);
        if (run.exitCode() != 0) {
            String after = StoredState.of(data);
            if (!before.equals(after)) {
                findings.add(run, "data changed after a refusal: " + StoredState.difference(before, after));
            }
        }
        return run;
    }
}
