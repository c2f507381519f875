package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;

/**
 * Pins a measure's start on the roadmap to a fiscal year within the plan's horizon ({@code pin-start}), or with
 * {@code year} null lets the scheduler place it again ({@code unpin-start}).
 */
public record PinStart(String measure, Integer year) implements Edit {
    public static PinStart unpin(String measure) {
        return new PinStart(measure, null);
    }

    @Override
    public String kind() {
        return year == null ? "unpin-start" : "pin-start";
    }

    @Override
    public EditTarget target() {
        return EditTarget.measure(measure);
    }

    @Override
    public List<String> arguments() {
        return year == null ? List.of(measure) : List.of(measure, year.toString());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.measure(plan, measure);
        if (year != null && !plan.fiscalYears().contains(year)) {
            throw new EditRefusedException("outsideHorizon", year.toString(),
                    String.valueOf(plan.fiscalYears().start()), String.valueOf(plan.fiscalYears().end()));
        }
        return Change.between(plan, StructureEdits.changeMeasure(plan, measure, m -> m.withPinnedStart(year)));
    }
}
