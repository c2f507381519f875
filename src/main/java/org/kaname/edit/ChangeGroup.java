package org.kaname.edit;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/**
 * Changes one field of a support measure (支援策): its title, its purpose, or the pillar it belongs to (an empty
 * value: none). Kinds {@code change-group-title}, {@code change-group-purpose}, {@code change-group-pillar}.
 */
public record ChangeGroup(String id, Field field, String value) implements Edit {
    public enum Field {
        TITLE, PURPOSE, PILLAR;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ChangeGroup {
        value = value == null ? "" : value;
    }

    @Override
    public String kind() {
        return "change-group-" + field.code();
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(id, field == Field.PURPOSE ? Lookup.excerpt(value) : value.strip());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.group(plan, id);
        UnaryOperator<MeasureGroup> change = switch (field) {
            case TITLE -> {
                String title = Lookup.required(value, "titleBlank");
                yield g -> new MeasureGroup(g.id(), g.pillar(), title, g.purpose(), g.indicators(), g.evidence());
            }
            case PURPOSE -> g -> new MeasureGroup(g.id(), g.pillar(), g.title(), value, g.indicators(),
                    g.evidence());
            case PILLAR -> {
                String pillar = value.isBlank() ? null : value.strip();
                if (pillar != null) {
                    Lookup.pillar(plan, pillar);
                }
                yield g -> new MeasureGroup(g.id(), pillar, g.title(), g.purpose(), g.indicators(), g.evidence());
            }
        };
        return Change.between(plan, StructureEdits.changeGroup(plan, id, change));
    }
}
