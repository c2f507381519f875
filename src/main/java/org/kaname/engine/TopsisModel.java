package org.kaname.engine;

import java.util.Map;
import org.kaname.model.Direction;
import org.kaname.model.Plan;

/**
 * TOPSIS (Hwang &amp; Yoon 1981), offered for comparison and never the default. Each criterion's column of aggregated
 * values is divided by its Euclidean length (vector normalisation), weighted, and each measure is placed between the
 * ideal point (best value on every criterion: highest for benefit, lowest for cost) and the anti-ideal point; the
 * score is 100 × closeness = 100 × d⁻ / (d⁺ + d⁻). Unlike the weighted sum, the score depends on the other measures:
 * adding a measure can move the ideal points and reorder the rest. Unscored measures take no part.
 */
public final class TopsisModel implements ScoringModel {

    @Override
    public Ranking rank(Plan plan, Map<String, Double> weights, Aggregation aggregation) {
        return rank(ScoreTable.of(plan), new Tiers(plan.tiers()), weights, aggregation);
    }

    public Ranking rank(ScoreTable table, Tiers tiers, Map<String, Double> weights, Aggregation aggregation) {
        Map<String, Double> w = Weights.normalise(table.criteria(), weights, "the weights");
        int n = table.measureCount();
        int cc = table.criterionCount();
        int[] scored = new int[n];
        int count = 0;
        for (int m = 0; m < n; m++) {
            if (table.isComplete(m)) {
                scored[count++] = m;
            }
        }
        double[][] x = new double[count][cc];
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < cc; c++) {
                x[i][c] = table.aggregate(scored[i], c, aggregation);
            }
        }
        boolean[] cost = new boolean[cc];
        for (int c = 0; c < cc; c++) {
            cost[c] = table.criteria().get(c).direction() == Direction.COST;
        }
        double[] closeness = closeness(x, Weights.toArray(table.criteria(), w), cost);
        double[] scores = new double[n];
        java.util.Arrays.fill(scores, Double.NaN);
        for (int i = 0; i < count; i++) {
            scores[scored[i]] = 100 * closeness[i];
        }
        return RankingAssembler.assemble(ModelKind.TOPSIS, table, tiers, w, aggregation, scores, null);
    }

    /**
     * Relative closeness to the ideal solution (0–1) of each row of the decision matrix {@code x} (alternatives ×
     * criteria), with normalised weights {@code w}; {@code cost[c]} marks criteria where less is better. When every
     * alternative is at both the ideal and the anti-ideal point (all identical), each gets 0.5.
     */
    public static double[] closeness(double[][] x, double[] w, boolean[] cost) {
        int rows = x.length;
        int cols = w.length;
        double[][] v = new double[rows][cols];
        double[] ideal = new double[cols];
        double[] anti = new double[cols];
        for (int c = 0; c < cols; c++) {
            double squares = 0;
            for (double[] row : x) {
                squares += row[c] * row[c];
            }
            double norm = Math.sqrt(squares);
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < rows; i++) {
                v[i][c] = norm == 0 ? 0 : w[c] * x[i][c] / norm;
                max = Math.max(max, v[i][c]);
                min = Math.min(min, v[i][c]);
            }
            ideal[c] = cost[c] ? min : max;
            anti[c] = cost[c] ? max : min;
        }
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            double toIdeal = 0;
            double toAnti = 0;
            for (int c = 0; c < cols; c++) {
                toIdeal += (v[i][c] - ideal[c]) * (v[i][c] - ideal[c]);
                toAnti += (v[i][c] - anti[c]) * (v[i][c] - anti[c]);
            }
            double dPlus = Math.sqrt(toIdeal);
            double dMinus = Math.sqrt(toAnti);
            out[i] = dPlus + dMinus == 0 ? 0.5 : dMinus / (dPlus + dMinus);
        }
        return out;
    }
}
