package org.kaname.engine.workshop;

/** How the raters' sd on one cell changed from an earlier round to a later one (on the criterion's own scale). */
public record CellMovement(String measureId, String criterionId, double sdBefore, double sdAfter) {
    /** How much the spread fell; negative when the room moved apart. */
    public double fall() {
        return sdBefore - sdAfter;
    }
}
