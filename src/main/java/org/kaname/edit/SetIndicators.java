package org.kaname.edit;

import java.util.List;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorIds;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/** Replaces the indicators (指標) of a measure or a support measure: {@code set-measure-indicators}, … */
public record SetIndicators(Holder holder, String id, List<Indicator> indicators) implements Edit {
    public SetIndicators {
        if (holder == Holder.PROBLEM) {
            throw new IllegalArgumentException("problems have no indicators");
        }
        indicators = List.copyOf(indicators);
    }

    @Override
    public String kind() {
        return "set-" + holder.code() + "-indicators";
    }

    @Override
    public EditTarget target() {
        return holder == Holder.MEASURE ? EditTarget.measure(id) : EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(id, String.valueOf(indicators.size()));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        if (holder == Holder.MEASURE) {
            Lookup.measure(plan, id);
            return Change.between(plan, IndicatorIds.assignMissing(
                    StructureEdits.changeMeasure(plan, id, m -> MeasureDraft.change(m, d -> d.indicators = indicators))));
        }
        Lookup.group(plan, id);
        return Change.between(plan, IndicatorIds.assignMissing(StructureEdits.changeGroup(plan, id,
                g -> new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(), indicators, g.evidence()))));
    }
}
