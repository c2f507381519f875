package org.kaname.edit;

import java.util.ArrayList;
import java.util.List;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;

/** Adds a named weight scenario (e.g. 財政重視), made from the weights in use or copied from another. */
public record AddScenario(Scenario scenario) implements Edit {
    @Override
    public String kind() {
        return "add-scenario";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(scenario.name());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        String name = Lookup.required(scenario.name(), "nameBlank");
        if (plan.scenarios().stream().anyMatch(s -> s.name().equals(name))) {
            throw new EditRefusedException("duplicateScenario", name);
        }
        for (String criterion : scenario.weights().keySet()) {
            Lookup.criterion(plan, criterion);
        }
        List<Scenario> next = new ArrayList<>(plan.scenarios());
        next.add(scenario);
        return Change.between(plan, plan.withScenarios(next));
    }
}
