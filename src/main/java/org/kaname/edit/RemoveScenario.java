package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;

/** Deletes a weight scenario. */
public record RemoveScenario(String name) implements Edit {
    @Override
    public String kind() {
        return "remove-scenario";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(name);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.scenario(plan, name);
        return Change.between(plan, plan.withScenarios(
                plan.scenarios().stream().filter(s -> !s.name().equals(name)).toList()));
    }
}
