package org.kaname.ui.evaluation;

import org.kaname.engine.evaluation.IndicatorResult;

/**
 * One indicator in the evaluation table for the year shown: its result (target, actual, 達成率, grade) and what it
 * belongs to. {@code ownerTitle} is shown on the first row of each owner only, so the table reads grouped by 支援策
 * and 施策.
 */
record IndicatorRow(String owner, String ownerTitle, boolean firstOfOwner, IndicatorResult result) {
    String id() {
        return result.indicator().id();
    }
}
