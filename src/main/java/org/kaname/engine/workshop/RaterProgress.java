package org.kaname.engine.workshop;

/**
 * How far one rater is in a round: {@code expected} cells (the round's measures × the plan's criteria) and how many
 * of them hold a value. Carries no values, so it can be projected while the round is open.
 */
public record RaterProgress(String raterId, String name, int expected, int entered) {
    public boolean complete() {
        return entered >= expected;
    }
}
