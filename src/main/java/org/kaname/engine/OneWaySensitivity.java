package org.kaname.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kaname.model.Plan;

/**
 * One-way sensitivity of the weighted-sum ranking. When one criterion's weight becomes t and the others share 1 − t
 * in their current proportions, every score is a straight line in t; so the weights at which the first-ranked
 * measure or the top-tier set changes are found exactly, by intersecting lines, in O(measures) per criterion.
 * Boundaries use the unrounded scores; the top tier starts at its minimum less 0.005 (scores are rounded to 2
 * decimals before the tier is chosen).
 */
public final class OneWaySensitivity {
    private static final double EPS = 1e-12;

    private OneWaySensitivity() {
    }

    /** The result for the plan with the given weights. */
    public static Result analyse(Plan plan, Map<String, Double> weights, Aggregation aggregation) {
        ScoreTable table = ScoreTable.of(plan);
        Tiers tiers = new Tiers(plan.tiers());
        double[] w = Weights.toArray(table.criteria(), Weights.normalise(table.criteria(), weights, "the weights"));
        List<Integer> scored = new ArrayList<>();
        for (int m = 0; m < table.measureCount(); m++) {
            if (table.isComplete(m)) {
                scored.add(m);
            }
        }
        int n = scored.size();
        int cc = table.criterionCount();
        double[][] v = new double[n][cc];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < cc; c++) {
                v[i][c] = ScoreTable.normalise(table.criteria().get(c), table.aggregate(scored.get(i), c, aggregation));
            }
        }
        double[] base = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int c = 0; c < cc; c++) {
                s += w[c] * v[i][c];
            }
            base[i] = 100 * s;
        }
        int leader = -1;
        List<String> top = new ArrayList<>();
        boolean[] inTop = new boolean[n];
        if (n > 0) {
            int[] order = new int[n];
            CompetitionRanks.rank(base, n, new long[n], order, new int[n]);
            leader = order[0];
            for (int k = 0; k < n; k++) {
                inTop[order[k]] = tiers.indexOf(base[order[k]]) == 0;
                if (inTop[order[k]]) {
                    top.add(id(table, scored, order[k]));
                }
            }
        }
        List<WeightInterval> intervals = new ArrayList<>();
        for (int c = 0; c < cc; c++) {
            intervals.add(interval(table, scored, v, w, c, leader, inTop, tiers.topThreshold()));
        }
        return new Result(leader < 0 ? "" : id(table, scored, leader), top, intervals);
    }

    /** The first-ranked measure and the top tier under the given weights, and one interval per criterion. */
    public record Result(String firstMeasureId, List<String> topTier, List<WeightInterval> intervals) {
        public Result {
            topTier = List.copyOf(topTier);
            intervals = List.copyOf(intervals);
        }
    }

    private static WeightInterval interval(ScoreTable table, List<Integer> scored, double[][] v, double[] w, int c,
                                           int leader, boolean[] inTop, double threshold) {
        int n = v.length;
        int cc = w.length;
        double t0 = w[c];
        // Score(t) = a + b·t, with the other criteria's weights scaled by (1 − t)/(1 − t0).
        double[] a = new double[n];
        double[] b = new double[n];
        double rest = 1 - t0;
        for (int i = 0; i < n; i++) {
            double others = 0;
            if (cc == 1) {
                a[i] = 100 * v[i][c];
                continue;
            }
            for (int j = 0; j < cc; j++) {
                if (j != c) {
                    // All weight on c: the others have no proportions left to keep, so they share equally.
                    others += (rest > EPS ? w[j] / rest : 1.0 / (cc - 1)) * v[i][j];
                }
            }
            a[i] = 100 * others;
            b[i] = 100 * (v[i][c] - others);
        }
        Bound up = new Bound(1, true);
        Bound down = new Bound(0, false);
        for (int i = 0; i < n && leader >= 0; i++) {
            if (i == leader) {
                continue;
            }
            double slope = b[leader] - b[i];
            if (Math.abs(slope) < EPS) {
                continue;
            }
            double t = (a[i] - a[leader]) / slope;
            String id = id(table, scored, i);
            if (slope < 0) {
                up.offer(Math.max(t, t0), WeightInterval.Kind.BECOMES_FIRST, id);
            } else {
                down.offer(Math.min(t, t0), WeightInterval.Kind.BECOMES_FIRST, id);
            }
        }
        for (int i = 0; i < n; i++) {
            if (Math.abs(b[i]) < EPS) {
                continue;
            }
            double t = (threshold - a[i]) / b[i];
            String id = id(table, scored, i);
            boolean rising = b[i] > 0;
            if (inTop[i] != rising) {
                // A member falling, or a non-member rising, changes the set when t goes up.
                up.offer(Math.max(t, t0), inTop[i] ? WeightInterval.Kind.LEAVES_TOP_TIER
                        : WeightInterval.Kind.ENTERS_TOP_TIER, id);
            } else {
                down.offer(Math.min(t, t0), inTop[i] ? WeightInterval.Kind.LEAVES_TOP_TIER
                        : WeightInterval.Kind.ENTERS_TOP_TIER, id);
            }
        }
        return new WeightInterval(table.criteria().get(c).id(), t0, down.at, up.at, down.changes, up.changes);
    }

    private static String id(ScoreTable table, List<Integer> scored, int i) {
        return table.measures().get(scored.get(i)).id();
    }

    /** The nearest boundary in one direction and every change that happens there. */
    private static final class Bound {
        double at;
        final boolean upward;
        final List<WeightInterval.Change> changes = new ArrayList<>();

        Bound(double limit, boolean upward) {
            this.at = limit;
            this.upward = upward;
        }

        void offer(double t, WeightInterval.Kind kind, String measureId) {
            if (upward ? t > at + EPS : t < at - EPS) {
                return;
            }
            if (upward ? t < at - EPS : t > at + EPS) {
                at = t;
                changes.clear();
            }
            changes.add(new WeightInterval.Change(kind, measureId));
        }
    }
}
