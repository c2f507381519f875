package org.kaname.ui.scoring;

/**
 * One measure row of the grid. {@code firstOfGroup} marks the first measure of a support measure, where the
 * support measure's title is shown and a rule drawn, so rows read as grouped.
 */
public record ScoringRow(String measureId, String title, String groupId, String groupTitle, boolean firstOfGroup) {
}
