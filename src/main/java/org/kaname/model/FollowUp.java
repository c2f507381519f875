package org.kaname.model;

import java.util.List;
import java.util.Optional;

/**
 * What a plan keeps after it is made (the Check and Act of PDCA): the 単価 of one 人工 in yen per year
 * ({@code personnelRate}, 0 until set), the rule from 達成率 to grade, and the evaluations by measure and 年度.
 */
public record FollowUp(long personnelRate, GradeRule gradeRule, List<Evaluation> evaluations) {
    public static final FollowUp NONE = new FollowUp(0, GradeRule.DEFAULT, List.of());

    public FollowUp {
        gradeRule = gradeRule == null ? GradeRule.DEFAULT : gradeRule;
        evaluations = Texts.list(evaluations);
    }

    public Optional<Evaluation> evaluation(String measureId, int year) {
        return evaluations.stream().filter(e -> e.measureId().equals(measureId) && e.year() == year).findFirst();
    }

    /** The measure's latest evaluation, the one that says whether it goes on. */
    public Optional<Evaluation> latest(String measureId) {
        return evaluations.stream().filter(e -> e.measureId().equals(measureId))
                .max(java.util.Comparator.comparingInt(Evaluation::year));
    }

    /** True when the measure's latest evaluation ended it (廃止 or 完了) and it was not re-opened. */
    public boolean hasEnded(String measureId) {
        return latest(measureId).map(Evaluation::endsMeasure).orElse(false);
    }

    public FollowUp withPersonnelRate(long rate) {
        return new FollowUp(rate, gradeRule, evaluations);
    }

    public FollowUp withGradeRule(GradeRule rule) {
        return new FollowUp(personnelRate, rule, evaluations);
    }

    /** With {@code evaluation} in place of the one for the same measure and year; an empty one is removed. */
    public FollowUp withEvaluation(Evaluation evaluation) {
        List<Evaluation> next = new java.util.ArrayList<>(evaluations.stream()
                .filter(e -> !(e.measureId().equals(evaluation.measureId()) && e.year() == evaluation.year()))
                .toList());
        if (!evaluation.isEmpty()) {
            next.add(evaluation);
            next.sort(java.util.Comparator.comparing(Evaluation::measureId).thenComparingInt(Evaluation::year));
        }
        return new FollowUp(personnelRate, gradeRule, next);
    }

    public FollowUp withEvaluations(List<Evaluation> all) {
        return new FollowUp(personnelRate, gradeRule, all);
    }
}
