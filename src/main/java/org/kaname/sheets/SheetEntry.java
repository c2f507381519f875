package org.kaname.sheets;

/**
 * One valid measure × criterion cell read back from a score file: the rater's value, or {@code null} when the cell
 * was left empty (which removes that rater's score for the cell), with the rationale and where it was read.
 */
public record SheetEntry(String rater, String measure, String criterion, Double value, String note, String location) {
    public SheetEntry {
        note = note == null ? "" : note.strip();
    }

    public boolean empty() {
        return value == null;
    }
}
