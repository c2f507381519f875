package org.kaname.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.kaname.model.Measure;
import org.kaname.model.Tier;

/** Builds a {@link Ranking} from per-measure scores (NaN = unscored): ranks, tiers and the contract's order. */
final class RankingAssembler {
    private RankingAssembler() {
    }

    /** {@code contributions[m]} may be null (no breakdown); {@code scores[m]} NaN marks an unscored measure. */
    static Ranking assemble(ModelKind model, ScoreTable table, Tiers tiers, Map<String, Double> weights,
                            Aggregation aggregation, double[] scores, double[][] contributions) {
        int n = table.measureCount();
        int[] positions = new int[n];
        double[] ranked = new double[n];
        int count = 0;
        for (int m = 0; m < n; m++) {
            if (!Double.isNaN(scores[m])) {
                positions[count] = m;
                ranked[count++] = scores[m];
            }
        }
        int[] order = new int[count];
        int[] ranks = new int[count];
        CompetitionRanks.rank(ranked, count, new long[2 * count], order, ranks);
        List<RankedMeasure> out = new ArrayList<>(n);
        for (int k = 0; k < count; k++) {
            int entry = order[k];
            int m = positions[entry];
            out.add(measure(table, m, OptionalDouble.of(scores[m]), OptionalInt.of(ranks[entry]),
                    tiers.nameOf(scores[m]), contributions == null ? null : contributions[m]));
        }
        for (int m = 0; m < n; m++) {
            if (Double.isNaN(scores[m])) {
                out.add(measure(table, m, OptionalDouble.empty(), OptionalInt.empty(), Tier.UNSCORED, null));
            }
        }
        return new Ranking(model, "", weights, aggregation, tiers.ordered(), out);
    }

    private static RankedMeasure measure(ScoreTable table, int m, OptionalDouble score, OptionalInt rank, String tier,
                                         double[] contribution) {
        Measure measure = table.measures().get(m);
        Map<String, Double> byCriterion = new LinkedHashMap<>();
        if (contribution != null) {
            for (int c = 0; c < contribution.length; c++) {
                byCriterion.put(table.criteria().get(c).id(), contribution[c]);
            }
        }
        return new RankedMeasure(measure.id(), measure.title(), measure.group(), score, rank, tier, byCriterion);
    }
}
