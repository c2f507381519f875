package org.kaname.edit;

import java.util.ArrayList;
import java.util.List;
import org.kaname.model.PeerCase;
import org.kaname.model.Plan;

/** Adds a peer case (先進事例) after the others. */
public record AddCase(PeerCase peerCase) implements Edit {
    @Override
    public String kind() {
        return "add-case";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(peerCase.municipality(), peerCase.title());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.required(peerCase.municipality(), "municipalityBlank");
        Lookup.required(peerCase.title(), "titleBlank");
        List<PeerCase> cases = new ArrayList<>(plan.cases());
        cases.add(peerCase);
        return Change.between(plan, PlanHead.withCases(plan, cases));
    }
}
