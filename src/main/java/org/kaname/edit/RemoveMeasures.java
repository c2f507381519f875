package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;

/**
 * Removes measures with everything that refers to them: their scores (also in workshop rounds) and the
 * prerequisites of other measures that name them. One undo brings all of it back.
 */
public record RemoveMeasures(List<String> ids) implements Edit {
    public RemoveMeasures {
        ids = List.copyOf(ids);
    }

    public static RemoveMeasures of(String... ids) {
        return new RemoveMeasures(List.of(ids));
    }

    @Override
    public String kind() {
        return "remove-measures";
    }

    @Override
    public EditTarget target() {
        return ids.size() == 1 ? EditTarget.measure(ids.get(0)) : EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(Lookup.joined(ids));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        for (String id : ids) {
            Lookup.measure(plan, id);
        }
        return Change.between(plan, StructureEdits.removeMeasures(plan, ids));
    }
}
