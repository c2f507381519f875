package org.kaname.edit;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

/**
 * Changes one field of a measure, given as text as a person or a command line gives it ({@link #title}, {@link
 * #initialCost}… build it from typed values). A new id is carried into every reference to the measure (prerequisites,
 * scores, rounds). Kinds {@code change-measure-id}, {@code change-measure-title}, …
 */
public record ChangeMeasure(String id, Field field, String value) implements Edit {
    /** The measure's own fields (its links have their own edits). */
    public enum Field {
        ID, TITLE, DESCRIPTION, OWNER, INITIAL_COST, ANNUAL_COST, DURATION, EARLIEST_START;

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public ChangeMeasure {
        value = value == null ? "" : value;
    }

    public static ChangeMeasure id(String id, String newId) {
        return new ChangeMeasure(id, Field.ID, newId);
    }

    public static ChangeMeasure title(String id, String title) {
        return new ChangeMeasure(id, Field.TITLE, title);
    }

    public static ChangeMeasure description(String id, String description) {
        return new ChangeMeasure(id, Field.DESCRIPTION, description);
    }

    public static ChangeMeasure owner(String id, String owner) {
        return new ChangeMeasure(id, Field.OWNER, owner);
    }

    public static ChangeMeasure initialCost(String id, long yen) {
        return new ChangeMeasure(id, Field.INITIAL_COST, Long.toString(yen));
    }

    public static ChangeMeasure annualCost(String id, long yen) {
        return new ChangeMeasure(id, Field.ANNUAL_COST, Long.toString(yen));
    }

    public static ChangeMeasure duration(String id, int years) {
        return new ChangeMeasure(id, Field.DURATION, Integer.toString(years));
    }

    /** The earliest fiscal year the measure can start; null for none. */
    public static ChangeMeasure earliestStart(String id, Integer year) {
        return new ChangeMeasure(id, Field.EARLIEST_START, year == null ? "" : year.toString());
    }

    @Override
    public String kind() {
        return "change-measure-" + field.code();
    }

    @Override
    public EditTarget target() {
        return EditTarget.measure(id);
    }

    @Override
    public List<String> arguments() {
        String shown = switch (field) {
            case DESCRIPTION -> Lookup.excerpt(value);
            case INITIAL_COST, ANNUAL_COST -> yenText(value.strip());
            case EARLIEST_START -> value.isBlank() ? "—" : value.strip();
            default -> value.strip();
        };
        return List.of(id, shown);
    }

    private static String yenText(String value) {
        try {
            return Lookup.yen(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.measure(plan, id);
        String t = value.strip();
        Consumer<MeasureDraft> change = switch (field) {
            case ID -> {
                if (t.equals(id)) {
                    yield null;
                }
                Lookup.freeId(plan.measures().stream().map(Measure::id).toList(), t);
                yield d -> d.id = t;
            }
            case TITLE -> {
                String title = Lookup.required(t, "titleBlank");
                yield d -> d.title = title;
            }
            case DESCRIPTION -> d -> d.description = value;
            case OWNER -> d -> d.owner = t;
            case INITIAL_COST -> {
                long yen = amount(t);
                yield d -> d.initialCost = yen;
            }
            case ANNUAL_COST -> {
                long yen = amount(t);
                yield d -> d.annualCost = yen;
            }
            case DURATION -> {
                int years = whole(t, "notWhole");
                if (years < 1) {
                    throw new EditRefusedException("durationShort");
                }
                yield d -> d.durationYears = years;
            }
            case EARLIEST_START -> {
                Integer year = t.isEmpty() ? null : whole(t, "notYear");
                yield d -> d.earliestStart = year;
            }
        };
        if (change == null) {
            return Change.NONE;
        }
        return Change.between(plan, StructureEdits.changeMeasure(plan, id, m -> MeasureDraft.change(m, change)));
    }

    private static long amount(String text) throws EditRefusedException {
        long yen;
        try {
            yen = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new EditRefusedException("notAmount", text);
        }
        if (yen < 0) {
            throw new EditRefusedException("negativeAmount");
        }
        return yen;
    }

    private static int whole(String text, String key) throws EditRefusedException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new EditRefusedException(key, text);
        }
    }
}
