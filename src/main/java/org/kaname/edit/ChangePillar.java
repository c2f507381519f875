package org.kaname.edit;

import java.util.List;
import java.util.Locale;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;

/** Changes a pillar's (柱) name or description: {@code change-pillar-name}, {@code change-pillar-description}. */
public record ChangePillar(String id, Field field, String value) implements Edit {
    public enum Field {
        NAME, DESCRIPTION;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ChangePillar {
        value = value == null ? "" : value;
    }

    @Override
    public String kind() {
        return "change-pillar-" + field.code();
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(id, field == Field.DESCRIPTION ? Lookup.excerpt(value) : value.strip());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.pillar(plan, id);
        if (field == Field.NAME) {
            String name = Lookup.required(value, "nameBlank");
            return Change.between(plan, StructureEdits.changePillar(plan, id,
                    x -> new Pillar(x.id(), name, x.description())));
        }
        return Change.between(plan, StructureEdits.changePillar(plan, id,
                x -> new Pillar(x.id(), x.name(), value)));
    }
}
