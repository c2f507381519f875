package org.kaname.ui.workshop;

/**
 * One end of a disagreement: the rater with the lowest or highest value (their name, or a letter in an anonymous
 * round), the value as text and the rationale they gave.
 */
public record Extreme(String raterId, String label, double value, String valueText, String note) {
}
