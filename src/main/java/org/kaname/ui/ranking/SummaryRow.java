package org.kaname.ui.ranking;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One row of the group and pillar summary: mean score, its tier (the engine's name, and {@code tierText} as shown),
 * and how many measures fall in each tier (by the engine's names).
 */
public record SummaryRow(Kind kind, String id, String name, OptionalDouble meanScore, String tier, String tierText,
                         TierLevel level,
                         int measureCount, Map<String, Integer> countByTier) {
    public enum Kind { PILLAR, GROUP }

    public SummaryRow {
        countByTier = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(countByTier));
    }

    public String meanText() {
        return meanScore.isPresent() ? String.format(Locale.ROOT, "%.2f", meanScore.getAsDouble()) : "—";
    }

    public int count(String tierName) {
        return countByTier.getOrDefault(tierName, 0);
    }
}
