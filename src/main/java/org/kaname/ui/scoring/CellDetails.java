package org.kaname.ui.scoring;

import java.util.List;

/**
 * The side panel's content for the focused cell: the criterion and its level descriptions (the level of the focused
 * value marked), the rationale of the chosen rater, and every rater's value and rationale.
 */
public record CellDetails(String measureId, String measureTitle, String criterionId, String criterionName,
                          String criterionDescription, List<Level> levels, String note, boolean canEditNote,
                          List<RaterValue> raterValues) {
    public CellDetails {
        levels = List.copyOf(levels);
        raterValues = List.copyOf(raterValues);
    }

    /** One scale level; {@code current} when it is the focused value (the rounded mean in the consensus view). */
    public record Level(int value, String text, boolean current) {
    }

    /** One rater's value (empty text when not scored) and rationale. */
    public record RaterValue(String raterName, String value, String note) {
    }
}
