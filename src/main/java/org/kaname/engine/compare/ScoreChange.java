package org.kaname.engine.compare;

import java.util.Objects;

/**
 * One rater's value of one measure on one criterion that differs between version A ({@code before}) and version B
 * ({@code after}); a side without the value is null (added or removed). Titles and names are B's where B has them,
 * else A's, else the id. {@code changedBy} is who last changed the cell, where the {@link ScoreAuthors} know; else
 * null.
 */
public record ScoreChange(String measureId, String measureTitle, String criterionId, String criterionName,
                          String raterId, String raterName, Double before, Double after, String changedBy) {
    public ScoreChange {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(criterionId, "criterionId");
        Objects.requireNonNull(raterId, "raterId");
        if (before == null && after == null) {
            throw new IllegalArgumentException("a score change needs a value on at least one side");
        }
    }

    /** A value B has and A had not. */
    public boolean isAdded() {
        return before == null;
    }

    /** A value A had and B has not. */
    public boolean isRemoved() {
        return after == null;
    }
}
