package org.kaname.engine.compare;

import java.util.Objects;

/**
 * A criterion's normalised weight (0–1, as {@link org.kaname.engine.Weights} derives it from the plan's weighting)
 * in version A ({@code before}) and version B ({@code after}); null where the criterion is absent or the weights
 * cannot be derived. The name is B's where B has the criterion, else A's.
 */
public record WeightChange(String criterionId, String criterionName, Double before, Double after) {
    /** Weights closer than this are the same weight. */
    static final double TOLERANCE = 1e-9;

    public WeightChange {
        Objects.requireNonNull(criterionId, "criterionId");
        criterionName = criterionName == null ? criterionId : criterionName;
    }

    /** Whether the weight differs (a criterion added or removed counts as changed). */
    public boolean changed() {
        if (before == null || after == null) {
            return (before == null) != (after == null);
        }
        return Math.abs(before - after) > TOLERANCE;
    }
}
