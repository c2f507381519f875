package org.kaname.edit;

import java.util.ArrayList;
import java.util.List;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;

/** Adds a pillar (柱) after the others. */
public record AddPillar(Pillar pillar) implements Edit {
    /** An id for a new pillar: {@code pillarN}, the first N from the number of pillars + 1 that is free. */
    public static String newId(Plan plan) {
        return Lookup.newId("pillar", plan.pillars().size() + 1, plan.pillars().stream().map(Pillar::id).toList());
    }

    @Override
    public String kind() {
        return "add-pillar";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(pillar.id(), pillar.name());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.freeId(plan.pillars().stream().map(Pillar::id).toList(), pillar.id());
        Lookup.required(pillar.name(), "nameBlank");
        List<Pillar> pillars = new ArrayList<>(plan.pillars());
        pillars.add(pillar);
        return Change.between(plan, plan.withStructure(pillars, plan.groups(), plan.measures()));
    }
}
