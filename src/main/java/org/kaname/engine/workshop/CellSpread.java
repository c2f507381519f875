package org.kaname.engine.workshop;

import java.util.List;
import org.kaname.engine.ScoreStats;

/**
 * How far apart the raters are on one measure × criterion cell. {@code relativeSd} and {@code relativeRange} are the
 * sd and the range divided by the criterion's scale span (max − min), so cells on 1–5 and 0–10 compare;
 * {@code strong} follows {@link Disagreements#isStrong}. {@code values} are ascending by value (ties in plan order
 * of the raters), at least two.
 */
public record CellSpread(String measureId, String criterionId, ScoreStats stats, double relativeSd,
                         double relativeRange, boolean strong, List<RaterValue> values) {
    public CellSpread {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A cell spread needs at least one value.");
        }
    }

    /** The lowest value (first of the rater in plan order among equal lowest values). */
    public RaterValue lowest() {
        return values.get(0);
    }

    /** The highest value (last of the rater in plan order among equal highest values). */
    public RaterValue highest() {
        return values.get(values.size() - 1);
    }
}
