package org.kaname.ui.evaluation;

import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorTarget;

/**
 * One 年度 of the selected indicator, for its editable tables: the target set for that year and the actual (either
 * null when there is none).
 */
record YearEntry(int year, IndicatorTarget target, IndicatorActual actual) {
}
