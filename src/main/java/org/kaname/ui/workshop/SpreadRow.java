package org.kaname.ui.workshop;

import org.kaname.engine.workshop.CellSpread;

/**
 * One row of the disagreement table: a measure × criterion cell with its number of values, sd and range as text,
 * and whether the raters disagree strongly (shown as a word and a mark, not by colour alone).
 */
public record SpreadRow(int rank, String measureId, String measureTitle, String criterionId, String criterionName,
                        int count, String sd, String range, boolean strong, CellSpread spread) {
}
