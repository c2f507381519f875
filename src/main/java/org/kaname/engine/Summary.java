package org.kaname.engine;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * A support measure (group) or pillar at a glance: the mean score of its ranked measures and the tier of that mean
 * ({@code 未評価} when none is ranked), how many measures it has, and how many fall in each tier (the plan's tiers
 * from the highest, then {@code 未評価}).
 */
public record Summary(String id, String name, OptionalDouble meanScore, String tier, int measureCount,
                      Map<String, Integer> countByTier) {
    public Summary {
        countByTier = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(countByTier));
    }
}
