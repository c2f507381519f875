package org.kaname.crash;

/**
 * What a check after a kill found. One outcome per cycle: the worst found, in this order, since a folder that does
 * not open cannot be checked further.
 */
enum Outcome {
    /** Every acknowledged change is there in full, and nothing unacknowledged is there in part. */
    OK,
    /** A change that had been acknowledged (success line, exit 0, earlier cycle) is missing or older. */
    LOST,
    /** A plan is neither as before nor as after: some of a change, or a damaged plan. */
    PARTIAL,
    /** The database does not open ({@code plans} fails or hangs), or a plan cannot be exported. */
    UNREADABLE;

    Outcome worst(Outcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
