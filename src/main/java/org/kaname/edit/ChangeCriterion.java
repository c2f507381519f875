package org.kaname.edit;

import java.util.List;
import java.util.Locale;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.Plan;

/**
 * Changes a criterion's name, description or direction (given by its code, {@code benefit} or {@code cost}). Kinds
 * {@code change-criterion-name}, {@code change-criterion-description}, {@code change-criterion-direction}.
 */
public record ChangeCriterion(String id, Field field, String value) implements Edit {
    public enum Field {
        NAME, DESCRIPTION, DIRECTION;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ChangeCriterion {
        value = value == null ? "" : value;
    }

    public static ChangeCriterion direction(String id, Direction direction) {
        return new ChangeCriterion(id, Field.DIRECTION, direction.code());
    }

    @Override
    public String kind() {
        return "change-criterion-" + field.code();
    }

    @Override
    public EditTarget target() {
        return EditTarget.criterion(id);
    }

    @Override
    public List<String> arguments() {
        return List.of(id, field == Field.DESCRIPTION ? Lookup.excerpt(value) : value.strip());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Criterion c = Lookup.criterion(plan, id);
        Criterion changed = switch (field) {
            case NAME -> new Criterion(c.id(), Lookup.required(value, "nameBlank"), c.description(), c.weight(),
                    c.direction(), c.scale());
            case DESCRIPTION -> new Criterion(c.id(), c.name(), value, c.weight(), c.direction(), c.scale());
            case DIRECTION -> new Criterion(c.id(), c.name(), c.description(), c.weight(), direction(value.strip()),
                    c.scale());
        };
        return Change.between(plan, CriteriaEdits.replace(plan, changed));
    }

    private static Direction direction(String code) throws EditRefusedException {
        try {
            return Direction.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new EditRefusedException("unknownDirection", code);
        }
    }
}
