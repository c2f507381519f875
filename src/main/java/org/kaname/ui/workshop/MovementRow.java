package org.kaname.ui.workshop;

/**
 * One cell whose spread changed between two revealed rounds: measure and criterion (ids and labels), the sd before and
 * after as shown (two decimals), and the whole line as the screen shows it.
 */
public record MovementRow(String measureId, String criterionId, String measure, String criterion, String sdBefore,
                          String sdAfter, String text) {
}
