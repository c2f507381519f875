package org.kaname.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class GradeRuleTest {
    @Test
    void theDefaultIsAFromFullBFromEightyPercentElseC() {
        GradeRule rule = GradeRule.DEFAULT;
        assertThat(rule.grade(OptionalDouble.of(1.2))).contains("A");
        assertThat(rule.grade(OptionalDouble.of(1.0))).contains("A");
        assertThat(rule.grade(OptionalDouble.of(0.9999))).contains("B");
        assertThat(rule.grade(OptionalDouble.of(0.8))).contains("B");
        assertThat(rule.grade(OptionalDouble.of(0.79))).contains("C");
        assertThat(rule.grade(OptionalDouble.of(-0.5))).contains("C");
        assertThat(rule.grade(OptionalDouble.empty())).isEmpty();
    }

    @Test
    void aRatioARoundingErrorBelowTheThresholdEarnsIt() {
        // (63.1 − 40) / (86.2 − 40) style arithmetic: 0.8 computed as 0.7999999999999999.
        assertThat(GradeRule.DEFAULT.grade(OptionalDouble.of(0.7999999999999999))).contains("B");
    }

    @Test
    void aPlanMayUseItsOwnGrades() {
        GradeRule rule = new GradeRule(List.of(new GradeRule.Step("S", 1.2), new GradeRule.Step("A", 1.0),
                new GradeRule.Step("B", 0.6)), "C");
        assertThat(rule.grade(OptionalDouble.of(1.25))).contains("S");
        assertThat(rule.grade(OptionalDouble.of(0.7))).contains("B");
        assertThat(rule.grade(OptionalDouble.of(0.5))).contains("C");
    }

    @Test
    void thresholdsMustFallFromTheFirstGradeToTheLast() {
        assertThat(GradeRule.DEFAULT.isOrdered()).isTrue();
        assertThat(new GradeRule(List.of(new GradeRule.Step("B", 0.8), new GradeRule.Step("A", 1.0)), "C").isOrdered())
                .isFalse();
        assertThat(new GradeRule(List.of(new GradeRule.Step("A", 1.0), new GradeRule.Step("B", 1.0)), "C").isOrdered())
                .isFalse();
        assertThat(new GradeRule(List.of(new GradeRule.Step("A", Double.NaN)), "C").isOrdered()).isFalse();
        assertThat(GradeRule.DEFAULT.grades()).containsExactly("A", "B", "C");
    }
}
