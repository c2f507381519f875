package org.kaname.edit;

import java.util.List;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;

/**
 * Adds a criterion (評価基準) at the end. So that the weighting stays complete it enters an AHP matrix as equal to
 * every other criterion and the end of a ranking; the stored weights are derived again.
 */
public record AddCriterion(Criterion criterion) implements Edit {
    /** A criterion id not yet used in the plan: {@code c1}, {@code c2}, … from the number of criteria + 1. */
    public static String newId(Plan plan) {
        return Lookup.newId("c", plan.criteria().size() + 1, plan.criteria().stream().map(Criterion::id).toList());
    }

    @Override
    public String kind() {
        return "add-criterion";
    }

    @Override
    public EditTarget target() {
        return EditTarget.criterion(criterion.id());
    }

    @Override
    public List<String> arguments() {
        return List.of(criterion.id(), criterion.name());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.freeId(plan.criteria().stream().map(Criterion::id).toList(), criterion.id());
        Lookup.required(criterion.name(), "nameBlank");
        Plan after = Lookup.engine(() -> CriteriaEdits.add(plan, criterion), "weightsUnavailable");
        return Change.between(plan, after);
    }
}
