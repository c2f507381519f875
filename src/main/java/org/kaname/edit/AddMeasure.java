package org.kaname.edit;

import java.util.List;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

/** Adds a measure (施策) after the last measure of its group, so it shows there. */
public record AddMeasure(Measure measure) implements Edit {
    /**
     * An id for a new measure of {@code group}: the group's id, a hyphen and the first free number from the group's
     * size + 1 ({@code S1-4}); {@code MN} for a measure outside any group.
     */
    public static String newId(Plan plan, String group) {
        long inGroup = plan.measures().stream().filter(m -> group != null && group.equals(m.group())).count();
        return Lookup.newId(group == null ? "M" : group + "-", (int) inGroup + 1,
                plan.measures().stream().map(Measure::id).toList());
    }

    @Override
    public String kind() {
        return "add-measure";
    }

    @Override
    public EditTarget target() {
        return EditTarget.measure(measure.id());
    }

    @Override
    public List<String> arguments() {
        return List.of(measure.id(), measure.title());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.freeId(plan.measures().stream().map(Measure::id).toList(), measure.id());
        Lookup.required(measure.title(), "titleBlank");
        String group = measure.group();
        List<Measure> measures = StructureEdits.insertAfterLast(plan.measures(), measure,
                m -> group != null && group.equals(m.group()));
        return Change.between(plan, plan.withMeasures(measures));
    }
}
