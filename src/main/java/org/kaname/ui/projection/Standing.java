package org.kaname.ui.projection;

/**
 * Where a measure stands, shown large in its page's header so the room reads it from the back: the rank (or that it
 * is not scored), the score, and the tier with its mark ({@code tierIndex} 0 = highest, −1 unscored).
 */
public record Standing(String rank, String score, String tier, int tierIndex) {
}
