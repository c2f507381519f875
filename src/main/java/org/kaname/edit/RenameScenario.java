package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;

/** Renames a weight scenario; names stay unique. */
public record RenameScenario(String name, String newName) implements Edit {
    public RenameScenario {
        newName = newName == null ? "" : newName.strip();
    }

    @Override
    public String kind() {
        return "rename-scenario";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(name, newName);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.scenario(plan, name);
        Lookup.required(newName, "nameBlank");
        if (newName.equals(name)) {
            return Change.NONE;
        }
        if (plan.scenarios().stream().anyMatch(s -> s.name().equals(newName))) {
            throw new EditRefusedException("duplicateScenario", newName);
        }
        List<Scenario> next = plan.scenarios().stream()
                .map(s -> s.name().equals(name) ? new Scenario(newName, s.weights()) : s).toList();
        return Change.between(plan, plan.withScenarios(next));
    }
}
