package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;
import org.kaname.model.Problem;

/** Sets the problems (課題) a measure addresses, kept in the plan's order of problems. */
public record SetAddresses(String measure, List<String> problems) implements Edit {
    public SetAddresses {
        problems = List.copyOf(problems);
    }

    @Override
    public String kind() {
        return "set-addresses";
    }

    @Override
    public EditTarget target() {
        return EditTarget.measure(measure);
    }

    @Override
    public List<String> arguments() {
        return List.of(measure, Lookup.joined(problems));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.measure(plan, measure);
        for (String p : problems) {
            Lookup.problem(plan, p);
        }
        List<String> ordered = plan.problems().stream().map(Problem::id).filter(problems::contains).toList();
        return Change.between(plan,
                StructureEdits.changeMeasure(plan, measure, m -> MeasureDraft.change(m, d -> d.addresses = ordered)));
    }
}
