package org.kaname.model;

import java.util.List;
import java.util.Map;

/**
 * The inputs from which the criterion weights were derived. {@code judgments} is used by AHP, {@code ranking}
 * (criterion ids, most important first) by rank-order centroid and swing, {@code points} by swing (100 for the first).
 */
public record Weighting(WeightingMethod method, List<Judgment> judgments, List<String> ranking,
                        Map<String, Double> points) {
    public static final Weighting DIRECT = new Weighting(WeightingMethod.DIRECT, null, null, null);

    public Weighting {
        method = method == null ? WeightingMethod.DIRECT : method;
        judgments = Texts.list(judgments);
        ranking = Texts.list(ranking);
        points = Texts.orderedMap(points);
    }
}
