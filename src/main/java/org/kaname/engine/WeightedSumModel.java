package org.kaname.engine;

import java.util.Map;
import org.kaname.model.Plan;

/**
 * The default model, the contract every output follows: s(m, c) is the raters' aggregate, v(m, c) its position on
 * the criterion's own fixed scale (flipped for cost), and score(m) = 100 × Σ w(c) · v(m, c). Because the scale is
 * fixed rather than taken from the other measures, adding or removing a measure never changes another's score.
 */
public final class WeightedSumModel implements ScoringModel {

    @Override
    public Ranking rank(Plan plan, Map<String, Double> weights, Aggregation aggregation) {
        return rank(ScoreTable.of(plan), new Tiers(plan.tiers()), weights, aggregation);
    }

    /** Ranks an already laid-out table (lets callers rank several weightings without re-reading the scores). */
    public Ranking rank(ScoreTable table, Tiers tiers, Map<String, Double> weights, Aggregation aggregation) {
        Map<String, Double> w = Weights.normalise(table.criteria(), weights, "the weights");
        double[] wa = Weights.toArray(table.criteria(), w);
        int n = table.measureCount();
        int cc = table.criterionCount();
        double[] scores = new double[n];
        double[][] contributions = new double[n][];
        for (int m = 0; m < n; m++) {
            if (!table.isComplete(m)) {
                scores[m] = Double.NaN;
                continue;
            }
            double[] parts = new double[cc];
            double sum = 0;
            for (int c = 0; c < cc; c++) {
                double v = ScoreTable.normalise(table.criteria().get(c), table.aggregate(m, c, aggregation));
                parts[c] = 100 * wa[c] * v;
                sum += wa[c] * v;
            }
            scores[m] = 100 * sum;
            contributions[m] = parts;
        }
        return RankingAssembler.assemble(ModelKind.WEIGHTED_SUM, table, tiers, w, aggregation, scores, contributions);
    }

    /** The weighted-sum scores alone (NaN for unscored measures), plan order. */
    static double[] scores(ScoreTable table, double[] weights, Aggregation aggregation) {
        int n = table.measureCount();
        double[] scores = new double[n];
        for (int m = 0; m < n; m++) {
            if (!table.isComplete(m)) {
                scores[m] = Double.NaN;
                continue;
            }
            double score = 0;
            for (int c = 0; c < weights.length; c++) {
                score += weights[c] * ScoreTable.normalise(table.criteria().get(c), table.aggregate(m, c, aggregation));
            }
            scores[m] = 100 * score;
        }
        return scores;
    }
}
