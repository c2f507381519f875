package org.kaname.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kaname.engine.Prerequisites;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

/**
 * Makes {@code prerequisite} a prerequisite of {@code measure} ({@code add-prerequisite}), unless that closes a cycle
 * (refused, naming the cycle), or stops it being one ({@code remove-prerequisite}).
 */
public record SetPrerequisite(String measure, String prerequisite, boolean required) implements Edit {
    public static SetPrerequisite add(String measure, String prerequisite) {
        return new SetPrerequisite(measure, prerequisite, true);
    }

    public static SetPrerequisite remove(String measure, String prerequisite) {
        return new SetPrerequisite(measure, prerequisite, false);
    }

    @Override
    public String kind() {
        return required ? "add-prerequisite" : "remove-prerequisite";
    }

    @Override
    public EditTarget target() {
        return EditTarget.measure(measure);
    }

    @Override
    public List<String> arguments() {
        return List.of(measure, prerequisite);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Measure m = Lookup.measure(plan, measure);
        if (m.dependsOn().contains(prerequisite) == required) {
            return Change.NONE;
        }
        List<String> depends = new ArrayList<>(m.dependsOn());
        if (required) {
            Lookup.measure(plan, prerequisite);
            if (prerequisite.equals(measure)) {
                throw new EditRefusedException("cycle", prerequisite, measure + " → " + measure);
            }
            depends.add(prerequisite);
            List<Measure> wouldBe = plan.measures().stream()
                    .map(x -> x.id().equals(measure) ? x.withDependsOn(depends) : x).toList();
            Optional<List<String>> cycle = Prerequisites.findCycle(wouldBe);
            if (cycle.isPresent()) {
                throw new EditRefusedException("cycle", prerequisite, String.join(" → ", cycle.get()));
            }
        } else {
            depends.remove(prerequisite);
        }
        return Change.between(plan,
                StructureEdits.changeMeasure(plan, measure, x -> MeasureDraft.change(x, d -> d.dependsOn = depends)));
    }
}
