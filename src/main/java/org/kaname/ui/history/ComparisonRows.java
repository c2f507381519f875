package org.kaname.ui.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaname.engine.compare.Comparison;
import org.kaname.engine.compare.MeasureRef;
import org.kaname.engine.compare.RankMovement;
import org.kaname.engine.compare.ScoreChange;
import org.kaname.engine.compare.WeightChange;
import org.kaname.i18n.Messages;

/**
 * A comparison of two sides of a plan (two versions, or a version and now) as the comparison tab shows it: rank
 * movement with an arrow and words (↑3 / ↓2 / ― / 新規 / 削除), rank, score and tier before → after; every changed
 * value with who changed it; the weights on both sides; the measures added and removed; and a summary line. Built
 * off the FX thread (a 2,000-measure plan gives 2,000 rows).
 */
public record ComparisonRows(String summary, List<String> problems, List<MovementRow> ranking,
                             List<ScoreRow> scores, List<WeightRow> weights, List<String> added,
                             List<String> removed) {
    /** The text of an absent value (a rank of a measure not in that side, or not ranked there). */
    static final String NONE = "—";

    public ComparisonRows {
        problems = List.copyOf(problems);
        ranking = List.copyOf(ranking);
        scores = List.copyOf(scores);
        weights = List.copyOf(weights);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** One measure: rank, score and tier before → after, and how it moved, in words for screen readers too. */
    public record MovementRow(String measureId, String measure, String rank, Move move, String moveText,
                              String moveSpoken, String score, String tier, boolean changed) {
    }

    /** One rater's value that differs, with who changed it last (「—」 where the journal does not say). */
    public record ScoreRow(String measure, String criterion, String rater, String before, String after,
                           String changedBy) {
    }

    /** A criterion's normalised weight on both sides, and the difference in percentage points. */
    public record WeightRow(String criterion, String before, String after, String difference, boolean changed) {
    }

    public static ComparisonRows of(Comparison c, Messages messages, String sideA, String sideB) {
        List<String> problems = new ArrayList<>();
        c.rankingProblemA().ifPresent(p -> problems.add(messages.get("compare.problem", sideA, p)));
        c.rankingProblemB().ifPresent(p -> problems.add(messages.get("compare.problem", sideB, p)));
        List<MovementRow> ranking = new ArrayList<>(c.ranking().size());
        for (RankMovement r : c.ranking()) {
            ranking.add(movement(r, messages));
        }
        List<ScoreRow> scores = new ArrayList<>(c.scores().size());
        for (ScoreChange s : c.scores()) {
            scores.add(new ScoreRow(s.measureId() + " " + s.measureTitle(), s.criterionName(), s.raterName(),
                    value(s.before()), value(s.after()),
                    s.changedBy() == null || s.changedBy().isBlank() ? NONE : s.changedBy()));
        }
        List<WeightRow> weights = new ArrayList<>(c.weights().size());
        for (WeightChange w : c.weights()) {
            weights.add(new WeightRow(w.criterionName(), weight(w.before()), weight(w.after()),
                    difference(w, c, messages), w.changed()));
        }
        List<String> added = c.added().stream().map(ComparisonRows::measure).toList();
        List<String> removed = c.removed().stream().map(ComparisonRows::measure).toList();
        long moved = c.moved().size();
        long changedWeights = c.changedWeights().size();
        String summary = c.isEmpty() ? messages.get("compare.summary.same", sideA, sideB)
                : messages.get("compare.summary", sideA, sideB, moved, added.size(), removed.size(),
                        scores.size(), changedWeights);
        return new ComparisonRows(summary, problems, ranking, scores, weights, added, removed);
    }

    static MovementRow movement(RankMovement r, Messages messages) {
        Move move;
        String text;
        String spoken;
        if (r.isNew()) {
            move = Move.NEW;
            text = messages.get("move.new");
            spoken = messages.get("move.new.spoken");
        } else if (r.isRemoved()) {
            move = Move.REMOVED;
            text = messages.get("move.removed");
            spoken = messages.get("move.removed.spoken");
        } else if (r.movement().isPresent()) {
            int m = r.movement().getAsInt();
            move = m > 0 ? Move.UP : m < 0 ? Move.DOWN : Move.SAME;
            text = m > 0 ? messages.get("move.up", m) : m < 0 ? messages.get("move.down", -m)
                    : messages.get("move.same");
            spoken = m > 0 ? messages.get("move.up.spoken", m) : m < 0 ? messages.get("move.down.spoken", -m)
                    : messages.get("move.same.spoken");
        } else if (r.rankA() == null && r.rankB() != null) {
            move = Move.NOW_SCORED;
            text = messages.get("move.nowScored");
            spoken = text;
        } else if (r.rankA() != null) {
            move = Move.NOW_UNSCORED;
            text = messages.get("move.nowUnscored");
            spoken = text;
        } else {
            move = Move.UNSCORED;
            text = messages.get("move.unscored");
            spoken = text;
        }
        return new MovementRow(r.id(), r.id() + " " + r.title(), pair(rank(r.rankA()), rank(r.rankB())), move, text,
                spoken, pair(score(r.scoreA()), score(r.scoreB())), pair(tier(r.tierA(), messages), tier(r.tierB(), messages)),
                r.changed());
    }

    private static String measure(MeasureRef m) {
        return m.id() + " " + m.title();
    }

    private static String pair(String a, String b) {
        return a + " → " + b;
    }

    private static String rank(Integer rank) {
        return rank == null ? NONE : String.valueOf(rank);
    }

    private static String score(Double score) {
        return score == null ? NONE : String.format(Locale.ROOT, "%.2f", score);
    }

    /** A tier as shown: the plan's own name, the engine's 未評価 in the UI language, a dash where absent. */
    private static String tier(String tier, Messages messages) {
        return org.kaname.model.Tier.UNSCORED.equals(tier) ? messages.get("tier.unscored") : orNone(tier);
    }

    private static String orNone(String s) {
        return s == null || s.isEmpty() ? NONE : s;
    }

    /** A score value as typed: {@code 4}, {@code 3.5}. */
    static String value(Double v) {
        if (v == null) {
            return NONE;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String weight(Double w) {
        return w == null ? NONE : String.format(Locale.ROOT, "%.1f%%", w * 100);
    }

    /** {@code +12.5} / {@code −2.0} / {@code ±0.0} percentage points; 新規 / 削除 for a criterion added or removed. */
    private static String difference(WeightChange w, Comparison c, Messages messages) {
        if (!w.changed()) {
            return "±0.0";
        }
        if (w.before() == null && c.rankingProblemA().isPresent()
                || w.after() == null && c.rankingProblemB().isPresent()) {
            return NONE; // that side's weights are unknown, not absent
        }
        if (w.before() == null || w.after() == null) {
            return messages.get(w.before() == null ? "move.new" : "move.removed");
        }
        return String.format(Locale.ROOT, "%+.1f", (w.after() - w.before()) * 100).replace('-', '−');
    }
}
