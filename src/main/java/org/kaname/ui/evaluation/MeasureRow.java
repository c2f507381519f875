package org.kaname.ui.evaluation;

import org.kaname.engine.evaluation.MeasureGrade;
import org.kaname.model.Evaluation;

/**
 * One measure in the year shown: its grade (derived from its indicators, or the evaluator's), its evaluation for that
 * year ({@link Evaluation#empty} when none) and whether its latest evaluation ended it (廃止・完了, not re-opened).
 */
record MeasureRow(String measureId, String title, MeasureGrade grade, Evaluation evaluation, boolean ended) {
}
