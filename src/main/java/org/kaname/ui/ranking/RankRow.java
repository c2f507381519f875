package org.kaname.ui.ranking;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One row of the ranking table: a measure's rank, score, tier and its contribution by criterion (criterion id).
 * {@code tier} is the engine's name (未評価 for an unscored measure), {@code tierText} what the screen shows for it.
 */
public record RankRow(String measureId, OptionalInt rank, String title, String groupTitle, OptionalDouble score,
                      String tier, String tierText, TierLevel level, Map<String, Double> contributionByCriterion) {
    public RankRow {
        contributionByCriterion = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(contributionByCriterion));
    }

    /** The rank, or a dash for an unscored measure. */
    public String rankText() {
        return rank.isPresent() ? Integer.toString(rank.getAsInt()) : "—";
    }

    /** The score with two decimals, or a dash for an unscored measure. */
    public String scoreText() {
        return score.isPresent() ? String.format(Locale.ROOT, "%.2f", score.getAsDouble()) : "—";
    }
}
