package org.kaname.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaname.edit.ScoreValues;
import org.kaname.engine.compare.Comparison;
import org.kaname.engine.compare.RankMovement;
import org.kaname.engine.compare.ScoreChange;
import org.kaname.engine.compare.WeightChange;
import org.kaname.service.PlanNotFoundException;
import org.kaname.service.Services;
import org.kaname.service.VersionNotFoundException;
import org.kaname.service.VersionRef;
import org.kaname.service.VersionService;
import org.kaname.store.PlanVersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diff ID A B [--format table|csv] [--out FILE.csv]}: what changed from side A to side B of a plan, each a
 * saved version's number or {@code current} (the plan as it is now).
 *
 * <p>CSV is the ranking movement, exactly {@code id,title,rank_a,rank_b,score_a,score_b,tier_a,tier_b}: one row per
 * measure in B's rank order, then the measures only A has; rank and score as {@code rank} prints them (score with 2
 * decimals), blank on a side where the measure is absent or unranked; the tier blank where it is absent. The table
 * names both sides, then shows the ranking movement with the movement as text ({@code ↑3}, {@code ↓2}, {@code ―},
 * {@code 新規}, {@code 削除}), the changed weights, the measures added and removed, and the changed values with who
 * changed them; each table stops after {@link #MAX_ROWS} rows and says how many more there are.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare two versions of a plan, or a version with now.")
public final class DiffCommand extends EngineCommand {
    enum Format { table, csv }

    static final List<String> HEADER = List.of("id", "title", "rank_a", "rank_b", "score_a", "score_b", "tier_a",
            "tier_b");

    /** Rows of one table at most: a terminal is no place for the movement of 2,000 measures. */
    static final int MAX_ROWS = 50;

    /** "No value": a side without the measure, rank or score; also the movement of a rank that did not change. */
    static final String NONE = "―";

    @Parameters(index = "1", paramLabel = "A",
            description = "The earlier side: a version number (see 'versions') or current.")
    String a;

    @Parameters(index = "2", paramLabel = "B", description = "The later side: a version number or current.")
    String b;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = "Write the CSV to FILE instead (UTF-8 with BOM, for Excel on Japanese Windows).")
    java.nio.file.Path out;

    @Override
    protected void run(Services services) {
        VersionRef refA = ref(a);
        VersionRef refB = ref(b);
        VersionService.Sides sides;
        try {
            sides = services.versions().sides(planId, refA, refB);
        } catch (PlanNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("plan.notFound", String.valueOf(planId)));
        } catch (VersionNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("diff.versionNotFound",
                    String.valueOf(planId), String.valueOf(e.number())));
        }
        Comparison c = sides.compare();
        if (out != null) {
            writeCsvFile(out, csvRows(c));
        } else if (format == Format.csv) {
            printCsv(csvRows(c));
        } else {
            printLines(table(sides, c));
        }
    }

    /** A side as typed: a version number ≥ 1 or {@code current}; anything else is invalid input naming it. */
    private VersionRef ref(String text) {
        try {
            return VersionRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("diff.badVersion", text));
        }
    }

    static List<List<String>> csvRows(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (RankMovement r : c.ranking()) {
            rows.add(List.of(r.id(), r.title(), rank(r.rankA(), ""), rank(r.rankB(), ""), score(r.scoreA(), ""),
                    score(r.scoreB(), ""), orEmpty(r.tierA()), orEmpty(r.tierB())));
        }
        return rows;
    }

    // ---- table ----

    private List<String> table(VersionService.Sides sides, Comparison c) {
        List<String> lines = new ArrayList<>();
        lines.add(messages().get("diff.heading", String.valueOf(planId), sides.b().title()));
        lines.add(messages().get("diff.sideA", side(sides.versionA())));
        lines.add(messages().get("diff.sideB", side(sides.versionB())));
        lines.add("");
        if (c.isEmpty()) {
            lines.add(messages().get("diff.nothingChanged"));
            return lines;
        }
        c.rankingProblemA().ifPresent(p -> lines.add(messages().get("diff.problemA", p)));
        c.rankingProblemB().ifPresent(p -> lines.add(messages().get("diff.problemB", p)));
        ranking(c, lines);
        weights(c, lines);
        measures(c, lines);
        scores(c, lines);
        return lines;
    }

    /** 版 1「令和9年度 部長会議提出版」（2026-05-12 10:00:00 保存）, or 現在の計画. */
    private String side(PlanVersionInfo v) {
        if (v == null) {
            return messages().get("diff.current");
        }
        return messages().get("diff.version", String.valueOf(v.number()), v.name(), CliTimes.table(v.time()));
    }

    private void ranking(Comparison c, List<String> lines) {
        lines.add(messages().get("diff.ranking"));
        List<RankMovement> changed = c.changedRanking();
        if (changed.isEmpty()) {
            lines.add(messages().get("diff.ranking.none"));
            lines.add("");
            return;
        }
        boolean all = c.ranking().size() <= MAX_ROWS;
        List<RankMovement> rows = all ? c.ranking() : changed;
        if (!all) {
            lines.add(messages().get("diff.ranking.changedOnly", String.valueOf(c.ranking().size()),
                    String.valueOf(rows.size())));
        }
        TextTable t = new TextTable(header("diff.ranking.header"), false, false, false, true, true, false);
        for (RankMovement r : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            t.row(List.of(move(r), r.id(), r.title(), pair(rank(r.rankA(), NONE), rank(r.rankB(), NONE)),
                    pair(score(r.scoreA(), NONE), score(r.scoreB(), NONE)),
                    pair(orNone(r.tierA()), orNone(r.tierB()))));
        }
        lines.addAll(t.lines());
        more(rows.size(), lines);
        lines.add(messages().get("diff.ranking.legend"));
        lines.add("");
    }

    private void weights(Comparison c, List<String> lines) {
        lines.add(messages().get("diff.weights"));
        List<WeightChange> changed = c.changedWeights();
        if (changed.isEmpty()) {
            lines.add(messages().get("diff.weights.none"));
        } else {
            TextTable t = new TextTable(header("diff.weights.header"), false, true, true);
            for (WeightChange w : changed.subList(0, Math.min(changed.size(), MAX_ROWS))) {
                t.row(List.of(w.criterionName(), percent(w.before()), percent(w.after())));
            }
            lines.addAll(t.lines());
            more(changed.size(), lines);
        }
        lines.add("");
    }

    private void measures(Comparison c, List<String> lines) {
        lines.add(messages().get("diff.measures"));
        List<RankMovement> rows = c.ranking().stream().filter(r -> r.isNew() || r.isRemoved()).toList();
        if (rows.isEmpty()) {
            lines.add(messages().get("diff.measures.none"));
        } else {
            TextTable t = new TextTable(header("diff.measures.header"), false, false, false);
            for (RankMovement r : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
                t.row(List.of(move(r), r.id(), r.title()));
            }
            lines.addAll(t.lines());
            more(rows.size(), lines);
        }
        lines.add("");
    }

    private void scores(Comparison c, List<String> lines) {
        lines.add(messages().get("diff.scores"));
        List<ScoreChange> changes = c.scores();
        if (changes.isEmpty()) {
            lines.add(messages().get("diff.scores.none"));
            return;
        }
        TextTable t = new TextTable(header("diff.scores.header"), false, false, false, true, true, false);
        for (ScoreChange s : changes.subList(0, Math.min(changes.size(), MAX_ROWS))) {
            String by = s.changedBy() == null || s.changedBy().isBlank() ? NONE : s.changedBy();
            t.row(List.of(s.measureId() + " " + s.measureTitle(), s.criterionName(), s.raterName(),
                    value(s.before()), value(s.after()), by));
        }
        lines.addAll(t.lines());
        more(changes.size(), lines);
    }

    /** ↑3, ↓2, ―, 新規, 削除, 評価済に, 未評価に: the movement as text, never colour alone. */
    String move(RankMovement r) {
        if (r.isNew()) {
            return messages().get("diff.move.new");
        }
        if (r.isRemoved()) {
            return messages().get("diff.move.removed");
        }
        if (r.movement().isPresent()) {
            int m = r.movement().getAsInt();
            return m > 0 ? messages().get("diff.move.up", String.valueOf(m))
                    : m < 0 ? messages().get("diff.move.down", String.valueOf(-m)) : NONE;
        }
        if (r.rankA() == null && r.rankB() != null) {
            return messages().get("diff.move.nowScored");
        }
        if (r.rankA() != null) {
            return messages().get("diff.move.nowUnscored");
        }
        return NONE; // unscored on both sides: no rank to move
    }

    /** "ほか 12 件は省略しました（全 62 件）。" under a table cut at {@link #MAX_ROWS}. */
    private void more(int total, List<String> lines) {
        if (total > MAX_ROWS) {
            lines.add(messages().get("diff.more", String.valueOf(total - MAX_ROWS), String.valueOf(total)));
        }
    }

    private List<String> header(String key) {
        return List.of(messages().get(key).split("\t"));
    }

    private static String pair(String before, String after) {
        return before + " → " + after;
    }

    private static String rank(Integer rank, String none) {
        return rank == null ? none : String.valueOf(rank);
    }

    private static String score(Double score, String none) {
        return score == null ? none : fixed(score, 2);
    }

    private static String value(Double value) {
        return value == null ? NONE : ScoreValues.text(value);
    }

    private static String percent(Double weight) {
        return weight == null ? NONE : String.format(Locale.ROOT, "%.1f%%", weight * 100);
    }

    private static String orNone(String s) {
        return s == null ? NONE : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
