package org.kaname.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.kaname.engine.cost.CostLine;
import org.kaname.engine.cost.CostTotals;
import org.kaname.engine.cost.MeasureCosts;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;

/**
 * A plan's costs by 年度 as planned ({@link MeasureCosts#planned}) as CSV records, header first. The columns are
 * {@code id,title,year,project_cost,personnel_cost,total,national,prefectural,other,general_fund,level}: 事業費,
 * 人件費 (人工 × the plan's 単価), their total, 国庫支出金, 都道府県支出金, その他 and 一般財源, in whole yen without
 * separators; {@code year} is the Western fiscal year. {@code level} says what a record is:
 * <ul>
 *   <li>{@code measure}: one per measure and year, in plan order (id and title the measure's);</li>
 *   <li>{@code group}: the subtotal of a 支援策 in a year, in the plan's order of support measures (id and title the
 *       support measure's; measures without one: id empty, title {@code noGroup});</li>
 *   <li>{@code pillar}: the subtotal of a pillar in a year (id and name the pillar's; measures whose support measure
 *       has no pillar, or that have none: id empty, title {@code noPillar});</li>
 *   <li>{@code total}: the whole plan in a year (id empty, title {@code total}).</li>
 * </ul>
 * Subtotals are of the costs as planned, not of the roadmap's schedule.
 */
public final class CsvCosts {
    public static final List<String> HEADER = List.of("id", "title", "year", "project_cost", "personnel_cost", "total",
            "national", "prefectural", "other", "general_fund", "level");

    private CsvCosts() {
    }

    /** The words for the records without an id, in the reader's language. */
    public record Labels(String noGroup, String noPillar, String total) {
    }

    public static List<List<String>> rows(Plan plan, Labels labels) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Measure m : plan.measures()) {
            for (CostLine line : MeasureCosts.planned(plan, m)) {
                rows.add(row(m.id(), m.title(), line, "measure"));
            }
        }
        Map<String, String> groupTitles = new HashMap<>();
        for (MeasureGroup g : plan.groups()) {
            groupTitles.putIfAbsent(g.id(), g.title());
        }
        subtotals(rows, CostTotals.byGroup(plan), groupTitles, labels.noGroup(), "group");
        Map<String, String> pillarNames = new HashMap<>();
        for (Pillar p : plan.pillars()) {
            pillarNames.putIfAbsent(p.id(), p.name());
        }
        subtotals(rows, CostTotals.byPillar(plan), pillarNames, labels.noPillar(), "pillar");
        for (CostLine line : CostTotals.all(plan).values()) {
            rows.add(row("", labels.total(), line, "total"));
        }
        return rows;
    }

    private static void subtotals(List<List<String>> rows, Map<String, SortedMap<Integer, CostLine>> totals,
                                  Map<String, String> titles, String none, String level) {
        totals.forEach((id, years) -> {
            String title = id.equals(CostTotals.NONE) ? none : titles.getOrDefault(id, id);
            years.values().forEach(line -> rows.add(row(id, title, line, level)));
        });
    }

    private static List<String> row(String id, String title, CostLine l, String level) {
        return List.of(id, title, String.valueOf(l.year()), String.valueOf(l.project()), String.valueOf(l.personnel()),
                String.valueOf(l.total()), String.valueOf(l.national()), String.valueOf(l.prefectural()),
                String.valueOf(l.other()), String.valueOf(l.generalFund()), level);
    }
}
