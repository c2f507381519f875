package org.kaname.engine.evaluation;

import java.util.Optional;
import java.util.OptionalDouble;
import org.kaname.model.Indicator;

/**
 * One indicator in one 年度: the target that applies (that year's, else the final one; null when it has none), the
 * actual (null when none was entered), 達成率 (empty without an actual, a target, or a meaning: see
 * {@link Achievement}) and the grade the plan's rule gives it.
 */
public record IndicatorResult(String owner, Indicator indicator, int year, Double target, Double actual,
                              OptionalDouble achievement, Optional<String> grade) {
    public String indicatorId() {
        return indicator.id();
    }

    /** True when {@link #target} is the target set for this very year, not the final one standing in for it. */
    public boolean hasTargetForYear() {
        return indicator.targetFor(year).isPresent();
    }
}
