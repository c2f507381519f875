package org.kaname.io;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapTexts;
import org.kaname.engine.roadmap.ScheduledMeasure;
import org.kaname.engine.roadmap.YearBudget;

/**
 * The roadmap as CSV records (header first), for standard output and for files alike. The first five columns are a
 * contract for scripts: {@code id,title,start,end,status}, start and end as Western fiscal years (empty unless
 * scheduled), status {@code scheduled}, {@code deferred} or {@code unscored}. After them: the reason (in the
 * texts' language), rank, tier, pinned ({@code true}/{@code false}), total cost and the cost in each year of the
 * horizon ({@code cost_2026} …, empty in the years the measure does not run), amounts in whole yen without
 * separators. One record per measure, in plan order.
 */
public final class CsvRoadmap {
    public static final List<String> FIXED_COLUMNS = List.of("id", "title", "start", "end", "status");

    private CsvRoadmap() {
    }

    public static List<String> header(Roadmap roadmap) {
        List<String> h = new ArrayList<>(FIXED_COLUMNS);
        h.addAll(List.of("reason", "rank", "tier", "pinned", "total_cost"));
        roadmap.budget().keySet().forEach(y -> h.add("cost_" + y));
        return h;
    }

    public static List<List<String>> rows(Roadmap roadmap, RoadmapTexts texts) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header(roadmap));
        for (ScheduledMeasure m : roadmap.rows()) {
            List<String> r = new ArrayList<>();
            r.add(m.measureId());
            r.add(m.title());
            r.add(year(m.start()));
            r.add(year(m.end()));
            r.add(m.status().code());
            r.add(texts.reason(m));
            r.add(year(m.rank()));
            r.add(m.tier());
            r.add(String.valueOf(m.pinned()));
            r.add(m.isScheduled() ? String.valueOf(m.totalCost()) : "");
            for (int y : roadmap.budget().keySet()) {
                r.add(m.costByYear().containsKey(y) ? String.valueOf(m.costIn(y)) : "");
            }
            rows.add(r);
        }
        return rows;
    }

    /** {@code year,spent,cap,remaining}: one record per year of the horizon; cap and remaining empty without a cap. */
    public static List<List<String>> budgetRows(Roadmap roadmap) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("year", "spent", "cap", "remaining"));
        for (YearBudget y : roadmap.budget().values()) {
            rows.add(List.of(String.valueOf(y.year()), String.valueOf(y.spent()),
                    y.cap().isPresent() ? String.valueOf(y.cap().getAsLong()) : "",
                    y.remaining().isPresent() ? String.valueOf(y.remaining().getAsLong()) : ""));
        }
        return rows;
    }

    private static String year(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "";
    }
}
