package org.kaname.model;

/**
 * The evaluation of one measure for one fiscal year: a grade (達成度) that overrides the one derived from its
 * indicators ({@code grade} blank: no override; an override needs {@code gradeReason}), 今後の方向性
 * ({@code direction}, optional) with its reason, a free comment, and whether a measure that was ended (廃止, 完了)
 * has been re-opened, which brings it back into the next roadmap.
 */
public record Evaluation(String measureId, int year, String grade, String gradeReason, FutureDirection direction,
                         String directionReason, String comment, boolean reopened) {
    public Evaluation {
        grade = Texts.orEmpty(grade).strip();
        gradeReason = Texts.orEmpty(gradeReason);
        directionReason = Texts.orEmpty(directionReason);
        comment = Texts.orEmpty(comment);
    }

    public static Evaluation empty(String measureId, int year) {
        return new Evaluation(measureId, year, "", "", null, "", "", false);
    }

    public boolean overridesGrade() {
        return !grade.isEmpty();
    }

    /** The measure leaves the next roadmap: evaluated 廃止 or 完了 and not re-opened. */
    public boolean endsMeasure() {
        return direction != null && direction.ends() && !reopened;
    }

    public boolean isEmpty() {
        return grade.isEmpty() && gradeReason.isEmpty() && direction == null && directionReason.isEmpty()
                && comment.isEmpty() && !reopened;
    }
}
