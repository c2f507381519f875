package org.kaname.edit;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.model.Stakeholder;

/**
 * Changes one field of a problem (課題); a new id is carried into the measures that address it. The stakeholder is
 * given by its code ({@code residents}, {@code community}, {@code administration}). Kinds
 * {@code change-problem-id}, {@code change-problem-title}, …
 */
public record ChangeProblem(String id, Field field, String value) implements Edit {
    public enum Field {
        ID, TITLE, DESCRIPTION, CONSEQUENCE, STAKEHOLDER;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ChangeProblem {
        value = value == null ? "" : value;
    }

    public static ChangeProblem stakeholder(String id, Stakeholder stakeholder) {
        return new ChangeProblem(id, Field.STAKEHOLDER, stakeholder.code());
    }

    @Override
    public String kind() {
        return "change-problem-" + field.code();
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(id, field == Field.DESCRIPTION || field == Field.CONSEQUENCE ? Lookup.excerpt(value)
                : value.strip());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.problem(plan, id);
        String t = value.strip();
        UnaryOperator<Problem> change = switch (field) {
            case ID -> {
                if (t.equals(id)) {
                    yield null;
                }
                Lookup.freeId(plan.problems().stream().map(Problem::id).toList(), t);
                yield p -> new Problem(t, p.stakeholder(), p.title(), p.description(), p.consequence(), p.evidence());
            }
            case TITLE -> {
                String title = Lookup.required(t, "titleBlank");
                yield p -> new Problem(p.id(), p.stakeholder(), title, p.description(), p.consequence(), p.evidence());
            }
            case DESCRIPTION -> p -> new Problem(p.id(), p.stakeholder(), p.title(), value, p.consequence(),
                    p.evidence());
            case CONSEQUENCE -> p -> new Problem(p.id(), p.stakeholder(), p.title(), p.description(), value,
                    p.evidence());
            case STAKEHOLDER -> {
                Stakeholder s = stakeholder(t);
                yield p -> new Problem(p.id(), s, p.title(), p.description(), p.consequence(), p.evidence());
            }
        };
        return change == null ? Change.NONE : Change.between(plan, StructureEdits.changeProblem(plan, id, change));
    }

    private static Stakeholder stakeholder(String code) throws EditRefusedException {
        try {
            return Stakeholder.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new EditRefusedException("unknownStakeholder", code);
        }
    }
}
