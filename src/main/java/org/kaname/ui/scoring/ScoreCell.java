package org.kaname.ui.scoring;

/**
 * What one grid cell shows in the current mode: the main text (a rater's value, or the raters' mean), a second line
 * (the spread, consensus only), whether it has a rationale, whether raters disagree strongly, and a sentence for
 * screen readers and tooltips.
 */
public record ScoreCell(String text, String detail, boolean hasNote, boolean disagreement, String description) {
    public static final ScoreCell EMPTY = new ScoreCell("", "", false, false, "");

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
