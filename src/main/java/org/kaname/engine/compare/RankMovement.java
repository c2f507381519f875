package org.kaname.engine.compare;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One measure in the earlier version A and the later version B. Ranks and scores (0–100) are those of the
 * {@code rank} command; each is null where the measure is absent or unranked (unscored) in that version. The tier is
 * null exactly where the measure is absent: a measure that is there but unscored has the tier {@code 未評価}, as in
 * the ranking. The title is B's where the measure is in B, else A's.
 */
public record RankMovement(String id, String title, Integer rankA, Integer rankB, Double scoreA, Double scoreB,
                           String tierA, String tierB) {
    /** Scores closer than this are the same score (far below the two decimals anything prints). */
    static final double SCORE_TOLERANCE = 1e-9;

    public RankMovement {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        if (tierA == null && tierB == null) {
            throw new IllegalArgumentException("measure '" + id + "' is in neither version");
        }
    }

    /** Whether version A has the measure. */
    public boolean inA() {
        return tierA != null;
    }

    /** Whether version B has the measure. */
    public boolean inB() {
        return tierB != null;
    }

    /** Only in B: added since A. */
    public boolean isNew() {
        return !inA() && inB();
    }

    /** Only in A: removed since A. */
    public boolean isRemoved() {
        return inA() && !inB();
    }

    /** Places moved up from A to B (rankA − rankB: positive is up); empty unless the measure is ranked in both. */
    public OptionalInt movement() {
        return rankA != null && rankB != null ? OptionalInt.of(rankA - rankB) : OptionalInt.empty();
    }

    public boolean isUp() {
        return movement().orElse(0) > 0;
    }

    public boolean isDown() {
        return movement().orElse(0) < 0;
    }

    /** In both versions with a different rank, including a measure that became ranked or unranked. */
    public boolean moved() {
        return inA() && inB() && !Objects.equals(rankA, rankB);
    }

    /** Whether anything of this row differs between A and B: presence, rank, score or tier. */
    public boolean changed() {
        return inA() != inB() || !Objects.equals(rankA, rankB) || !Objects.equals(tierA, tierB)
                || !sameScore(scoreA, scoreB);
    }

    private static boolean sameScore(Double a, Double b) {
        if (a == null || b == null) {
            return (a == null) == (b == null);
        }
        return Math.abs(a - b) <= SCORE_TOLERANCE;
    }
}
