package org.kaname.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kaname.chart.GanttChart;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapStatus;
import org.kaname.engine.roadmap.RoadmapTexts;
import org.kaname.engine.roadmap.RoadmapWarning;
import org.kaname.engine.roadmap.ScheduledMeasure;
import org.kaname.engine.roadmap.YearBudget;
import org.kaname.model.Measure;

/**
 * The roadmap: the Gantt chart by fiscal year (A3 landscape when asked for), the budget of each year in 千円
 * against its cap, the measures that could not be placed with the reason, and the scheduler's warnings.
 */
final class RoadmapSection {
    private final ReportContext ctx;

    RoadmapSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write() throws IOException {
        ReportTexts t = ctx.texts;
        PageFormat format = ctx.data.options().paper() == Paper.A3 ? PageFormat.A3_LANDSCAPE : PageFormat.A4_PORTRAIT;
        ctx.startSection(t.get("roadmap.title"), format);
        if (ctx.data.roadmap().isEmpty()) {
            ctx.empty(ctx.data.roadmapProblem().map(c -> t.get("roadmap.cycle", c))
                    .orElse(t.get("ranking.unavailable", ctx.data.rankingProblem().orElse(""))));
            return;
        }
        Roadmap roadmap = ctx.data.roadmap().get();
        RoadmapTexts rt = RoadmapTexts.of(t.language().locale());
        ctx.para(t.get("roadmap.lead"));
        List<ScheduledMeasure> scheduled = roadmap.rows().stream().filter(ScheduledMeasure::isScheduled)
                .sorted(Comparator.comparingInt((ScheduledMeasure r) -> r.start().getAsInt())
                        .thenComparingInt(r -> r.rank().orElse(Integer.MAX_VALUE)))
                .toList();
        List<GanttChart.YearColumn> years = new ArrayList<>();
        for (YearBudget y : roadmap.budget().values()) {
            years.add(new GanttChart.YearColumn(y.year(), t.fiscalYearShort(y.year()), t.eraYear(y.year()),
                    t.get("money.thousand", ReportTexts.thousandYen(y.spent()))));
        }
        if (scheduled.isEmpty()) {
            ctx.empty(t.get("roadmap.noneScheduled"));
        } else {
            ChartPager.draw(ctx.layout, scheduled, chunk -> new GanttChart(years, chunk.stream().map(this::row).toList(),
                    t.get("roadmap.chart.measure"), t.get("roadmap.chart.budget"), ctx.chartStyle()));
            ctx.note(t.get("roadmap.chart.note"));
        }

        ctx.h2(t.get("roadmap.budget"));
        Table budget = Table.of(Table.Column.left(t.get("col.fiscalYear"), 34), Table.Column.right(t.get("col.spent"), 22),
                Table.Column.right(t.get("col.cap"), 22), Table.Column.right(t.get("col.remaining"), 22));
        long total = 0;
        for (YearBudget y : roadmap.budget().values()) {
            total += y.spent();
            budget.row(t.fiscalYear(y.year()), ReportTexts.thousandYen(y.spent()),
                    y.cap().isPresent() ? ReportTexts.thousandYen(y.cap().getAsLong()) : ReportTexts.NONE,
                    y.remaining().isPresent() ? ReportTexts.thousandYen(y.remaining().getAsLong()) : ReportTexts.NONE);
        }
        budget.row(t.get("roadmap.total"), ReportTexts.thousandYen(total), ReportTexts.NONE, ReportTexts.NONE);
        ctx.table(budget, t.get("money.note.totals"));

        List<ScheduledMeasure> deferred = roadmap.withStatus(RoadmapStatus.DEFERRED);
        ctx.h2(t.get("roadmap.deferred"));
        if (deferred.isEmpty()) {
            ctx.empty(t.get("roadmap.noDeferred"));
        } else {
            Table table = Table.of(Table.Column.right(t.get("col.rank"), 6), Table.Column.left(t.get("col.id"), 8),
                    Table.Column.left(t.get("col.measure"), 32), Table.Column.left(t.get("col.tier"), 9),
                    Table.Column.left(t.get("col.reason"), 45));
            for (ScheduledMeasure r : deferred.stream().sorted(Comparator.comparingInt(
                    (ScheduledMeasure r) -> r.rank().orElse(Integer.MAX_VALUE))).toList()) {
                table.row(r.rank().isPresent() ? String.valueOf(r.rank().getAsInt()) : ReportTexts.NONE, r.measureId(),
                        r.title(), ctx.tierWithMark(r.tier()), rt.reason(r));
            }
            ctx.table(table);
        }
        List<ScheduledMeasure> unscored = roadmap.withStatus(RoadmapStatus.UNSCORED);
        if (!unscored.isEmpty()) {
            ctx.h2(t.get("roadmap.unscored"));
            ctx.para(t.list(unscored.stream().map(r -> r.measureId() + " " + r.title()).toList()));
        }
        List<ScheduledMeasure> ended = roadmap.withStatus(RoadmapStatus.ENDED);
        if (!ended.isEmpty()) {
            ctx.h2(t.get("roadmap.ended"));
            for (ScheduledMeasure r : ended) {
                ctx.bullet(r.measureId() + " " + r.title() + " — " + rt.reason(r));
            }
        }
        if (!roadmap.warnings().isEmpty()) {
            ctx.h2(t.get("roadmap.warnings"));
            for (RoadmapWarning w : roadmap.warnings()) {
                ctx.bullet(rt.warning(w));
            }
        }
    }

    private GanttChart.Row row(ScheduledMeasure r) {
        Measure m = ctx.measure(r.measureId());
        List<String> after = m == null ? List.of() : m.dependsOn();
        String label = ctx.layout.font().clean(r.measureId() + " " + r.title());
        String tier = ctx.layout.font().clean(r.tier()) + (r.pinned() ? ctx.texts.get("roadmap.pinned") : "");
        return new GanttChart.Row(r.measureId(), label, tier, ctx.tierIndex(r.tier()), ctx.tierCount(),
                r.start().getAsInt(), r.end().getAsInt(), after);
    }
}
