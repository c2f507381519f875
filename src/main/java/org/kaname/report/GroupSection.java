package org.kaname.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kaname.engine.RankedMeasure;
import org.kaname.model.Evidence;
import org.kaname.model.Indicator;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.PeerCase;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Problem;

/**
 * One support measure (支援策): its purpose, its measures with scores and costs, each measure's content, the
 * indicators (KGI / KSI / KPI with target and data-collection method), the evidence with sources and URLs, the
 * problems its measures address and the related peer cases.
 */
final class GroupSection {
    private final ReportContext ctx;

    GroupSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write(MeasureGroup group) throws IOException {
        ReportTexts t = ctx.texts;
        Plan plan = ctx.data.plan();
        ctx.startSection(group.title());
        // In a plan with pillars, a support measure outside them says so; a plan without pillars never mentions them.
        if (!plan.pillars().isEmpty()) {
            field(t.get("group.pillar"), plan.pillars().stream().filter(p -> p.id().equals(group.pillar()))
                    .findFirst().map(Pillar::name).orElse(t.get("pillar.none")));
        }
        ctx.data.groupSummaries().stream().filter(s -> s.id().equals(group.id())).findFirst().ifPresent(s ->
                field(t.get("group.tier"), s.meanScore().isPresent()
                        ? t.get("group.tier.value", ctx.tierWithMark(s.tier()), ReportTexts.score(s.meanScore().getAsDouble()))
                        : ctx.tierWithMark(s.tier())));
        field(t.get("group.purpose"), group.purpose());
        List<Measure> measures = measuresOf(group.id());
        writeBody(measures, group.indicators(), group.evidence(), List.of(group.id()));
    }

    /**
     * Measures in no support measure of the plan, in a section of their own after the groups' (in rank order, as
     * theirs); in a plan without support measures, that is every measure, and the heading says just that.
     */
    void writeUngrouped(List<Measure> measures) throws IOException {
        boolean flat = ctx.data.plan().groups().isEmpty();
        ctx.startSection(ctx.texts.get(flat ? "group.all" : "group.ungrouped"));
        writeBody(inRankOrder(measures), List.of(), List.of(), List.of());
    }

    private void writeBody(List<Measure> measures, List<Indicator> indicators, List<Evidence> evidence,
                           List<String> groupIds) throws IOException {
        ReportTexts t = ctx.texts;
        ctx.h2(t.get("group.measures"));
        if (measures.isEmpty()) {
            ctx.empty(t.get("group.noMeasures"));
        } else {
            Table table = Table.of(Table.Column.right(t.get("col.rank"), 6), Table.Column.left(t.get("col.id"), 8),
                    Table.Column.left(t.get("col.measure"), 36), Table.Column.right(t.get("col.score"), 9),
                    Table.Column.left(t.get("col.tier"), 10), Table.Column.right(t.get("col.initialCost"), 12.5f),
                    Table.Column.right(t.get("col.annualCost"), 12.5f), Table.Column.right(t.get("col.years"), 6));
            for (Measure m : measures) {
                Optional<RankedMeasure> r = ranked(m.id());
                table.row(r.map(ctx::rankText).orElse(ReportTexts.NONE), m.id(), m.title(),
                        r.map(ctx::scoreText).orElse(ReportTexts.NONE),
                        ctx.tierWithMark(r.map(RankedMeasure::tier).orElse("")),
                        ReportTexts.thousandYen(m.initialCost()), ReportTexts.thousandYen(m.annualCost()),
                        String.valueOf(m.durationYears()));
            }
            ctx.table(table, t.get("money.note"));
            for (Measure m : measures) {
                measure(m);
            }
        }
        if (!indicators.isEmpty()) {
            ctx.h2(t.get("group.indicators"));
            indicatorTable(indicators);
        }
        if (!evidence.isEmpty()) {
            ctx.h2(t.get("group.evidence"));
            evidence(evidence);
        }
        problems(measures);
        cases(groupIds);
    }

    private void measure(Measure m) throws IOException {
        ReportTexts t = ctx.texts;
        ctx.h3(m.id() + " " + m.title());
        ctx.para(m.description());
        field(t.get("measure.owner"), m.owner());
        field(t.get("measure.cost"), t.get("measure.cost.value", ReportTexts.thousandYen(m.initialCost()),
                ReportTexts.thousandYen(m.annualCost()), m.durationYears()));
        if (m.earliestStart() != null) {
            field(t.get("measure.earliest"), ctx.texts.fiscalYear(m.earliestStart()));
        }
        if (!m.dependsOn().isEmpty()) {
            field(t.get("measure.after"), t.list(m.dependsOn().stream().map(ctx::measureLabel).toList()));
        }
        if (!m.addresses().isEmpty()) {
            field(t.get("measure.addresses"), t.list(m.addresses().stream().map(this::problemLabel).toList()));
        }
        if (!m.indicators().isEmpty()) {
            indicatorTable(m.indicators());
        }
        if (!m.evidence().isEmpty()) {
            evidence(m.evidence());
        }
    }

    private void indicatorTable(List<Indicator> indicators) throws IOException {
        ReportTexts t = ctx.texts;
        Table table = Table.of(Table.Column.left(t.get("col.kind"), 18), Table.Column.left(t.get("col.indicator"), 34),
                Table.Column.left(t.get("col.target"), 16), Table.Column.left(t.get("col.method"), 32));
        for (Indicator i : indicators) {
            String target = i.target().isBlank() ? ReportTexts.NONE : i.targetWithUnit()
                    + (i.targetYear() == null ? "" : t.get("indicator.year", t.fiscalYear(i.targetYear())));
            table.row(t.get("indicator." + i.kind().name()), i.name(), target,
                    i.method().isBlank() ? ReportTexts.NONE : i.method());
        }
        ctx.table(table);
    }

    private void evidence(List<Evidence> items) throws IOException {
        ReportTexts t = ctx.texts;
        for (Evidence e : items) {
            String kind = t.get("evidence." + e.kind().code());
            StringBuilder b = new StringBuilder(e.title());
            b.append(t.get("evidence.kind", kind));
            // The address is printed once, in the 出典一覧; here, its number.
            if (!e.url().isBlank()) {
                b.append(t.get("evidence.ref", ctx.sources.cite(e.title(), kind, e.url())));
            }
            if (!e.note().isBlank()) {
                b.append('\n').append(e.note());
            }
            ctx.bullet(b.toString());
        }
        ctx.layout.space(4);
    }

    private void problems(List<Measure> measures) throws IOException {
        ReportTexts t = ctx.texts;
        Set<String> ids = new LinkedHashSet<>();
        measures.forEach(m -> ids.addAll(m.addresses()));
        List<Problem> problems = ctx.data.plan().problems().stream().filter(p -> ids.contains(p.id())).toList();
        if (problems.isEmpty()) {
            return;
        }
        ctx.h2(t.get("group.problems"));
        for (Problem p : problems) {
            ctx.h3(problemLabel(p.id()));
            ctx.para(p.description());
            field(t.get("problem.consequence"), p.consequence());
            List<String> by = measures.stream().filter(m -> m.addresses().contains(p.id())).map(Measure::id).toList();
            field(t.get("problem.measures"), t.list(by));
            if (!p.evidence().isEmpty()) {
                evidence(p.evidence());
            }
        }
    }

    private void cases(List<String> groupIds) throws IOException {
        ReportTexts t = ctx.texts;
        List<PeerCase> cases = ctx.data.plan().cases().stream()
                .filter(c -> c.groups().stream().anyMatch(groupIds::contains)).toList();
        if (cases.isEmpty()) {
            return;
        }
        ctx.h2(t.get("group.cases"));
        for (PeerCase c : cases) {
            ctx.h3(t.get("case.heading", c.municipality(), c.title()));
            ctx.para(c.summary());
            field(t.get("case.factors"), c.successFactors());
            field(t.get("case.results"), c.results());
            if (!c.sources().isEmpty()) {
                evidence(c.sources());
            }
        }
    }

    private String problemLabel(String id) {
        return ctx.data.plan().problems().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> ctx.texts.get("problem.label", p.id(), ctx.texts.get("stakeholder." + p.stakeholder().code()),
                        p.title()))
                .orElse(id);
    }

    private Optional<RankedMeasure> ranked(String id) {
        return ctx.data.ranking().flatMap(r -> r.find(id));
    }

    /** The group's measures in rank order (unscored last, in plan order). */
    private List<Measure> measuresOf(String groupId) {
        return inRankOrder(ctx.data.plan().measures().stream().filter(m -> groupId.equals(m.group())).toList());
    }

    private List<Measure> inRankOrder(List<Measure> in) {
        if (ctx.data.ranking().isEmpty()) {
            return in;
        }
        List<Measure> ordered = new ArrayList<>();
        for (RankedMeasure r : ctx.data.ranking().get().measures()) {
            in.stream().filter(m -> m.id().equals(r.measureId())).findFirst().ifPresent(ordered::add);
        }
        in.stream().filter(m -> !ordered.contains(m)).forEach(ordered::add);
        return ordered;
    }

    private void field(String label, String value) {
        try {
            ctx.field(label, value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
