package org.kaname.engine.cost;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;

/**
 * The plan's costs as planned ({@link MeasureCosts#planned}) added up per 支援策 and per pillar: id → 年度 →
 * {@link CostLine}. Keys come in the plan's order (its groups, or its pillars), each only when some measure falls
 * under it; measures without a support measure, or whose support measure has no pillar, are under {@link #NONE},
 * which comes last.
 */
public final class CostTotals {
    /** The key of the measures without a support measure (in {@link #byGroup}) or without a pillar. */
    public static final String NONE = "";

    private CostTotals() {
    }

    /** Per 支援策 (by group id). */
    public static Map<String, SortedMap<Integer, CostLine>> byGroup(Plan plan) {
        return totals(plan, plan.groups().stream().map(MeasureGroup::id).toList(), Measure::group);
    }

    /** Per pillar (by pillar id), through each measure's 支援策. */
    public static Map<String, SortedMap<Integer, CostLine>> byPillar(Plan plan) {
        Map<String, String> pillarOfGroup = new LinkedHashMap<>();
        for (MeasureGroup g : plan.groups()) {
            pillarOfGroup.putIfAbsent(g.id(), g.pillar());
        }
        return totals(plan, plan.pillars().stream().map(Pillar::id).toList(),
                m -> m.group() == null ? null : pillarOfGroup.get(m.group()));
    }

    /** Every year of every measure added up. */
    public static SortedMap<Integer, CostLine> all(Plan plan) {
        SortedMap<Integer, CostLine> sum = new TreeMap<>();
        for (Measure m : plan.measures()) {
            add(sum, MeasureCosts.planned(plan, m));
        }
        return Collections.unmodifiableSortedMap(sum);
    }

    private static Map<String, SortedMap<Integer, CostLine>> totals(Plan plan, Iterable<String> order,
                                                                    Function<Measure, String> keyOf) {
        Map<String, SortedMap<Integer, CostLine>> byKey = new LinkedHashMap<>();
        for (String id : order) {
            byKey.put(id, new TreeMap<>());
        }
        SortedMap<Integer, CostLine> none = new TreeMap<>();
        for (Measure m : plan.measures()) {
            String key = keyOf.apply(m);
            SortedMap<Integer, CostLine> sum = key == null || key.isBlank() ? none
                    : byKey.computeIfAbsent(key, k -> new TreeMap<>());
            add(sum, MeasureCosts.planned(plan, m));
        }
        byKey.put(NONE, none);
        Map<String, SortedMap<Integer, CostLine>> result = new LinkedHashMap<>();
        byKey.forEach((id, sum) -> {
            if (!sum.isEmpty()) {
                result.put(id, Collections.unmodifiableSortedMap(sum));
            }
        });
        return Collections.unmodifiableMap(result);
    }

    private static void add(SortedMap<Integer, CostLine> sum, Iterable<CostLine> lines) {
        for (CostLine l : lines) {
            sum.merge(l.year(), l, CostLine::plus);
        }
    }
}
