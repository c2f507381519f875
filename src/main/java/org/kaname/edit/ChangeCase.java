package org.kaname.edit;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.kaname.model.Evidence;
import org.kaname.model.MeasureGroup;
import org.kaname.model.PeerCase;
import org.kaname.model.Plan;

/**
 * Changes the peer case (先進事例) at {@code index} (cases have no id): one of its texts ({@link #text}), its sources
 * ({@link #sources}) or the support measures it relates to ({@link #groups}, kept in the plan's order). Kinds
 * {@code change-case-municipality}, …, {@code change-case-sources}, {@code change-case-groups}.
 */
public record ChangeCase(int index, Field field, String value, List<Evidence> sources, List<String> groups)
        implements Edit {
    public enum Field {
        MUNICIPALITY, TITLE, SUMMARY, SUCCESS_FACTORS, RESULTS, SOURCES, GROUPS;

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public ChangeCase {
        value = value == null ? "" : value;
        sources = sources == null ? List.of() : List.copyOf(sources);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** One of the case's texts (not {@code SOURCES} or {@code GROUPS}). */
    public static ChangeCase text(int index, Field field, String value) {
        if (field == Field.SOURCES || field == Field.GROUPS) {
            throw new IllegalArgumentException(field.name());
        }
        return new ChangeCase(index, field, value, null, null);
    }

    public static ChangeCase sources(int index, List<Evidence> sources) {
        return new ChangeCase(index, Field.SOURCES, "", sources, null);
    }

    public static ChangeCase groups(int index, List<String> groups) {
        return new ChangeCase(index, Field.GROUPS, "", null, groups);
    }

    @Override
    public String kind() {
        return "change-case-" + field.code();
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        String shown = switch (field) {
            case SOURCES -> String.valueOf(sources.size());
            case GROUPS -> Lookup.joined(groups);
            default -> Lookup.excerpt(value);
        };
        return List.of(String.valueOf(index + 1), shown);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.peerCase(plan, index);
        String t = value.strip();
        UnaryOperator<PeerCase> change = switch (field) {
            case MUNICIPALITY -> {
                String m = Lookup.required(t, "municipalityBlank");
                yield c -> new PeerCase(m, c.title(), c.summary(), c.successFactors(), c.results(), c.sources(),
                        c.groups());
            }
            case TITLE -> {
                String title = Lookup.required(t, "titleBlank");
                yield c -> new PeerCase(c.municipality(), title, c.summary(), c.successFactors(), c.results(),
                        c.sources(), c.groups());
            }
            case SUMMARY -> c -> new PeerCase(c.municipality(), c.title(), value, c.successFactors(), c.results(),
                    c.sources(), c.groups());
            case SUCCESS_FACTORS -> c -> new PeerCase(c.municipality(), c.title(), c.summary(), value, c.results(),
                    c.sources(), c.groups());
            case RESULTS -> c -> new PeerCase(c.municipality(), c.title(), c.summary(), c.successFactors(), value,
                    c.sources(), c.groups());
            case SOURCES -> c -> new PeerCase(c.municipality(), c.title(), c.summary(), c.successFactors(),
                    c.results(), sources, c.groups());
            case GROUPS -> {
                for (String g : groups) {
                    Lookup.group(plan, g);
                }
                List<String> ordered = plan.groups().stream().map(MeasureGroup::id).filter(groups::contains).toList();
                yield c -> new PeerCase(c.municipality(), c.title(), c.summary(), c.successFactors(), c.results(),
                        c.sources(), ordered);
            }
        };
        return Change.between(plan, StructureEdits.changeCase(plan, index, change));
    }
}
