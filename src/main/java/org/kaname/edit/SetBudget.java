package org.kaname.edit;

import java.util.List;
import java.util.stream.Collectors;
import org.kaname.model.Budget;
import org.kaname.model.Plan;

/**
 * Sets the yearly spending cap: none ({@code remove-budget-cap}), one amount for every year
 * ({@code set-budget-uniform}) or amounts by fiscal year ({@code set-budget-by-year}).
 */
public record SetBudget(Budget budget) implements Edit {
    public SetBudget {
        budget = budget == null ? Budget.UNLIMITED : budget;
    }

    @Override
    public String kind() {
        return budget.isUnlimited() ? "remove-budget-cap"
                : budget.uniform() != null ? "set-budget-uniform" : "set-budget-by-year";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        if (budget.isUnlimited()) {
            return List.of();
        }
        if (budget.uniform() != null) {
            return List.of(Lookup.yen(budget.uniform()));
        }
        return List.of(budget.byYear().entrySet().stream().map(e -> e.getKey() + ": " + Lookup.yen(e.getValue()))
                .collect(Collectors.joining(", ")));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        boolean negative = budget.uniform() != null && budget.uniform() < 0
                || budget.byYear().values().stream().anyMatch(v -> v < 0);
        if (negative) {
            throw new EditRefusedException("negativeAmount");
        }
        return Change.between(plan, plan.withBudget(budget));
    }
}
