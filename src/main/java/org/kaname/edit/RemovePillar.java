package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;

/** Removes a pillar (柱) with everything under it: its support measures and their measures. */
public record RemovePillar(String id) implements Edit {
    @Override
    public String kind() {
        return "remove-pillar";
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
        Lookup.pillar(plan, id);
        return Change.between(plan, StructureEdits.removePillar(plan, id));
    }
}
