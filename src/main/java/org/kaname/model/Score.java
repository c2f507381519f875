package org.kaname.model;

import java.time.Instant;

/** One rater's value for one measure on one criterion, with a rationale; {@code time} is when it was given, if known. */
public record Score(String measure, String criterion, String rater, double value, String note, Instant time) {
    public Score {
        note = Texts.orEmpty(note);
        time = Instants.stored(time);
    }

    /** Equal as values a person sees: both empty, or the same value and note (times aside). */
    public static boolean sameValue(Score a, Score b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Double.compare(a.value(), b.value()) == 0 && a.note().equals(b.note());
    }

    public static Score of(String measure, String criterion, String rater, double value) {
        return new Score(measure, criterion, rater, value, "", null);
    }
}
