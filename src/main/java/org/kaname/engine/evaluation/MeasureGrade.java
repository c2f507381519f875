package org.kaname.engine.evaluation;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A measure's 達成度 in one 年度: the combined 達成率 of its indicators and the grade derived from it, and the grade
 * that counts ({@code effective}): the evaluator's override when there is one, else the derived grade.
 */
public record MeasureGrade(String measureId, int year, OptionalDouble achievement, Optional<String> derived,
                           Optional<String> effective, boolean overridden) {
}
