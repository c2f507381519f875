package org.kaname.ui.scoring;

/**
 * What one grid cell shows in the current mode: the main text (a rater's value, or the raters' mean), a second line
 * (the spread, consensus only), whether it has a rationale, whether raters disagree strongly, and a sentence for
 * screen readers and tooltips. {@code problem} is why the last value typed into the cell was refused (empty when
 * none), shown at the cell itself, not only in the status line; {@code problemShort} is its short form for the cell.
 */
public record ScoreCell(String text, String detail, boolean hasNote, boolean disagreement, String description,
                        String problem, String problemShort) {
    public static final ScoreCell EMPTY = new ScoreCell("", "", false, false, "");

    public ScoreCell(String text, String detail, boolean hasNote, boolean disagreement, String description) {
        this(text, detail, hasNote, disagreement, description, "", "");
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public boolean hasProblem() {
        return !problem.isEmpty();
    }

    /** This cell with a refused value's message: the description (what screen readers say) ends with it. */
    ScoreCell withProblem(String message, String shortText) {
        return new ScoreCell(text, detail, hasNote, disagreement, description + " " + message, message, shortText);
    }
}
