package org.kaname.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaname.model.Criterion;

/**
 * Rank-order centroid weights from a ranking alone: the k-th of n criteria weighs (1/n) Σ_{i=k..n} 1/i. These are the
 * centres of all weight vectors consistent with the order, so they make no claim beyond the order itself.
 */
public final class RankOrderCentroid {
    private RankOrderCentroid() {
    }

    /** Weights in criterion order, from {@code ranking} (criterion ids, most important first, each exactly once). */
    public static Map<String, Double> weights(List<Criterion> criteria, List<String> ranking) {
        CriterionRanking.check(criteria, ranking, "Rank-order centroid", false);
        int n = ranking.size();
        Map<String, Double> byId = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            double sum = 0;
            for (int i = k + 1; i <= n; i++) {
                sum += 1.0 / i;
            }
            byId.put(ranking.get(k), sum / n);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        criteria.forEach(c -> out.put(c.id(), byId.get(c.id())));
        return Collections.unmodifiableMap(out);
    }
}
