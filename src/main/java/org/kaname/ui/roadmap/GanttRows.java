package org.kaname.ui.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kaname.chart.ChartStyle;
import org.kaname.chart.GanttChart;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapTexts;
import org.kaname.engine.roadmap.ScheduledMeasure;
import org.kaname.i18n.Messages;
import org.kaname.model.FiscalYears;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorKind;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Tier;

/**
 * The roadmap as the report's {@link GanttChart}, laid out for the screen: measures under their pillar and support
 * measure headings (in the plan's order, so a measure stays where the planner put it), bars labelled with the tier
 * and 「固定」 when pinned, measures that could not be placed with the reason, and indicator milestones. A pure
 * function of the plan and its roadmap.
 */
final class GanttRows {
    /** Screen text size: legible when projected. */
    static final float FONT_SIZE = 14f;
    /** Rows are pointed at and dragged: at least 32 px high. */
    static final double ROW_HEIGHT = 34;

    private final Messages messages;
    private final RoadmapTexts texts;

    GanttRows(Messages messages, RoadmapTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    GanttChart chart(Plan plan, Roadmap roadmap) {
        FiscalYears fy = plan.fiscalYears();
        List<GanttChart.YearColumn> years = new ArrayList<>();
        for (int y = fy.start(); y <= fy.end(); y++) {
            years.add(new GanttChart.YearColumn(y, messages.get("gantt.year", Integer.toString(y)), era(y), null));
        }
        List<String> tierOrder = plan.tiers().stream().sorted(Comparator.comparingDouble(Tier::minScore).reversed())
                .map(Tier::name).toList();
        List<GanttChart.Row> rows = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Pillar pillar : plan.pillars()) {
            rows.add(GanttChart.Row.heading("pillar:" + pillar.id(), pillar.name(), 0, List.of()));
            for (MeasureGroup group : plan.groups()) {
                if (!pillar.id().equals(group.pillar())) {
                    continue;
                }
                groupRows(plan, roadmap, group, 1, tierOrder, rows, placed);
            }
        }
        // What lies outside the pillars comes last: under 柱なし in a plan with pillars, at the top level otherwise.
        boolean pillared = !plan.pillars().isEmpty();
        List<MeasureGroup> loose = plan.groups().stream()
                .filter(g -> plan.pillars().stream().noneMatch(p -> p.id().equals(g.pillar()))).toList();
        List<Measure> ungrouped = plan.measures().stream()
                .filter(m -> plan.groups().stream().noneMatch(g -> g.id().equals(m.group()))).toList();
        int outside = 0;
        if (pillared && (!loose.isEmpty() || !ungrouped.isEmpty())) {
            rows.add(GanttChart.Row.heading("pillar:", messages.get("gantt.noPillar"), 0, List.of()));
            outside = 1;
        }
        for (MeasureGroup group : loose) {
            groupRows(plan, roadmap, group, outside, tierOrder, rows, placed);
        }
        // Measures in no support measure: under 支援策なし when the plan has support measures, else as they are.
        int measureIndent = outside;
        if (!plan.groups().isEmpty() && !ungrouped.isEmpty()) {
            rows.add(GanttChart.Row.heading("group:", messages.get("gantt.noGroup"), outside, List.of()));
            measureIndent = outside + 1;
        }
        for (Measure m : ungrouped) {
            if (placed.add(m.id())) {
                rows.add(measureRow(m, roadmap, measureIndent, tierOrder, fy));
            }
        }
        return new GanttChart(years, rows, messages.get("gantt.header"), "",
                ChartStyle.standard().withFontSize(FONT_SIZE)).withMinRowHeight(ROW_HEIGHT);
    }

    private void groupRows(Plan plan, Roadmap roadmap, MeasureGroup group, int indent, List<String> tierOrder,
                           List<GanttChart.Row> rows, Set<String> placed) {
        rows.add(GanttChart.Row.heading("group:" + group.id(), group.id() + "  " + group.title(), indent,
                milestones(group.indicators(), plan.fiscalYears())));
        for (Measure m : plan.measures()) {
            if (group.id().equals(m.group()) && placed.add(m.id())) {
                rows.add(measureRow(m, roadmap, indent + 1, tierOrder, plan.fiscalYears()));
            }
        }
    }

    private GanttChart.Row measureRow(Measure m, Roadmap roadmap, int indent, List<String> tierOrder,
                                      FiscalYears fy) {
        String label = m.id() + "  " + m.title();
        List<GanttChart.Milestone> milestones = milestones(m.indicators(), fy);
        Optional<ScheduledMeasure> s = roadmap == null ? Optional.empty() : roadmap.find(m.id());
        if (s.isEmpty()) {
            return GanttChart.Row.unplaced(m.id(), label, indent, null, milestones);
        }
        ScheduledMeasure sm = s.get();
        if (!sm.isScheduled()) {
            return GanttChart.Row.unplaced(m.id(), label, indent,
                    texts.status(sm.status()) + " — " + texts.reason(sm), milestones);
        }
        String tierText = sm.pinned() ? messages.get("gantt.tierPinned", sm.tier()) : sm.tier();
        return new GanttChart.Row(m.id(), label, tierText, tierOrder.indexOf(sm.tier()), tierOrder.size(),
                sm.start().getAsInt(), sm.end().getAsInt(), m.dependsOn())
                .withLayout(indent, sm.pinned(), milestones);
    }

    /** Indicators with a target year inside the horizon, labelled KGI, KSI or KPI. */
    static List<GanttChart.Milestone> milestones(List<Indicator> indicators, FiscalYears fy) {
        List<GanttChart.Milestone> out = new ArrayList<>();
        for (Indicator i : indicators) {
            if (i.targetYear() != null && fy.contains(i.targetYear())) {
                String label = i.kind() == IndicatorKind.KPI_OUTCOME || i.kind() == IndicatorKind.KPI_OUTPUT
                        ? "KPI" : i.kind().name();
                out.add(new GanttChart.Milestone(i.targetYear(), label));
            }
        }
        return out;
    }

    /** A fiscal year on one line: 2027年度（令和9年度） or FY2027 (Reiwa 9). */
    String yearLabel(int year) {
        String era = era(year);
        return messages.get("gantt.year", Integer.toString(year)) + (era.isEmpty() || era.startsWith("（") ? "" : " ")
                + era;
    }

    /** The second heading line: （令和9年度）, with 令和元年度 for 2019; empty before 令和. */
    private String era(int year) {
        int r = FiscalYears.reiwa(year);
        if (r < 1) {
            return "";
        }
        return r == 1 ? messages.get("gantt.eraFirst") : messages.get("gantt.era", Integer.toString(r));
    }
}
