package org.kaname.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kaname.model.Evaluation;
import org.kaname.model.GradeRule;
import org.kaname.model.Plan;

/**
 * Sets the plan's rule from 達成率 to grade ({@code set-grade-rule}), e.g. A ≥ 100%, B ≥ 80%, C below. Grade names
 * are stripped. Refused: a rule without a step (one grade for everything), a blank or repeated grade name,
 * thresholds that do not fall strictly from the best grade to the worst, and a rule that drops a grade some
 * evaluation has been given by hand (change that evaluation first).
 */
public record SetGradeRule(GradeRule rule) implements Edit {
    public SetGradeRule {
        rule = new GradeRule(rule.steps().stream()
                .map(s -> new GradeRule.Step(s.grade().strip(), s.from())).toList(), rule.lowest().strip());
    }

    @Override
    public String kind() {
        return "set-grade-rule";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    /** The rule as one text: {@code A ≥ 100%, B ≥ 80%, C}. */
    @Override
    public List<String> arguments() {
        return List.of(text(rule));
    }

    static String text(GradeRule rule) {
        List<String> parts = new ArrayList<>();
        for (GradeRule.Step s : rule.steps()) {
            parts.add(s.grade() + " ≥ " + percent(s.from()));
        }
        parts.add(rule.lowest());
        return String.join(", ", parts);
    }

    private static String percent(double ratio) {
        if (!Double.isFinite(ratio)) {
            return String.valueOf(ratio);
        }
        return BigDecimal.valueOf(ratio).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        if (rule.steps().isEmpty()) {
            throw new EditRefusedException("gradeRuleNoSteps");
        }
        Set<String> names = new HashSet<>();
        for (String grade : rule.grades()) {
            if (grade.isEmpty()) {
                throw new EditRefusedException("gradeNameBlank");
            }
            if (!names.add(grade)) {
                throw new EditRefusedException("duplicateGrade", grade);
            }
        }
        if (!rule.isOrdered()) {
            throw new EditRefusedException("gradeRuleUnordered", text(rule));
        }
        for (Evaluation e : plan.followUp().evaluations()) {
            if (e.overridesGrade() && !names.contains(e.grade())) {
                throw new EditRefusedException("gradeInUse", e.grade(), e.measureId(), String.valueOf(e.year()));
            }
        }
        return Change.between(plan, plan.withFollowUp(plan.followUp().withGradeRule(rule)));
    }
}
