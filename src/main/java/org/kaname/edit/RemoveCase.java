package org.kaname.edit;

import java.util.ArrayList;
import java.util.List;
import org.kaname.model.PeerCase;
import org.kaname.model.Plan;

/**
 * Removes the peer case (先進事例) at {@code index}. Cases have no id, so the edit also names the case's
 * municipality, and is refused if the case there is another one (the list changed since it was shown).
 */
public record RemoveCase(int index, String municipality) implements Edit {
    @Override
    public String kind() {
        return "remove-case";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(String.valueOf(index + 1), municipality);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        PeerCase c = Lookup.peerCase(plan, index);
        if (!c.municipality().equals(municipality)) {
            throw new EditRefusedException("caseMoved", String.valueOf(index + 1), municipality);
        }
        List<PeerCase> cases = new ArrayList<>(plan.cases());
        cases.remove(index);
        return Change.between(plan, PlanHead.withCases(plan, cases));
    }
}
