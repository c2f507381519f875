package org.kaname.engine.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kaname.engine.ScoreStats;
import org.kaname.engine.ScoreTable;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;

/**
 * Where the raters disagree: every measure × criterion cell with at least two values, most spread first. Spread is
 * measured relative to the criterion's scale span, so a 0–10 criterion is judged like a 1–5 one.
 */
public final class Disagreements {
    static final double RANGE_SHARE = 0.5;
    static final double SD_SHARE = 0.25;
    /** Keeps exactly-on-threshold values computed in floating point on the strong side. */
    private static final double TOLERANCE = 1e-9;

    private static final Comparator<CellSpread> MOST_SPREAD_FIRST =
            Comparator.comparingDouble(CellSpread::relativeSd).reversed()
                    .thenComparing(Comparator.comparingDouble(CellSpread::relativeRange).reversed());

    private Disagreements() {
    }

    /**
     * Whether raters disagree strongly enough to talk about it: at least two values, and their range reaches half the
     * scale's span or their sd a quarter of it (on 1–5: range ≥ 2 or sd ≥ 1).
     */
    public static boolean isStrong(ScoreStats stats, Scale scale) {
        if (stats.count() < 2) {
            return false;
        }
        double span = scale.max() - scale.min();
        return stats.max() - stats.min() >= RANGE_SHARE * span - TOLERANCE
                || stats.sd() >= SD_SHARE * span - TOLERANCE;
    }

    /** The spread of the plan's own scores. */
    public static List<CellSpread> of(Plan plan) {
        return of(plan, plan.scores());
    }

    /**
     * The spread of {@code scores} (for example a round's) on the plan's measures and criteria, ordered by relative sd
     * descending, then relative range descending, then plan order (measure, then criterion). Scores on measures or
     * criteria the plan no longer has are left out; a value off its scale is refused like in ranking.
     */
    public static List<CellSpread> of(Plan plan, List<Score> scores) {
        Set<String> measureIds = plan.measures().stream().map(Measure::id).collect(Collectors.toSet());
        Set<String> criterionIds = plan.criteria().stream().map(Criterion::id).collect(Collectors.toSet());
        List<Score> known = scores.stream()
                .filter(s -> measureIds.contains(s.measure()) && criterionIds.contains(s.criterion()))
                .toList();
        ScoreTable table = ScoreTable.of(plan.withScores(known));
        int criterionCount = table.criterionCount();
        Map<Integer, List<Score>> byCell = new HashMap<>();
        for (Score s : known) {
            int cell = table.measureIndex(s.measure()) * criterionCount + table.criterionIndex(s.criterion());
            byCell.computeIfAbsent(cell, k -> new ArrayList<>()).add(s);
        }
        Map<String, Integer> raterOrder = new HashMap<>();
        Map<String, String> raterNames = new HashMap<>();
        for (int i = 0; i < plan.raters().size(); i++) {
            Rater r = plan.raters().get(i);
            raterOrder.putIfAbsent(r.id(), i);
            raterNames.putIfAbsent(r.id(), r.name());
        }
        Comparator<Score> byValueThenRater = Comparator.comparingDouble(Score::value)
                .thenComparingInt(s -> raterOrder.getOrDefault(s.rater(), Integer.MAX_VALUE));
        List<CellSpread> spreads = new ArrayList<>();
        for (int m = 0; m < table.measureCount(); m++) {
            for (int c = 0; c < criterionCount; c++) {
                if (table.count(m, c) < 2) {
                    continue;
                }
                Criterion criterion = table.criteria().get(c);
                Scale scale = criterion.scale();
                double span = scale.max() - scale.min();
                ScoreStats stats = table.stats(m, c);
                List<RaterValue> values = byCell.get(m * criterionCount + c).stream()
                        .sorted(byValueThenRater)
                        .map(s -> new RaterValue(s.rater(), raterNames.getOrDefault(s.rater(), s.rater()),
                                s.value(), s.note()))
                        .toList();
                spreads.add(new CellSpread(table.measures().get(m).id(), criterion.id(), stats, stats.sd() / span,
                        (stats.max() - stats.min()) / span, isStrong(stats, scale), values));
            }
        }
        // A stable sort keeps plan order among equal spreads.
        spreads.sort(MOST_SPREAD_FIRST);
        return List.copyOf(spreads);
    }
}
