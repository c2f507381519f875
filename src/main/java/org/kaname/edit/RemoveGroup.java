package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;

/** Removes a support measure (支援策) with its measures (as {@link RemoveMeasures}) and peer cases' links to it. */
public record RemoveGroup(String id) implements Edit {
    @Override
    public String kind() {
        return "remove-group";
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
        Lookup.group(plan, id);
        return Change.between(plan, StructureEdits.removeGroups(plan, List.of(id)));
    }
}
