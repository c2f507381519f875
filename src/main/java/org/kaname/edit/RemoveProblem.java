package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;

/** Removes a problem (課題) and the measures' links to it. */
public record RemoveProblem(String id) implements Edit {
    @Override
    public String kind() {
        return "remove-problem";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(id);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.problem(plan, id);
        return Change.between(plan, StructureEdits.removeProblem(plan, id));
    }
}
