package org.kaname.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapStatus;
import org.kaname.engine.roadmap.RoadmapTexts;
import org.kaname.engine.roadmap.RoadmapWarning;
import org.kaname.engine.roadmap.ScheduledMeasure;
import org.kaname.engine.roadmap.YearBudget;
import org.kaname.model.FiscalYears;

/**
 * The roadmap as terminal tables (aligned by {@link DisplayWidth} through {@link TextTable}). The roadmap table puts
 * the short columns first and the long Japanese title last, so it stays readable when the terminal wraps; each
 * year's cost is shown in 千円 (thousand yen, rounded) only in the years the measure runs, which draws the bars.
 */
final class RoadmapTables {
    private RoadmapTables() {
    }

    static List<String> roadmap(Roadmap roadmap, RoadmapTexts t) {
        List<String> header = new ArrayList<>(List.of(t.label("column.id"), t.label("column.rank"),
                t.label("column.tier"), t.label("column.start"), t.label("column.end"), t.label("column.status")));
        List<Integer> years = new ArrayList<>(roadmap.budget().keySet());
        years.forEach(y -> header.add(String.valueOf(y)));
        header.add(t.label("column.title"));
        boolean[] right = new boolean[header.size()];
        right[1] = true;
        for (int i = 0; i < years.size(); i++) {
            right[6 + i] = true;
        }
        TextTable table = new TextTable(header, right);
        for (ScheduledMeasure m : roadmap.rows()) {
            List<String> row = new ArrayList<>(List.of(m.measureId(), text(m.rank()), m.tier(), text(m.start()),
                    text(m.end()), status(m, t)));
            for (int y : years) {
                row.add(m.costByYear().containsKey(y) ? thousands(m.costIn(y)) : "");
            }
            row.add(m.title());
            table.row(row);
        }
        List<String> lines = new ArrayList<>(table.lines());
        lines.add(t.label("unit.thousandYen"));
        List<ScheduledMeasure> notScheduled = roadmap.rows().stream()
                .filter(m -> m.status() != RoadmapStatus.SCHEDULED).toList();
        if (!notScheduled.isEmpty()) {
            lines.add("");
            boolean anyEnded = notScheduled.stream().anyMatch(m -> m.status() == RoadmapStatus.ENDED);
            lines.add(t.label(anyEnded ? "heading.notes.ended" : "heading.notes"));
            notScheduled.forEach(m -> lines.add("  " + m.measureId() + ": " + t.reason(m)));
        }
        if (!roadmap.warnings().isEmpty()) {
            lines.add("");
            lines.add(t.label("heading.warnings"));
            for (RoadmapWarning w : roadmap.warnings()) {
                lines.add("  " + t.warning(w));
            }
        }
        return lines;
    }

    /** Spending against the cap per fiscal year, labelled {@code 2027年度（令和9年度）}; overruns marked in words. */
    static List<String> budget(Roadmap roadmap, RoadmapTexts t) {
        TextTable table = new TextTable(List.of(t.label("column.year"), t.label("column.spent"), t.label("column.cap"),
                t.label("column.remaining"), t.label("column.over")), false, true, true, true, false);
        long spent = 0;
        long cap = 0;
        boolean allCapped = !roadmap.budget().isEmpty();
        for (YearBudget y : roadmap.budget().values()) {
            table.row(List.of(yearLabel(y.year(), t), t.yen(y.spent()),
                    y.cap().isPresent() ? t.yen(y.cap().getAsLong()) : t.label("noCap"),
                    y.remaining().isPresent() ? signed(y.remaining().getAsLong(), t) : "",
                    y.isOverBudget() ? t.label("over.mark") : ""));
            spent += y.spent();
            cap += y.cap().orElse(0);
            allCapped &= y.cap().isPresent();
        }
        table.row(List.of(t.label("total"), t.yen(spent), allCapped ? t.yen(cap) : "",
                allCapped ? signed(cap - spent, t) : "", ""));
        return table.lines();
    }

    static String yearLabel(int year, RoadmapTexts t) {
        return t.locale().getLanguage().equals("en") ? "FY" + year : FiscalYears.label(year);
    }

    /** A negative amount with △, as Japanese public-sector tables write it. */
    private static String signed(long yen, RoadmapTexts t) {
        return yen < 0 ? "△" + t.yen(-yen) : t.yen(yen);
    }

    private static String status(ScheduledMeasure m, RoadmapTexts t) {
        String s = t.status(m.status());
        return m.pinned() ? s + "（" + t.label("pinned.mark") + "）" : s;
    }

    /** Thousands of yen, rounded half up, with separators. */
    static String thousands(long yen) {
        long k = BigDecimal.valueOf(yen).divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).longValueExact();
        return String.format(java.util.Locale.ROOT, "%,d", k);
    }

    private static String text(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "";
    }
}
