package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;
import org.kaname.model.WeightingMethod;

/**
 * Switches how the criteria are weighted. The new method starts from the weights in use (a ranking by weight, swing
 * points relative to the largest, AHP judgments from the weight ratios), so no weights are lost; inputs already
 * complete are kept. Kinds {@code set-weighting-direct}, {@code set-weighting-swing}, {@code set-weighting-ahp},
 * {@code set-weighting-roc}.
 */
public record SetWeightingMethod(WeightingMethod method) implements Edit {
    @Override
    public String kind() {
        return "set-weighting-" + method.code();
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(method.code());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        if (plan.weighting().method() == method) {
            return Change.NONE;
        }
        return Change.between(plan, Lookup.engine(() -> WeightingEdits.switchMethod(plan, method),
                "weightsUnavailable"));
    }
}
