package org.kaname.edit;

import java.util.List;
import org.kaname.model.FiscalYears;
import org.kaname.model.Plan;

/** Sets the plan's horizon (計画期間): fiscal years {@code start} to {@code end}, both included. */
public record SetFiscalYears(int start, int end) implements Edit {
    @Override
    public String kind() {
        return "set-fiscal-years";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(String.valueOf(start), String.valueOf(end));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        if (start > end) {
            throw new EditRefusedException("yearsReversed", String.valueOf(start), String.valueOf(end));
        }
        return Change.between(plan, PlanHead.withFiscalYears(plan, new FiscalYears(start, end)));
    }
}
