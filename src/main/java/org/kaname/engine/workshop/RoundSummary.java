package org.kaname.engine.workshop;

import org.kaname.model.RoundState;

/**
 * One round in numbers: {@code cells} measure × criterion cells with at least two values in the round, the mean of
 * their relative sd (0 when there is no such cell), and how many of them are strong disagreements.
 */
public record RoundSummary(int number, String title, RoundState state, int cells, double meanRelativeSd,
                           int strongCells) {
}
