package org.kaname.engine.cost;

import java.util.ArrayList;
import java.util.List;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;

/**
 * A measure's costs by 年度, in either of its two forms (see {@link Measure}).
 * <ul>
 *   <li>By 年度 ({@code yearCosts} given): one line per year given, 人件費 = 人工 ×
 *       {@code plan.followUp().personnelRate()} rounded to the yen (0 while the 単価 is unset). Years between two
 *       given years cost nothing and have no line.</li>
 *   <li>The simple form: {@code initialCost + annualCost} in the first year and {@code annualCost} in each later one,
 *       for {@code durationYears} (at least one), all of it 事業費 with no specific 財源. The first year is the
 *       measure's {@code pinnedStart}, else its {@code earliestStart}, else the plan's first year.</li>
 * </ul>
 * The years are the measure's phases as planned; {@link #startingIn} moves them together to another start, as the
 * roadmap does when it places the measure later.
 */
public final class MeasureCosts {
    private MeasureCosts() {
    }

    /** The measure's cost per 年度 as planned, in year order. */
    public static List<CostLine> planned(Plan plan, Measure measure) {
        if (measure.hasYearCosts()) {
            long rate = plan.followUp().personnelRate();
            List<CostLine> lines = new ArrayList<>(measure.yearCosts().size());
            for (YearCost c : measure.yearCosts()) {
                lines.add(CostLine.of(c, rate));
            }
            return List.copyOf(lines);
        }
        return simpleForm(measure, plannedStart(plan, measure));
    }

    /** The planned phases moved so that the first falls in {@code start}; the gaps between them stay. */
    public static List<CostLine> startingIn(Plan plan, Measure measure, int start) {
        if (!measure.hasYearCosts()) {
            return simpleForm(measure, start);
        }
        List<CostLine> planned = planned(plan, measure);
        int shift = start - planned.get(0).year();
        return planned.stream().map(l -> l.inYear(l.year() + shift)).toList();
    }

    /**
     * 事業費 + 人件費 in each year the measure runs, counted from its first year (index 0), gaps included as 0: what
     * the roadmap places and holds against the budget. Its length is how many years the measure runs, at least 1.
     */
    public static long[] phaseTotals(Plan plan, Measure measure) {
        List<CostLine> lines = planned(plan, measure);
        int first = lines.get(0).year();
        long[] totals = new long[lines.get(lines.size() - 1).year() - first + 1];
        for (CostLine l : lines) {
            totals[l.year() - first] += l.total();
        }
        return totals;
    }

    /** The first 年度 of the measure as planned: its pin, else its earliest start, else the plan's first year. */
    public static int plannedStart(Plan plan, Measure measure) {
        if (measure.hasYearCosts()) {
            return measure.yearCosts().get(0).year();
        }
        if (measure.pinnedStart() != null) {
            return measure.pinnedStart();
        }
        if (measure.earliestStart() != null) {
            return measure.earliestStart();
        }
        return plan.fiscalYears().start();
    }

    private static List<CostLine> simpleForm(Measure measure, int start) {
        int years = Math.max(1, measure.durationYears());
        List<CostLine> lines = new ArrayList<>(years);
        for (int k = 0; k < years; k++) {
            long project = k == 0 ? measure.initialCost() + measure.annualCost() : measure.annualCost();
            lines.add(new CostLine(start + k, project, 0, 0, 0, 0));
        }
        return List.copyOf(lines);
    }
}
