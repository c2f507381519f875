package org.kaname.edit;

import java.util.List;
import java.util.TreeMap;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.Scale;

/**
 * Gives a criterion a new scale {@code min} to {@code max}; level descriptions outside it are dropped. Refused while
 * scores (of the plan or of a workshop round) lie outside the new range.
 */
public record SetScale(String id, int min, int max) implements Edit {
    @Override
    public String kind() {
        return "set-scale";
    }

    @Override
    public EditTarget target() {
        return EditTarget.criterion(id);
    }

    @Override
    public List<String> arguments() {
        return List.of(id, String.valueOf(min), String.valueOf(max));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Criterion c = Lookup.criterion(plan, id);
        if (min >= max) {
            throw new EditRefusedException("scaleReversed", String.valueOf(min), String.valueOf(max));
        }
        Scale scale = Scale.of(min, max, new TreeMap<>(c.scale().levels().subMap(min, max + 1)));
        long outside = plan.scores().stream().filter(s -> s.criterion().equals(id) && !scale.contains(s.value()))
                .count()
                + plan.rounds().stream().flatMap(r -> r.scores().stream())
                .filter(s -> s.criterion().equals(id) && !scale.contains(s.value())).count();
        if (outside > 0) {
            throw new EditRefusedException("scoresOutsideScale", id, String.valueOf(outside), String.valueOf(min),
                    String.valueOf(max));
        }
        return Change.between(plan, CriteriaEdits.replace(plan,
                new Criterion(c.id(), c.name(), c.description(), c.weight(), c.direction(), scale)));
    }
}
