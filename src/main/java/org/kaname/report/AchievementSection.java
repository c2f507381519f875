package org.kaname.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.kaname.engine.evaluation.IndicatorResult;
import org.kaname.engine.evaluation.IndicatorResults;
import org.kaname.engine.evaluation.MeasureGrade;
import org.kaname.engine.evaluation.MeasureGrades;
import org.kaname.engine.evaluation.OwnedIndicator;
import org.kaname.model.Evaluation;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/**
 * 達成状況: for each support measure, its indicators and its measures' indicators with the target, actual, 達成率 and
 * grade of the latest 年度 that has an actual, and its measures' evaluation (grade and 今後の方向性) in the latest
 * 年度 that has an actual or an evaluation. Left out of a plan without numeric indicators.
 */
final class AchievementSection {
    private final ReportContext ctx;
    private final EvaluationTexts words;

    AchievementSection(ReportContext ctx) {
        this.ctx = ctx;
        this.words = new EvaluationTexts(ctx.texts);
    }

    static boolean applies(Plan plan) {
        return IndicatorResults.indicators(plan).stream().anyMatch(o -> o.indicator().isNumeric());
    }

    /** The latest 年度 with an actual of any indicator or an evaluation of any measure; empty when none has one. */
    static OptionalInt latestYear(Plan plan) {
        int latest = Integer.MIN_VALUE;
        for (OwnedIndicator o : IndicatorResults.indicators(plan)) {
            for (IndicatorActual a : o.indicator().actuals()) {
                latest = Math.max(latest, a.year());
            }
        }
        for (Evaluation e : plan.followUp().evaluations()) {
            latest = Math.max(latest, e.year());
        }
        return latest == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(latest);
    }

    void write() throws IOException {
        ReportTexts t = ctx.texts;
        Plan plan = ctx.data.plan();
        ctx.startSection(t.get("achievement.title"));
        OptionalInt year = latestYear(plan);
        ctx.para(year.isPresent() ? t.get("achievement.lead", t.fiscalYear(year.getAsInt()))
                : t.get("achievement.leadNoYear"));
        GradeRule rule = plan.followUp().gradeRule();
        Map<String, List<IndicatorResult>> byOwner = new LinkedHashMap<>();
        Map<String, Integer> grades = new LinkedHashMap<>();
        rule.grades().forEach(g -> grades.put(g, 0));
        int missing = 0;
        for (OwnedIndicator o : IndicatorResults.indicators(plan)) {
            IndicatorResult r = latest(o, rule);
            byOwner.computeIfAbsent(o.owner(), k -> new ArrayList<>()).add(r);
            if (r.grade().isPresent()) {
                grades.merge(r.grade().get(), 1, Integer::sum);
            } else if (o.indicator().isNumeric() && r.actual() == null) {
                missing++;
            }
        }
        List<String> counts = new ArrayList<>();
        grades.forEach((g, n) -> counts.add(t.get("achievement.summary.grade", g, ReportTexts.integer(n))));
        ctx.para(t.get("achievement.summary", t.list(counts), ReportTexts.integer(missing)));
        int shown = year.orElse(plan.fiscalYears().start());
        // Said once for every table of the section.
        ctx.note(t.get("achievement.note", words.shortYear(shown), t.fiscalYear(shown), words.rule(rule)));
        for (MeasureGroup g : plan.groups()) {
            List<Measure> measures = plan.measures().stream().filter(m -> g.id().equals(m.group())).toList();
            group(g.id() + " " + g.title(), g.id(), measures, byOwner, year);
        }
        List<Measure> ungrouped = plan.measures().stream()
                .filter(m -> m.group() == null || plan.group(m.group()).isEmpty()).toList();
        if (!ungrouped.isEmpty()) {
            group(t.get("achievement.ungrouped"), null, ungrouped, byOwner, year);
        }
    }

    private void group(String title, String groupId, List<Measure> measures, Map<String, List<IndicatorResult>> byOwner,
                       OptionalInt year) throws IOException {
        ReportTexts t = ctx.texts;
        List<IndicatorResult> results = new ArrayList<>();
        if (groupId != null) {
            results.addAll(byOwner.getOrDefault(groupId, List.of()));
        }
        measures.forEach(m -> results.addAll(byOwner.getOrDefault(m.id(), List.of())));
        List<String[]> evaluated = new ArrayList<>();
        int unevaluated = 0;
        if (year.isPresent()) {
            for (Measure m : measures) {
                MeasureGrade g = MeasureGrades.of(ctx.data.plan(), m.id(), year.getAsInt());
                Optional<Evaluation> e = ctx.data.plan().followUp().evaluation(m.id(), year.getAsInt());
                if (g.effective().isEmpty() && e.isEmpty()) {
                    unevaluated++;
                    continue;
                }
                evaluated.add(new String[] {m.id() + " " + m.title(), m.owner().isBlank() ? ReportTexts.NONE : m.owner(),
                    EvaluationTexts.achievement(g.achievement()), g.effective().orElse(ReportTexts.NONE)
                        + (g.overridden() ? "＊" : ""), words.direction(e.map(Evaluation::direction).orElse(null))});
            }
        }
        if (results.isEmpty() && evaluated.isEmpty()) {
            return;
        }
        ctx.h2(title);
        if (!results.isEmpty()) {
            ctx.h3(t.get("achievement.indicators"));
            Table table = Table.of(Table.Column.left(t.get("achievement.col.owner"), 10),
                    Table.Column.centre(t.get("sheet.col.kind"), 8), Table.Column.left(t.get("sheet.col.name"), 32),
                    Table.Column.centre(t.get("sheet.col.unit"), 7), Table.Column.centre(t.get("achievement.col.year"), 7),
                    Table.Column.right(t.get("sheet.item.target"), 10), Table.Column.right(t.get("achievement.col.actual"), 10),
                    Table.Column.right(t.get("achievement.col.achievement"), 9),
                    Table.Column.centre(t.get("achievement.col.grade"), 7));
            for (IndicatorResult r : results) {
                table.row(row(r));
            }
            ctx.table(table);
        }
        if (!evaluated.isEmpty()) {
            ctx.h3(t.get("achievement.measures", t.fiscalYear(year.getAsInt())));
            Table table = Table.of(Table.Column.left(t.get("sheet.measure"), 46),
                    Table.Column.left(t.get("achievement.col.owner"), 16),
                    Table.Column.right(t.get("achievement.col.achievement"), 11),
                    Table.Column.centre(t.get("achievement.col.grade"), 9),
                    Table.Column.centre(t.get("achievement.col.direction"), 18));
            evaluated.forEach(table::row);
            ctx.table(table, t.get("achievement.measures.note", t.fiscalYear(year.getAsInt()))
                    + (unevaluated > 0 ? t.get("achievement.measures.more", ReportTexts.integer(unevaluated)) : ""));
        } else if (year.isPresent() && !measures.isEmpty()) {
            ctx.empty(t.get("achievement.measures.none", t.fiscalYear(year.getAsInt())));
        }
    }

    /** An indicator's result in the latest 年度 it has an actual for; else in its final target's 年度. */
    private IndicatorResult latest(OwnedIndicator o, GradeRule rule) {
        Indicator i = o.indicator();
        OptionalInt y = i.actuals().stream().mapToInt(IndicatorActual::year).max();
        if (y.isPresent()) {
            return IndicatorResults.result(o, y.getAsInt(), rule);
        }
        int finalYear = i.finalTarget().map(IndicatorTarget::year).orElse(Integer.MIN_VALUE);
        return IndicatorResults.result(o, finalYear, rule);
    }

    private String[] row(IndicatorResult r) {
        Indicator i = r.indicator();
        boolean hasActual = r.actual() != null;
        String target;
        if (!i.isNumeric()) {
            target = i.target().isBlank() ? ReportTexts.NONE : i.target();
        } else if (r.target() == null) {
            target = ReportTexts.NONE;
        } else {
            boolean isFinal = i.finalTarget().map(f -> f.value() == r.target()
                    && (!r.hasTargetForYear() || i.targetFor(r.year()).get().isFinal())).orElse(false);
            target = (isFinal ? "★" : "") + ReportTexts.number(r.target());
        }
        return new String[] {r.owner(), words.kind(i.kind()).replace('\n', ' '), i.name(),
            i.unit().isBlank() ? ReportTexts.NONE : i.unit(),
            hasActual ? words.shortYear(r.year()) : ReportTexts.NONE, target,
            hasActual ? ReportTexts.number(r.actual()) : ReportTexts.NONE,
            EvaluationTexts.achievement(r.achievement()), r.grade().orElse(ReportTexts.NONE)};
    }
}
