package org.kaname.ui.workshop;

/** One row of the round's entry grid: a measure of the open round. */
public record EntryRow(String measureId, String title) {
}
