package org.kaname.model;

import java.time.Instant;

/** One rater's value for one measure on one criterion, with a rationale; {@code time} is when it was given, if known. */
public record Score(String measure, String criterion, String rater, double value, String note, Instant time) {
    public Score {
        note = Texts.orEmpty(note);
        time = Instants.stored(time);
    }

    public static Score of(String measure, String criterion, String rater, double value) {
        return new Score(measure, criterion, rater, value, "", null);
    }
}
