package org.kaname.engine.workshop;

/** One rater's value in a cell with the rationale they gave; {@code name} is the rater's name, or the id if unknown. */
public record RaterValue(String raterId, String name, double value, String note) {
    public RaterValue {
        note = note == null ? "" : note;
    }
}
