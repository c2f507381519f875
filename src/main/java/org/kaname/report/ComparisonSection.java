package org.kaname.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaname.engine.compare.Comparison;
import org.kaname.engine.compare.RankMovement;
import org.kaname.engine.compare.ScoreChange;
import org.kaname.engine.compare.WeightChange;
import org.kaname.model.Tier;

/**
 * 「前回版からの変更」: what changed from a saved version of the plan to the plan as reported — a summary with how
 * many measures moved, the rank movement (rank, score and tier before → after, with ↑3 / ↓2 / 新規 / 削除 / ±0 as
 * text, never colour alone), the weights, the measures added and removed, and the values changed with who changed
 * them. Long tables stop after {@link #MAX_ROWS} rows and say how many more there are.
 */
final class ComparisonSection {
    /** Rows of one table at most; a plan of 2,000 measures would otherwise add a hundred pages nobody reads. */
    static final int MAX_ROWS = 200;
    /** Up to this many measures the movement table shows every measure; above it, only those that changed. */
    static final int ALL_ROWS_UP_TO = 40;

    private static final String ARROW = " → ";

    private final ReportContext ctx;
    private final ReportComparison input;
    private final Comparison c;

    ComparisonSection(ReportContext ctx, ReportComparison input) {
        this.ctx = ctx;
        this.input = input;
        this.c = input.comparison();
    }

    void write() throws IOException {
        ReportTexts t = ctx.texts;
        ctx.startSection(t.get("comparison.title"));
        String name = input.previous().name().isEmpty() ? t.get("comparison.unnamed") : input.previous().name();
        ctx.para(t.get("comparison.lead", name, t.dateTime(input.previous().time()),
                t.dateTime(ctx.data.lastChange())));
        if (c.isEmpty()) {
            ctx.para(t.get("comparison.none", name));
            return;
        }
        summary();
        if (c.rankingProblemA().isPresent()) {
            ctx.note(t.get("comparison.problemBefore", c.rankingProblemA().get()));
        }
        if (c.rankingProblemB().isPresent()) {
            ctx.note(t.get("comparison.problemAfter", c.rankingProblemB().get()));
        }
        ranking();
        weights();
        measures();
        scores();
    }

    private void summary() throws IOException {
        ReportTexts t = ctx.texts;
        ctx.h2(t.get("comparison.summary"));
        List<RankMovement> moved = c.moved();
        long up = moved.stream().filter(RankMovement::isUp).count();
        long down = moved.stream().filter(RankMovement::isDown).count();
        long other = moved.size() - up - down;
        List<String> parts = new ArrayList<>();
        parts.add(t.get("comparison.summary.up", up));
        parts.add(t.get("comparison.summary.down", down));
        if (other > 0) {
            parts.add(t.get("comparison.summary.scoredChange", other));
        }
        long inBoth = c.ranking().stream().filter(r -> r.inA() && r.inB()).count();
        ctx.bullet(t.get("comparison.summary.moved", moved.size(), inBoth, t.list(parts)));
        ctx.bullet(t.get("comparison.summary.measures", c.added().size(), c.removed().size()));
        ctx.bullet(t.get("comparison.summary.scores", c.scores().size()));
        ctx.bullet(t.get("comparison.summary.weights", c.changedWeights().size()));
        ctx.layout.space(4);
    }

    private void ranking() throws IOException {
        ReportTexts t = ctx.texts;
        ctx.h2(t.get("comparison.ranking"));
        List<RankMovement> changed = c.changedRanking();
        if (changed.isEmpty()) {
            ctx.empty(t.get("comparison.ranking.none"));
            return;
        }
        boolean all = c.ranking().size() <= ALL_ROWS_UP_TO;
        List<RankMovement> rows = all ? c.ranking() : changed;
        ctx.para(all ? t.get("comparison.ranking.all", rows.size())
                : t.get("comparison.ranking.changedOnly", c.ranking().size(), rows.size()));
        Table table = Table.of(Table.Column.centre(t.get("col.change"), 10), Table.Column.left(t.get("col.id"), 8),
                Table.Column.left(t.get("col.measure"), 33), Table.Column.centre(t.get("col.rank"), 11),
                Table.Column.centre(t.get("col.score"), 16), Table.Column.centre(t.get("col.tier"), 15));
        for (RankMovement r : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            table.row(move(r), r.id(), r.title(), pair(rank(r.rankA()), rank(r.rankB())),
                    pair(score(r.scoreA()), score(r.scoreB())), pair(tier(r.tierA()), tier(r.tierB())));
        }
        ctx.table(table, t.get("comparison.ranking.note") + more(rows.size()));
    }

    private void weights() throws IOException {
        ReportTexts t = ctx.texts;
        ctx.h2(t.get("comparison.weights"));
        if (c.changedWeights().isEmpty()) {
            ctx.empty(t.get("comparison.weights.none"));
            return;
        }
        Table table = Table.of(Table.Column.left(t.get("col.criterion"), 40),
                Table.Column.right(t.get("col.before"), 16), Table.Column.right(t.get("col.after"), 16),
                Table.Column.right(t.get("col.difference"), 16));
        for (WeightChange w : c.weights()) {
            table.row(w.criterionName(), weight(w.before()), weight(w.after()), difference(w));
        }
        ctx.table(table, t.get("comparison.weights.note"));
    }

    private void measures() throws IOException {
        ReportTexts t = ctx.texts;
        ctx.h2(t.get("comparison.measures"));
        List<RankMovement> rows = c.ranking().stream().filter(r -> r.isNew() || r.isRemoved()).toList();
        if (rows.isEmpty()) {
            ctx.empty(t.get("comparison.measures.none"));
            return;
        }
        Table table = Table.of(Table.Column.centre(t.get("col.changeKind"), 10), Table.Column.left(t.get("col.id"), 9),
                Table.Column.left(t.get("col.measure"), 51), Table.Column.right(t.get("col.rank"), 8),
                Table.Column.right(t.get("col.score"), 10), Table.Column.left(t.get("col.tier"), 12));
        for (RankMovement r : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            boolean added = r.isNew();
            table.row(t.get(added ? "comparison.kind.added" : "comparison.kind.removed"), r.id(), r.title(),
                    rank(added ? r.rankB() : r.rankA()), score(added ? r.scoreB() : r.scoreA()),
                    tier(added ? r.tierB() : r.tierA()));
        }
        ctx.table(table, t.get("comparison.measures.note") + more(rows.size()));
    }

    private void scores() throws IOException {
        ReportTexts t = ctx.texts;
        ctx.h2(t.get("comparison.scores"));
        List<ScoreChange> changes = c.scores();
        if (changes.isEmpty()) {
            ctx.empty(t.get("comparison.scores.none"));
            return;
        }
        Table table = Table.of(Table.Column.left(t.get("col.measure"), 36),
                Table.Column.left(t.get("col.criterion"), 20), Table.Column.left(t.get("col.rater"), 14),
                Table.Column.right(t.get("col.before"), 9), Table.Column.right(t.get("col.after"), 9),
                Table.Column.left(t.get("col.changedBy"), 14));
        for (ScoreChange s : changes.subList(0, Math.min(changes.size(), MAX_ROWS))) {
            String by = s.changedBy() == null || s.changedBy().isBlank() ? ReportTexts.NONE : s.changedBy();
            table.row(s.measureId() + " " + s.measureTitle(), s.criterionName(), s.raterName(), value(s.before()),
                    value(s.after()), by);
        }
        ctx.table(table, t.get("comparison.scores.note") + more(changes.size()));
    }

    // ---- cells ----

    /** ↑3, ↓2, ±0, 新規, 削除, 評価済に, 未評価に (− when unscored in both): the movement as text, never colour alone. */
    String move(RankMovement r) {
        ReportTexts t = ctx.texts;
        if (r.isNew()) {
            return t.get("comparison.move.new");
        }
        if (r.isRemoved()) {
            return t.get("comparison.move.removed");
        }
        if (r.movement().isPresent()) {
            int m = r.movement().getAsInt();
            return m > 0 ? t.get("comparison.move.up", ReportTexts.integer(m))
                    : m < 0 ? t.get("comparison.move.down", ReportTexts.integer(-m)) : t.get("comparison.move.same");
        }
        if (r.rankA() == null && r.rankB() != null) {
            return t.get("comparison.move.nowScored");
        }
        if (r.rankA() != null) {
            return t.get("comparison.move.nowUnscored");
        }
        return ReportTexts.NONE; // unscored in both versions: no rank to move
    }

    private static String pair(String before, String after) {
        return before + ARROW + after;
    }

    private static String rank(Integer rank) {
        return rank == null ? ReportTexts.NONE : String.valueOf(rank);
    }

    private static String score(Double score) {
        return score == null ? ReportTexts.NONE : ReportTexts.score(score);
    }

    private static String value(Double value) {
        return value == null ? ReportTexts.NONE : ReportTexts.number(value);
    }

    private static String weight(Double w) {
        return w == null ? ReportTexts.NONE : ReportTexts.weightPercent(w);
    }

    /** The tier with its mark when the plan has it, as written when only the other version had it; − when absent. */
    private String tier(String tier) {
        if (tier == null) {
            return ReportTexts.NONE;
        }
        return Tier.UNSCORED.equals(tier) || ctx.tierIndex(tier) >= 0 ? ctx.tierWithMark(tier) : tier;
    }

    /**
     * The change in percentage points ({@code +12.5}, {@code −2.0}, {@code ±0.0}); 新規 / 削除 for a criterion added
     * or removed.
     */
    private String difference(WeightChange w) {
        ReportTexts t = ctx.texts;
        if (!w.changed()) {
            return "±0.0";
        }
        if (w.before() == null && c.rankingProblemA().isPresent()
                || w.after() == null && c.rankingProblemB().isPresent()) {
            return ReportTexts.NONE; // the weights of that version are unknown, not absent
        }
        if (w.before() == null || w.after() == null) {
            return t.get(w.before() == null ? "comparison.move.new" : "comparison.move.removed");
        }
        return String.format(Locale.ROOT, "%+.1f", (w.after() - w.before()) * 100).replace('-', '−');
    }

    /** " ほか12件は省略しています（全212件）。" after a table cut at {@link #MAX_ROWS}; empty otherwise. */
    private String more(int total) {
        return total <= MAX_ROWS ? "" : (ctx.texts.isJapanese() ? "" : " ")
                + ctx.texts.get("comparison.more", ReportTexts.integer(total - MAX_ROWS), ReportTexts.integer(total));
    }
}
