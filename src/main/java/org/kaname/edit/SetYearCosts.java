package org.kaname.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kaname.model.CostItem;
import org.kaname.model.Limits;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;

/**
 * Sets a measure's costs by 年度 in the 行政 form ({@code set-year-costs}): 事業費 with its breakdown, 人工 and 財源 for
 * each year. An empty list returns the measure to the simple initial-plus-annual form ({@code clear-year-costs}),
 * whose amounts were kept all along. Refused: an unknown measure, two entries for one 年度, a negative amount or
 * 人工, an amount beyond the plan's limit, a breakdown line without a name, and specific sources (国庫・都道府県・その他) more than the year's total at
 * the plan's 単価, which would leave a negative 一般財源.
 */
public record SetYearCosts(String measureId, List<YearCost> costs) implements Edit {
    public SetYearCosts {
        costs = costs == null ? List.of() : costs.stream()
                .sorted(java.util.Comparator.comparingInt(YearCost::year)).toList();
    }

    @Override
    public String kind() {
        return costs.isEmpty() ? "clear-year-costs" : "set-year-costs";
    }

    @Override
    public EditTarget target() {
        return EditTarget.measure(measureId);
    }

    /** The measure, and for costs the first and last 年度 and how many years have costs. */
    @Override
    public List<String> arguments() {
        if (costs.isEmpty()) {
            return List.of(measureId);
        }
        return List.of(measureId, String.valueOf(costs.get(0).year()),
                String.valueOf(costs.get(costs.size() - 1).year()), String.valueOf(costs.size()));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.measure(plan, measureId);
        long rate = plan.followUp().personnelRate();
        Set<Integer> years = new HashSet<>();
        for (YearCost c : costs) {
            String year = String.valueOf(c.year());
            if (!years.add(c.year())) {
                throw new EditRefusedException("duplicateCostYear", measureId, year);
            }
            check(c, year, rate);
            long sources = c.national() + c.prefectural() + c.other();
            if (sources > c.total(rate)) {
                throw new EditRefusedException("sourcesOverTotal", measureId, year, Lookup.yen(sources),
                        Lookup.yen(c.total(rate)));
            }
        }
        return Change.between(plan, StructureEdits.changeMeasure(plan, measureId, m -> m.withYearCosts(costs)));
    }

    private static void check(YearCost c, String year, long rate) throws EditRefusedException {
        boolean negative = c.projectCost() < 0 || c.staffYears() < 0 || c.national() < 0 || c.prefectural() < 0
                || c.other() < 0 || c.breakdown().stream().anyMatch(i -> i.amount() < 0);
        if (negative) {
            throw new EditRefusedException("negativeCost", year);
        }
        boolean large = c.projectCost() >= Limits.MONEY_BOUND || c.national() >= Limits.MONEY_BOUND
                || c.prefectural() >= Limits.MONEY_BOUND || c.other() >= Limits.MONEY_BOUND
                || c.staffYears() >= MAX_STAFF_YEARS || c.staffYears() * rate >= Limits.MONEY_BOUND
                || c.breakdown().stream().mapToLong(CostItem::amount).anyMatch(a -> a >= Limits.MONEY_BOUND);
        if (large) {
            throw new EditRefusedException("costTooLarge", year);
        }
        if (c.breakdown().stream().anyMatch(i -> i.name().isBlank())) {
            throw new EditRefusedException("costItemNameBlank", year);
        }
    }

    /**
     * More 人工 than any measure needs (a million staff-years); with {@link SetPersonnelRate#MAX_RATE} it keeps
     * 人工 × 単価 far inside a long.
     */
    static final double MAX_STAFF_YEARS = 1_000_000;
}
