package org.kaname.edit;

import java.text.NumberFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.kaname.engine.EngineException;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.PeerCase;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.model.Rater;
import org.kaname.model.Scenario;

/**
 * The checks the named edits share: finding what an edit is about (or refusing with the kind of thing and its id),
 * required texts, fresh ids, and engine calls whose English exception becomes a refusal with a key.
 */
final class Lookup {
    private static final int EXCERPT = 30;

    private Lookup() {
    }

    static Measure measure(Plan plan, String id) throws EditRefusedException {
        return plan.measure(id).orElseThrow(() -> new EditRefusedException("unknownMeasure", id));
    }

    static MeasureGroup group(Plan plan, String id) throws EditRefusedException {
        return plan.group(id).orElseThrow(() -> new EditRefusedException("unknownGroup", id));
    }

    static Pillar pillar(Plan plan, String id) throws EditRefusedException {
        return plan.pillars().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new EditRefusedException("unknownPillar", id));
    }

    static Problem problem(Plan plan, String id) throws EditRefusedException {
        return plan.problems().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new EditRefusedException("unknownProblem", id));
    }

    /** The peer case at {@code index} (cases have no id; the refusal counts from 1, as people do). */
    static PeerCase peerCase(Plan plan, int index) throws EditRefusedException {
        if (index < 0 || index >= plan.cases().size()) {
            throw new EditRefusedException("unknownCase", String.valueOf(index + 1));
        }
        return plan.cases().get(index);
    }

    static Criterion criterion(Plan plan, String id) throws EditRefusedException {
        return plan.criterion(id).orElseThrow(() -> new EditRefusedException("unknownCriterion", id));
    }

    static Rater rater(Plan plan, String id) throws EditRefusedException {
        return plan.raters().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new EditRefusedException("unknownRater", id));
    }

    static Scenario scenario(Plan plan, String name) throws EditRefusedException {
        return plan.scenarios().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new EditRefusedException("unknownScenario", name));
    }

    /** Refuses {@code id} when it is blank or already used. */
    static void freeId(Collection<String> taken, String id) throws EditRefusedException {
        if (id == null || id.isBlank()) {
            throw new EditRefusedException("idBlank");
        }
        if (taken.contains(id)) {
            throw new EditRefusedException("duplicateId", id);
        }
    }

    /** {@code text} stripped; refused with {@code key} when blank. */
    static String required(String text, String key) throws EditRefusedException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new EditRefusedException(key);
        }
        return t;
    }

    /** {@code prefix} followed by the smallest number from {@code from} that makes an id not in {@code taken}. */
    static String newId(String prefix, int from, Collection<String> taken) {
        int n = from;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    /**
     * Calls the engine; its exception (English, for the log) becomes a refusal with {@code key}, keeping the
     * engine's exception as the cause so the log can say what exactly.
     */
    static <T> T engine(Supplier<T> call, String key, String... arguments) throws EditRefusedException {
        try {
            return call.get();
        } catch (EngineException e) {
            EditRefusedException refused = new EditRefusedException(key, arguments);
            refused.initCause(e);
            throw refused;
        }
    }

    /** The start of a long text, on one line, for an edit's description. */
    static String excerpt(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT - 1) + "…";
    }

    /** Yen with digit grouping, as planners write amounts: 1,200,000. */
    static String yen(long amount) {
        return NumberFormat.getIntegerInstance(Locale.US).format(amount);
    }

    static String joined(List<String> items) {
        return String.join(", ", items);
    }
}
