package org.kaname.ui.workshop;

/**
 * One revealed round in the history table: number, title, when it was revealed (local time, as text), the mean
 * spread of its cells as a share of the scale and how many cells the raters strongly disagreed on.
 */
public record HistoryRow(int number, String title, String revealed, String meanSpread, int strongCells,
                         boolean anonymous) {
}
