package org.kaname.edit;

import java.util.List;
import org.kaname.model.Evaluation;
import org.kaname.model.Plan;

/**
 * Re-opens a measure that its latest evaluation ended (廃止 or 完了), so that it comes back into the next roadmap
 * ({@code reopen-measure}). {@code year} is the 年度 of that evaluation, as the screen shows it; the evaluation keeps
 * its grade, direction and reasons and is marked re-opened. The reason is kept in the history. Refused: an unknown
 * measure, and a measure whose evaluation for {@code year} is not its latest or did not end it.
 */
public record ReopenMeasure(String measureId, int year, String reason) implements Edit {
    public ReopenMeasure {
        reason = reason == null ? "" : reason.strip();
    }

    @Override
    public String kind() {
        return "reopen-measure";
    }

    @Override
    public EditTarget target() {
        return EditTarget.measure(measureId);
    }

    @Override
    public List<String> arguments() {
        return List.of(measureId, String.valueOf(year));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.measure(plan, measureId);
        Evaluation ended = plan.followUp().latest(measureId)
                .filter(e -> e.year() == year && e.endsMeasure())
                .orElseThrow(() -> new EditRefusedException("measureNotEnded", measureId, String.valueOf(year)));
        Evaluation reopened = new Evaluation(ended.measureId(), ended.year(), ended.grade(), ended.gradeReason(),
                ended.direction(), ended.directionReason(), ended.comment(), true);
        return Change.between(plan, plan.withFollowUp(plan.followUp().withEvaluation(reopened)));
    }
}
