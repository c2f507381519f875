package org.kaname.report;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.kaname.engine.AhpResult;
import org.kaname.engine.Weights;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.Judgment;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;
import org.kaname.model.Weighting;

/**
 * The criteria and their weights: each criterion's definition and the meaning of each scale level, how the weights
 * were set, for AHP the pairwise judgments with the consistency ratio, and the plan's comparison scenarios.
 */
final class CriteriaSection {
    private final ReportContext ctx;

    CriteriaSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write() throws IOException {
        ReportTexts t = ctx.texts;
        Plan plan = ctx.data.plan();
        ctx.startSection(t.get("criteria.title"));
        if (plan.criteria().isEmpty()) {
            ctx.empty(t.get("criteria.none"));
            return;
        }
        Map<String, Double> w = ctx.data.weights();
        Table table = Table.of(Table.Column.left(t.get("col.criterion"), 22), Table.Column.right(t.get("col.weight"), 9),
                Table.Column.centre(t.get("col.direction"), 9), Table.Column.left(t.get("col.definition"), 60));
        for (Criterion c : plan.criteria()) {
            table.row(c.name(), w.containsKey(c.id()) ? ReportTexts.weightPercent(w.get(c.id())) : ReportTexts.NONE,
                    t.get("direction." + c.direction().code()), c.description());
        }
        ctx.table(table, t.get("criteria.weightNote"));

        ctx.h2(t.get("criteria.method"));
        Weighting weighting = plan.weighting();
        ctx.para(t.get("criteria.method." + weighting.method().code()));
        switch (weighting.method()) {
            case AHP -> ahp();
            case ROC, SWING -> ranking(weighting);
            default -> {
            }
        }

        ctx.h2(t.get("criteria.scales"));
        for (Criterion c : plan.criteria()) {
            ctx.h3(t.get("criteria.scaleHeading", c.name(), c.scale().min(), c.scale().max()));
            if (c.scale().levels().isEmpty()) {
                ctx.empty(t.get("criteria.noLevels"));
                continue;
            }
            Table levels = Table.of(Table.Column.centre(t.get("col.level"), 8), Table.Column.left(t.get("col.meaning"), 92));
            c.scale().levels().forEach((level, text) -> levels.row(String.valueOf(level), text));
            ctx.table(levels);
        }
        if (plan.criteria().stream().anyMatch(c -> c.direction() == Direction.COST)) {
            ctx.note(t.get("criteria.costNote"));
        }
        scenarios(plan, w);
    }

    private void ahp() throws IOException {
        ReportTexts t = ctx.texts;
        Plan plan = ctx.data.plan();
        if (plan.weighting().judgments().isEmpty()) {
            return;
        }
        ctx.h3(t.get("criteria.judgments"));
        Table table = Table.of(Table.Column.left(t.get("col.criterionA"), 26), Table.Column.left(t.get("col.criterionB"), 26),
                Table.Column.right(t.get("col.judgment"), 10), Table.Column.left(t.get("col.reading"), 38));
        for (Judgment j : plan.weighting().judgments()) {
            String a = name(j.a());
            String b = name(j.b());
            String value = j.value() >= 1 ? trim(j.value()) : "1/" + trim(1 / j.value());
            String reading = j.value() >= 1 ? t.get("ahp.reading", a, b, trim(j.value()))
                    : t.get("ahp.reading", b, a, trim(1 / j.value()));
            table.row(a, b, value, reading);
        }
        ctx.table(table);
        ctx.data.ahp().ifPresent(this::consistency);
    }

    private void consistency(AhpResult r) {
        ReportTexts t = ctx.texts;
        try {
            if (r.consistencyRatio().isEmpty()) {
                ctx.para(t.get("ahp.noCr"));
                return;
            }
            String cr = String.format(Locale.ROOT, "%.3f", r.consistencyRatio().getAsDouble());
            ctx.para(t.get(r.isInconsistent() ? "ahp.inconsistent" : "ahp.consistent", cr));
            if (r.isInconsistent() && r.mostInconsistent().isPresent()) {
                AhpResult.Inconsistency worst = r.mostInconsistent().get();
                ctx.para(t.get("ahp.worst", name(worst.judgment().a()), name(worst.judgment().b()),
                        trim(worst.judgment().value()), String.format(Locale.ROOT, "%.2f", worst.impliedValue())));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void ranking(Weighting weighting) throws IOException {
        ReportTexts t = ctx.texts;
        if (weighting.ranking().isEmpty()) {
            return;
        }
        boolean swing = !weighting.points().isEmpty();
        Table table = swing
                ? Table.of(Table.Column.right(t.get("col.order"), 10), Table.Column.left(t.get("col.criterion"), 60),
                        Table.Column.right(t.get("col.points"), 15))
                : Table.of(Table.Column.right(t.get("col.order"), 10), Table.Column.left(t.get("col.criterion"), 75));
        int i = 1;
        for (String id : weighting.ranking()) {
            if (swing) {
                Double p = weighting.points().get(id);
                table.row(String.valueOf(i++), name(id), p == null ? ReportTexts.NONE : trim(p));
            } else {
                table.row(String.valueOf(i++), name(id));
            }
        }
        ctx.table(table);
    }

    private void scenarios(Plan plan, Map<String, Double> own) throws IOException {
        ReportTexts t = ctx.texts;
        if (plan.scenarios().isEmpty()) {
            return;
        }
        ctx.h2(t.get("criteria.scenarios"));
        ctx.para(t.get("criteria.scenarios.text"));
        java.util.List<Table.Column> cols = new java.util.ArrayList<>();
        cols.add(Table.Column.left(t.get("col.criterion"), 30));
        cols.add(Table.Column.right(t.get("criteria.own"), 12));
        java.util.List<Map<String, Double>> weights = new java.util.ArrayList<>();
        for (Scenario s : plan.scenarios()) {
            cols.add(Table.Column.right(s.name(), 12));
            Map<String, Double> sw;
            try {
                sw = Weights.of(plan, s);
            } catch (RuntimeException e) {
                sw = Map.of();
            }
            weights.add(sw);
        }
        Table table = new Table(cols);
        for (Criterion c : plan.criteria()) {
            java.util.List<String> row = new java.util.ArrayList<>();
            row.add(c.name());
            row.add(own.containsKey(c.id()) ? ReportTexts.weightPercent(own.get(c.id())) : ReportTexts.NONE);
            for (Map<String, Double> sw : weights) {
                row.add(sw.containsKey(c.id()) ? ReportTexts.weightPercent(sw.get(c.id())) : ReportTexts.NONE);
            }
            table.row(row);
        }
        ctx.table(table);
    }

    private String name(String criterionId) {
        return ctx.data.plan().criterion(criterionId).map(Criterion::name).orElse(criterionId);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
