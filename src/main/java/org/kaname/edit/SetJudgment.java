package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;

/**
 * The AHP judgment "{@code a} is {@code value} times as important as {@code b}" (a cell of the pairwise matrix; its
 * reciprocal follows), replacing whatever was judged on that pair; the stored weights are derived again.
 */
public record SetJudgment(String a, String b, double value) implements Edit {
    @Override
    public String kind() {
        return "set-judgment";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(a, b, ratio(value));
    }

    /** 3, 1/3, or a decimal between the scale's points. */
    static String ratio(double value) {
        return value >= 1 || !(value > 0) ? ScoreValues.text(value)
                : "1/" + ScoreValues.text(Math.round(1 / value * 100) / 100.0);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.criterion(plan, a);
        Lookup.criterion(plan, b);
        if (a.equals(b)) {
            throw new EditRefusedException("judgmentSelf", a);
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new EditRefusedException("judgmentValue", ScoreValues.text(value));
        }
        return Change.between(plan, Lookup.engine(() -> WeightingEdits.setJudgment(plan, a, b, value),
                "weightsUnavailable"));
    }
}
