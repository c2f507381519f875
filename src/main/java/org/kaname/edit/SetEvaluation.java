package org.kaname.edit;

import java.util.List;
import org.kaname.model.Evaluation;
import org.kaname.model.FiscalYears;
import org.kaname.model.FutureDirection;
import org.kaname.model.Limits;
import org.kaname.model.Plan;

/**
 * Sets the evaluation of one measure for one 年度 ({@code set-evaluation}): a grade that overrides the one derived
 * from its indicators ({@code grade} blank: none) with its reason, 今後の方向性 with its reason, and a comment. All
 * blank removes the evaluation. A re-opening stays while the direction stays the same; a new direction is a new
 * decision. Refused: an unknown measure, a 年度 more than {@value #YEARS_AROUND} years outside the plan's period, an
 * override grade the plan's grade rule does not have, an override without a reason, 廃止 or 完了 without a reason,
 * and a text longer than the plan can hold.
 */
public record SetEvaluation(String measureId, int year, String grade, String gradeReason, FutureDirection direction,
                            String directionReason, String comment) implements Edit {
    /** How far outside the plan's period an evaluation's 年度 may be: a plan evaluated late, or a baseline year. */
    static final int YEARS_AROUND = 5;

    public SetEvaluation {
        grade = grade == null ? "" : grade.strip();
        gradeReason = gradeReason == null ? "" : gradeReason.strip();
        directionReason = directionReason == null ? "" : directionReason.strip();
        comment = comment == null ? "" : comment.strip();
    }

    @Override
    public String kind() {
        return "set-evaluation";
    }

    @Override
    public EditTarget target() {
        return EditTarget.measure(measureId);
    }

    @Override
    public List<String> arguments() {
        return List.of(measureId, String.valueOf(year));
    }

    /** The reasons given, for the history's reason column. */
    @Override
    public String reason() {
        return gradeReason.isEmpty() ? directionReason
                : directionReason.isEmpty() ? gradeReason : gradeReason + " / " + directionReason;
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.measure(plan, measureId);
        FiscalYears years = plan.fiscalYears();
        if (year < years.start() - YEARS_AROUND || year > years.end() + YEARS_AROUND) {
            throw new EditRefusedException("evaluationYearOutside", String.valueOf(year),
                    String.valueOf(years.start() - YEARS_AROUND), String.valueOf(years.end() + YEARS_AROUND));
        }
        List<String> grades = plan.followUp().gradeRule().grades();
        if (!grade.isEmpty() && !grades.contains(grade)) {
            throw new EditRefusedException("unknownGrade", grade, Lookup.joined(grades));
        }
        if (!grade.isEmpty() && gradeReason.isEmpty()) {
            throw new EditRefusedException("gradeReasonMissing", grade);
        }
        if (direction != null && direction.ends() && directionReason.isEmpty()) {
            throw new EditRefusedException("directionReasonMissing");
        }
        for (String text : List.of(gradeReason, directionReason, comment)) {
            if (text.length() > Limits.LONG_TEXT_LENGTH) {
                throw new EditRefusedException("evaluationTextTooLong", String.valueOf(text.length()),
                        String.valueOf(Limits.LONG_TEXT_LENGTH));
            }
        }
        boolean reopened = plan.followUp().evaluation(measureId, year)
                .map(e -> e.reopened() && e.direction() == direction).orElse(false);
        Evaluation evaluation = new Evaluation(measureId, year, grade, gradeReason, direction, directionReason,
                comment, reopened);
        return Change.between(plan, plan.withFollowUp(plan.followUp().withEvaluation(evaluation)));
    }
}
