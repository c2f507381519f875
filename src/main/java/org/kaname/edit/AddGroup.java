package org.kaname.edit;

import java.util.List;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/** Adds a support measure (支援策, a group of measures) after the last group of its pillar, so it shows there. */
public record AddGroup(MeasureGroup group) implements Edit {
    /** An id for a new group: {@code SN}, the first N from the number of groups + 1 that is free. */
    public static String newId(Plan plan) {
        return Lookup.newId("S", plan.groups().size() + 1, plan.groups().stream().map(MeasureGroup::id).toList());
    }

    @Override
    public String kind() {
        return "add-group";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(group.id(), group.title());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.freeId(plan.groups().stream().map(MeasureGroup::id).toList(), group.id());
        Lookup.required(group.title(), "titleBlank");
        String pillar = group.pillar();
        if (pillar != null) {
            Lookup.pillar(plan, pillar);
        }
        List<MeasureGroup> groups = StructureEdits.insertAfterLast(plan.groups(), group,
                g -> pillar != null && pillar.equals(g.pillar()));
        return Change.between(plan, plan.withStructure(plan.pillars(), groups, plan.measures()));
    }
}
