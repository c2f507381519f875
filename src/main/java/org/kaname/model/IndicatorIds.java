package org.kaname.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every indicator without an id a stable one, unique within the plan: its owner's id (the support measure or
 * measure it belongs to), the kind's code and a number counted within that owner and code, e.g. {@code S1-KGI-1},
 * {@code S1-KPI-2}. Ids already present are kept and never reused; the same plan always gets the same ids.
 */
public final class IndicatorIds {
    private IndicatorIds() {
    }

    /** The code used in ids: KGI, KSI, or KPI for both outcome and output. */
    public static String code(IndicatorKind kind) {
        return switch (kind) {
            case KGI -> "KGI";
            case KSI -> "KSI";
            case KPI_OUTCOME, KPI_OUTPUT -> "KPI";
        };
    }

    /** {@code plan} with ids given to the indicators that have none; the same plan when all have one. */
    public static Plan assignMissing(Plan plan) {
        Set<String> taken = new HashSet<>();
        boolean missing = false;
        for (MeasureGroup g : plan.groups()) {
            missing |= collect(g.indicators(), taken);
        }
        for (Measure m : plan.measures()) {
            missing |= collect(m.indicators(), taken);
        }
        if (!missing) {
            return plan;
        }
        List<MeasureGroup> groups = new ArrayList<>();
        for (MeasureGroup g : plan.groups()) {
            groups.add(new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(),
                    assign(g.id(), g.indicators(), taken), g.evidence()));
        }
        List<Measure> measures = new ArrayList<>();
        for (Measure m : plan.measures()) {
            measures.add(m.withIndicators(assign(m.id(), m.indicators(), taken)));
        }
        return plan.withStructure(plan.pillars(), groups, measures);
    }

    /**
     * {@code owner-CODE-n}, with the owner's id shortened (whole characters from its end) when the id would be longer
     * than an id may be ({@link Limits#CODE_LENGTH}); the number keeps shortened ids apart.
     */
    static String id(String owner, IndicatorKind kind, int n) {
        String suffix = "-" + code(kind) + "-" + n;
        String head = owner;
        while (head.length() + suffix.length() > Limits.CODE_LENGTH && !head.isEmpty()) {
            head = head.substring(0, head.offsetByCodePoints(head.length(), -1));
        }
        return head + suffix;
    }

    /** Adds the ids present to {@code taken}; true when some indicator has none. */
    private static boolean collect(List<Indicator> indicators, Set<String> taken) {
        boolean missing = false;
        for (Indicator i : indicators) {
            if (i.id().isEmpty()) {
                missing = true;
            } else {
                taken.add(i.id());
            }
        }
        return missing;
    }

    /** {@code indicators} of {@code owner} with ids where they had none, marking the new ids taken. */
    public static List<Indicator> assign(String owner, List<Indicator> indicators, Set<String> taken) {
        List<Indicator> out = new ArrayList<>(indicators.size());
        for (Indicator i : indicators) {
            if (!i.id().isEmpty()) {
                out.add(i);
                continue;
            }
            int n = 1;
            while (taken.contains(id(owner, i.kind(), n))) {
                n++;
            }
            String id = id(owner, i.kind(), n);
            taken.add(id);
            out.add(i.withId(id));
        }
        return out;
    }
}
