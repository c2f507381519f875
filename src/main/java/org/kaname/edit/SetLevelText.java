package org.kaname.edit;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.Scale;

/** Describes one level of a criterion's scale (e.g. 5 = 「直ちに効果が出る」); a blank text removes the description. */
public record SetLevelText(String id, int level, String text) implements Edit {
    public SetLevelText {
        text = text == null ? "" : text.strip();
    }

    @Override
    public String kind() {
        return "set-level-text";
    }

    @Override
    public EditTarget target() {
        return EditTarget.criterion(id);
    }

    @Override
    public List<String> arguments() {
        return List.of(id, String.valueOf(level), Lookup.excerpt(text));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Criterion c = Lookup.criterion(plan, id);
        if (!c.scale().contains(level)) {
            throw new EditRefusedException("levelOutsideScale", String.valueOf(level), id,
                    String.valueOf(c.scale().min()), String.valueOf(c.scale().max()));
        }
        SortedMap<Integer, String> levels = new TreeMap<>(c.scale().levels());
        if (text.isEmpty()) {
            levels.remove(level);
        } else {
            levels.put(level, text);
        }
        return Change.between(plan, CriteriaEdits.replace(plan, new Criterion(c.id(), c.name(), c.description(),
                c.weight(), c.direction(), Scale.of(c.scale().min(), c.scale().max(), levels))));
    }
}
