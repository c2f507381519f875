package org.kaname.engine;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One measure's place in a ranking. An unscored measure (some criterion has no value) has no score and no rank and
 * the tier {@code 未評価}. {@code contributionByCriterion} (weighted sum only) splits the score by criterion,
 * 100 × w(c) × v(m, c), so the parts add up to the score; it is empty for unscored measures and for TOPSIS.
 */
public record RankedMeasure(String measureId, String title, String groupId, OptionalDouble score, OptionalInt rank,
                            String tier, Map<String, Double> contributionByCriterion) {
    public RankedMeasure {
        contributionByCriterion = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contributionByCriterion));
    }

    public boolean isScored() {
        return score.isPresent();
    }
}
