package org.kaname.edit;

import java.util.List;
import org.kaname.model.Evidence;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.model.Problem;

/** Replaces the evidence (根拠) of a measure, a support measure or a problem: {@code set-measure-evidence}, … */
public record SetEvidence(Holder holder, String id, List<Evidence> evidence) implements Edit {
    public SetEvidence {
        evidence = List.copyOf(evidence);
    }

    @Override
    public String kind() {
        return "set-" + holder.code() + "-evidence";
    }

    @Override
    public EditTarget target() {
        return holder == Holder.MEASURE ? EditTarget.measure(id) : EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(id, String.valueOf(evidence.size()));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Plan after = switch (holder) {
            case MEASURE -> {
                Lookup.measure(plan, id);
                yield StructureEdits.changeMeasure(plan, id, m -> MeasureDraft.change(m, d -> d.evidence = evidence));
            }
            case GROUP -> {
                Lookup.group(plan, id);
                yield StructureEdits.changeGroup(plan, id,
                        g -> new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(), g.indicators(), evidence));
            }
            case PROBLEM -> {
                Lookup.problem(plan, id);
                yield StructureEdits.changeProblem(plan, id, p -> new Problem(p.id(), p.stakeholder(), p.title(),
                        p.description(), p.consequence(), evidence));
            }
        };
        return Change.between(plan, after);
    }
}
