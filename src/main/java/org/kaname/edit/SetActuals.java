package org.kaname.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/**
 * Actuals (実績値) of indicators, many at once, as one edit ({@code set-actuals}): a whole import of an actuals sheet
 * or CSV is one undo step and one journal entry. Each entry replaces the actual of its indicator and 年度; an entry
 * with no actual clears it. A later entry for the same indicator and 年度 wins. {@code source} names where they came
 * from (the file name), for the history; empty when typed in.
 *
 * <p>Refused whole, naming the first problem: an indicator id not in the plan, a qualitative indicator (no baseline
 * and no target: its actual could not be graded, and a number put there would read as if it were; give it a target
 * first), or a 年度 outside the plan period. Clearing is allowed for any 年度, so an actual left outside a shortened
 * period can still be removed.
 */
public record SetActuals(List<Entry> entries, String source) implements Edit {
    /** The actual of {@code indicatorId} for {@code year}; {@code actual} null clears it. */
    public record Entry(String indicatorId, int year, IndicatorActual actual) {
        public Entry {
            Objects.requireNonNull(indicatorId, "indicatorId");
            if (actual != null && actual.year() != year) {
                throw new IllegalArgumentException("actual of " + actual.year() + " given for " + year);
            }
        }

        public static Entry of(String indicatorId, IndicatorActual actual) {
            return new Entry(indicatorId, actual.year(), actual);
        }

        public static Entry cleared(String indicatorId, int year) {
            return new Entry(indicatorId, year, null);
        }
    }

    public SetActuals {
        entries = List.copyOf(entries);
        source = source == null ? "" : source;
    }

    public SetActuals(List<Entry> entries) {
        this(entries, "");
    }

    @Override
    public String kind() {
        return "set-actuals";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(String.valueOf(entries.size()), source.isEmpty() ? "-" : source);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Map<String, Indicator> byId = new HashMap<>();
        for (MeasureGroup g : plan.groups()) {
            g.indicators().forEach(i -> byId.putIfAbsent(i.id(), i));
        }
        for (Measure m : plan.measures()) {
            m.indicators().forEach(i -> byId.putIfAbsent(i.id(), i));
        }
        Map<String, Map<Integer, Entry>> wanted = new LinkedHashMap<>();
        for (Entry e : entries) {
            Indicator indicator = e.indicatorId().isEmpty() ? null : byId.get(e.indicatorId());
            if (indicator == null) {
                throw new EditRefusedException("unknownIndicator", e.indicatorId());
            }
            if (e.actual() != null) {
                if (!indicator.isNumeric()) {
                    throw new EditRefusedException("qualitativeActual", e.indicatorId(), indicator.name());
                }
                if (!plan.fiscalYears().contains(e.year())) {
                    throw new EditRefusedException("outsideHorizon", String.valueOf(e.year()),
                            String.valueOf(plan.fiscalYears().start()), String.valueOf(plan.fiscalYears().end()));
                }
            }
            wanted.computeIfAbsent(e.indicatorId(), k -> new LinkedHashMap<>()).put(e.year(), e);
        }
        List<MeasureGroup> groups = new ArrayList<>(plan.groups().size());
        boolean groupsChanged = false;
        for (MeasureGroup g : plan.groups()) {
            List<Indicator> now = changed(g.indicators(), wanted);
            groupsChanged |= now != g.indicators();
            groups.add(now == g.indicators() ? g
                    : new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(), now, g.evidence()));
        }
        List<Measure> measures = new ArrayList<>(plan.measures().size());
        boolean measuresChanged = false;
        for (Measure m : plan.measures()) {
            List<Indicator> now = changed(m.indicators(), wanted);
            measuresChanged |= now != m.indicators();
            measures.add(now == m.indicators() ? m : m.withIndicators(now));
        }
        if (!groupsChanged && !measuresChanged) {
            return Change.NONE;
        }
        return Change.between(plan, plan.withStructure(plan.pillars(), groupsChanged ? groups : plan.groups(),
                measuresChanged ? measures : plan.measures()));
    }

    /** {@code indicators} with the wanted actuals; the same list when none of them changes. */
    private static List<Indicator> changed(List<Indicator> indicators, Map<String, Map<Integer, Entry>> wanted) {
        List<Indicator> out = null;
        for (int k = 0; k < indicators.size(); k++) {
            Indicator i = indicators.get(k);
            Map<Integer, Entry> mine = wanted.get(i.id());
            Indicator next = i;
            if (mine != null) {
                for (Entry e : mine.values()) {
                    next = e.actual() == null ? next.withoutActual(e.year()) : next.withActual(e.actual());
                }
            }
            if (!next.actuals().equals(i.actuals()) && out == null) {
                out = new ArrayList<>(indicators.subList(0, k));
            }
            if (out != null) {
                out.add(next.actuals().equals(i.actuals()) ? i : next);
            }
        }
        return out == null ? indicators : List.copyOf(out);
    }
}
