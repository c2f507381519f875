package org.kaname.engine;

import java.util.Map;

/**
 * One measure across the Monte Carlo samples: its rank with the unperturbed weights ({@code baseRank}), its mean
 * rank, the 5th and 95th percentile ranks (nearest-rank method: 90 % of samples fall between them), the probability
 * of being first, and the probability of each tier (plan's tiers from the highest; they add up to 1 unless some
 * samples fall below every tier).
 */
public record MeasureOutcome(String measureId, String title, int baseRank, double meanRank, int rankP5, int rankP95,
                             double probabilityFirst, Map<String, Double> tierProbabilities) {
    public MeasureOutcome {
        tierProbabilities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tierProbabilities));
    }
}
