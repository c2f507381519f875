package org.kaname.engine;

import java.util.List;

/**
 * For one criterion: its current normalised weight and the interval [low, high] of that weight (the other criteria
 * keeping their proportions) within which the first-ranked measure and the set of top-tier measures stay the same.
 * {@code atLow} / {@code atHigh} say what changes just beyond each end; empty when the end is 0 or 1 and nothing
 * changes there.
 */
public record WeightInterval(String criterionId, double weight, double low, double high, List<Change> atLow,
                             List<Change> atHigh) {
    public WeightInterval {
        atLow = List.copyOf(atLow);
        atHigh = List.copyOf(atHigh);
    }

    /** One change at an end of the interval. */
    public record Change(Kind kind, String measureId) {
    }

    /** What happens to a measure beyond the end of the interval. */
    public enum Kind {
        /** The measure overtakes the current first-ranked measure. */
        BECOMES_FIRST,
        /** The measure's score reaches the top tier. */
        ENTERS_TOP_TIER,
        /** The measure's score drops out of the top tier. */
        LEAVES_TOP_TIER
    }
}
