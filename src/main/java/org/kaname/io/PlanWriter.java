package org.kaname.io;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kaname.model.Budget;
import org.kaname.model.CostItem;
import org.kaname.model.Criterion;
import org.kaname.model.Evaluation;
import org.kaname.model.Evidence;
import org.kaname.model.FollowUp;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Judgment;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.PeerCase;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Scenario;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;
import org.kaname.model.Significance;
import org.kaname.model.Tier;
import org.kaname.model.TimelineEntry;
import org.kaname.model.Weighting;
import org.kaname.model.YearCost;

/**
 * Builds the canonical kaname-plan tree of a plan: fields in the documented order, optional empty texts, empty
 * lists and absent optionals left out, required fields always written. Reading the result gives back an equal plan.
 *
 * <p>A {@code scores} array (the plan's, a round's) is not built as nodes: the tree holds a {@link ScoresJson} in
 * its place, which writes the scores straight to the generator when the tree is serialised, in exactly the tokens
 * the nodes would have given. A plan of 300,000 scores so never stands as 300,000 object nodes.
 */
final class PlanWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode tree(Plan plan) {
        ObjectNode root = NODES.objectNode();
        root.put("format", PlanReader.FORMAT);
        root.put("version", PlanReader.VERSION);
        root.put("title", plan.title());
        optional(root, "organization", plan.organization());
        optional(root, "description", plan.description());
        optional(root, "summary", plan.summary());
        if (plan.fiscalYears() != null) {
            ObjectNode years = root.putObject("fiscalYears");
            years.put("start", plan.fiscalYears().start());
            years.put("end", plan.fiscalYears().end());
        }
        budget(root, plan.budget());
        list(root, "tiers", plan.tiers(), this::tier);
        list(root, "criteria", plan.criteria(), this::criterion);
        weighting(root.putObject("weighting"), plan.weighting());
        list(root, "pillars", plan.pillars(), this::pillar);
        list(root, "groups", plan.groups(), this::group);
        list(root, "measures", plan.measures(), this::measure);
        list(root, "significance", plan.significance(), this::significance);
        list(root, "problems", plan.problems(), this::problem);
        list(root, "cases", plan.cases(), this::peerCase);
        list(root, "timeline", plan.timeline(), this::timelineEntry);
        list(root, "raters", plan.raters(), this::rater);
        scores(root, plan.scores());
        list(root, "scenarios", plan.scenarios(), this::scenario);
        list(root, "rounds", plan.rounds(), this::round);
        followUp(root, plan.followUp());
        return root;
    }

    private static void optional(ObjectNode o, String field, String value) {
        if (value != null && !value.isEmpty()) {
            o.put(field, value);
        }
    }

    private static void optional(ObjectNode o, String field, Integer value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    /** An instant as ISO-8601 UTC ({@code 2026-11-01T09:00:00Z}), left out when absent. */
    private static void optional(ObjectNode o, String field, Instant value) {
        if (value != null) {
            o.put(field, value.toString());
        }
    }

    /** A number left out when it is 0 (an amount, a count of 人工 not given). */
    private static void nonZero(ObjectNode o, String field, double value) {
        if (value != 0 || Double.doubleToRawLongBits(value) != 0) {
            o.set(field, JsonNumbers.node(value));
        }
    }

    private static void nonZero(ObjectNode o, String field, long value) {
        if (value != 0) {
            o.put(field, value);
        }
    }

    private static void number(ObjectNode o, String field, Double value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.set(field, JsonNumbers.node(value));
        }
    }

    private static <T> void list(ObjectNode o, String field, List<T> items, BiConsumer<ObjectNode, T> write) {
        if (!items.isEmpty()) {
            ArrayNode arr = o.putArray(field);
            for (T item : items) {
                write.accept(arr.addObject(), item);
            }
        }
    }

    private static void strings(ObjectNode o, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode arr = o.putArray(field);
            values.forEach(arr::add);
        }
    }

    private static void numbers(ObjectNode o, String field, Map<String, Double> values) {
        if (!values.isEmpty()) {
            ObjectNode obj = o.putObject(field);
            values.forEach((k, v) -> number(obj, k, v));
        }
    }

    private void budget(ObjectNode root, Budget budget) {
        if (budget.uniform() != null) {
            root.put("budgetPerYear", budget.uniform());
        } else if (!budget.byYear().isEmpty()) {
            ObjectNode byYear = root.putObject("budgetPerYear");
            budget.byYear().forEach((year, yen) -> byYear.put(String.valueOf(year), yen));
        }
    }

    private void tier(ObjectNode o, Tier t) {
        o.put("name", t.name());
        number(o, "minScore", t.minScore());
    }

    private void criterion(ObjectNode o, Criterion c) {
        o.put("id", c.id());
        o.put("name", c.name());
        optional(o, "description", c.description());
        number(o, "weight", c.weight());
        o.put("direction", c.direction().code());
        Scale s = c.scale();
        ObjectNode scale = o.putObject("scale");
        scale.put("min", s.min());
        scale.put("max", s.max());
        if (!s.levels().isEmpty()) {
            ObjectNode levels = scale.putObject("levels");
            s.levels().forEach((level, text) -> levels.put(String.valueOf(level), text));
        }
    }

    private void weighting(ObjectNode o, Weighting w) {
        o.put("method", w.method().code());
        list(o, "judgments", w.judgments(), this::judgment);
        strings(o, "ranking", w.ranking());
        numbers(o, "points", w.points());
    }

    private void judgment(ObjectNode o, Judgment j) {
        o.put("a", j.a());
        o.put("b", j.b());
        number(o, "value", j.value());
    }

    private void pillar(ObjectNode o, Pillar p) {
        o.put("id", p.id());
        o.put("name", p.name());
        optional(o, "description", p.description());
    }

    private void group(ObjectNode o, MeasureGroup g) {
        o.put("id", g.id());
        if (g.pillar() != null) {
            o.put("pillar", g.pillar());
        }
        o.put("title", g.title());
        optional(o, "purpose", g.purpose());
        list(o, "indicators", g.indicators(), this::indicator);
        list(o, "evidence", g.evidence(), this::evidence);
    }

    private void measure(ObjectNode o, Measure m) {
        o.put("id", m.id());
        if (m.group() != null) {
            o.put("group", m.group());
        }
        o.put("title", m.title());
        optional(o, "description", m.description());
        optional(o, "owner", m.owner());
        o.put("initialCost", m.initialCost());
        o.put("annualCost", m.annualCost());
        o.put("durationYears", m.durationYears());
        list(o, "yearCosts", m.yearCosts(), this::yearCost);
        optional(o, "earliestStart", m.earliestStart());
        strings(o, "dependsOn", m.dependsOn());
        strings(o, "addresses", m.addresses());
        list(o, "indicators", m.indicators(), this::indicator);
        list(o, "evidence", m.evidence(), this::evidence);
        optional(o, "pinnedStart", m.pinnedStart());
    }

    /** 事業費 (always), then its breakdown, 人工 and 財源 when given. */
    private void yearCost(ObjectNode o, YearCost y) {
        o.put("year", y.year());
        o.put("projectCost", y.projectCost());
        list(o, "breakdown", y.breakdown(), this::costItem);
        nonZero(o, "staffYears", y.staffYears());
        nonZero(o, "national", y.national());
        nonZero(o, "prefectural", y.prefectural());
        nonZero(o, "other", y.other());
    }

    private void costItem(ObjectNode o, CostItem c) {
        o.put("name", c.name());
        o.put("amount", c.amount());
    }

    /**
     * The text fields as before, then the numbers only where given: an indicator without id, numbers or actuals
     * is written exactly as older versions wrote it.
     */
    private void indicator(ObjectNode o, Indicator i) {
        optional(o, "id", i.id());
        o.put("kind", i.kind() == null ? null : i.kind().name());
        o.put("name", i.name());
        optional(o, "target", i.target());
        optional(o, "unit", i.unit());
        optional(o, "method", i.method());
        optional(o, "targetYear", i.targetYear());
        if (i.direction() != IndicatorDirection.UP) {
            o.put("direction", PlanReader.code(i.direction()));
        }
        if (i.baseline() != null || i.baselineYear() != null) {
            ObjectNode b = o.putObject("baseline");
            if (i.baseline() != null) {
                b.set("value", JsonNumbers.node(i.baseline()));
            }
            optional(b, "year", i.baselineYear());
        }
        list(o, "targets", i.targets(), this::target);
        list(o, "actuals", i.actuals(), this::actual);
    }

    private void target(ObjectNode o, IndicatorTarget t) {
        o.put("year", t.year());
        o.set("value", JsonNumbers.node(t.value()));
        if (t.isFinal()) {
            o.put("final", true);
        }
    }

    private void actual(ObjectNode o, IndicatorActual a) {
        o.put("year", a.year());
        o.set("value", JsonNumbers.node(a.value()));
        if (a.date() != null) {
            o.put("date", a.date().toString());
        }
        optional(o, "source", a.source());
        optional(o, "note", a.note());
    }

    /** Left out when everything is at its default (no 単価, the default grade rule, no evaluation). */
    private void followUp(ObjectNode root, FollowUp f) {
        boolean defaultRule = f.gradeRule().equals(GradeRule.DEFAULT);
        if (f.personnelRate() == 0 && defaultRule && f.evaluations().isEmpty()) {
            return;
        }
        ObjectNode o = root.putObject("followUp");
        nonZero(o, "personnelRate", f.personnelRate());
        if (!defaultRule) {
            ObjectNode rule = o.putObject("gradeRule");
            list(rule, "steps", f.gradeRule().steps(), this::gradeStep);
            rule.put("lowest", f.gradeRule().lowest());
        }
        list(o, "evaluations", f.evaluations(), this::evaluation);
    }

    private void gradeStep(ObjectNode o, GradeRule.Step s) {
        o.put("grade", s.grade());
        o.set("from", JsonNumbers.node(s.from()));
    }

    private void evaluation(ObjectNode o, Evaluation e) {
        o.put("measure", e.measureId());
        o.put("year", e.year());
        optional(o, "grade", e.grade());
        optional(o, "gradeReason", e.gradeReason());
        if (e.direction() != null) {
            o.put("direction", PlanReader.code(e.direction()));
        }
        optional(o, "directionReason", e.directionReason());
        optional(o, "comment", e.comment());
        if (e.reopened()) {
            o.put("reopened", true);
        }
    }

    private void evidence(ObjectNode o, Evidence e) {
        o.put("title", e.title());
        optional(o, "url", e.url());
        o.put("kind", e.kind().code());
        optional(o, "note", e.note());
    }

    private void significance(ObjectNode o, Significance s) {
        o.put("stakeholder", s.stakeholder() == null ? null : s.stakeholder().code());
        o.put("text", s.text());
    }

    private void problem(ObjectNode o, Problem p) {
        o.put("id", p.id());
        o.put("stakeholder", p.stakeholder() == null ? null : p.stakeholder().code());
        o.put("title", p.title());
        optional(o, "description", p.description());
        optional(o, "consequence", p.consequence());
        list(o, "evidence", p.evidence(), this::evidence);
    }

    private void peerCase(ObjectNode o, PeerCase c) {
        o.put("municipality", c.municipality());
        o.put("title", c.title());
        optional(o, "summary", c.summary());
        optional(o, "successFactors", c.successFactors());
        optional(o, "results", c.results());
        list(o, "sources", c.sources(), this::evidence);
        strings(o, "groups", c.groups());
    }

    private void timelineEntry(ObjectNode o, TimelineEntry t) {
        o.put("year", t.year());
        o.put("text", t.text());
        optional(o, "source", t.source());
    }

    private void rater(ObjectNode o, Rater r) {
        o.put("id", r.id());
        o.put("name", r.name());
    }

    private static void scores(ObjectNode o, List<Score> scores) {
        if (!scores.isEmpty()) {
            o.putPOJO("scores", new ScoresJson(scores));
        }
    }

    /**
     * A scores array, written token by token as the tree of {@code score} objects would be: {@code measure},
     * {@code criterion}, {@code rater} (JSON null when absent, as {@code put} of a null gives), {@code value} as
     * {@link JsonNumbers#node}, then {@code note} and {@code time} when present.
     */
    static final class ScoresJson extends JsonSerializable.Base {
        private final List<Score> scores;

        ScoresJson(List<Score> scores) {
            this.scores = scores;
        }

        @Override
        public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartArray(scores, scores.size());
            for (Score s : scores) {
                gen.writeStartObject(s);
                text(gen, "measure", s.measure());
                text(gen, "criterion", s.criterion());
                text(gen, "rater", s.rater());
                gen.writeFieldName("value");
                JsonNumbers.node(s.value()).serialize(gen, serializers);
                if (s.note() != null && !s.note().isEmpty()) {
                    text(gen, "note", s.note());
                }
                if (s.time() != null) {
                    text(gen, "time", s.time().toString());
                }
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }

        private static void text(JsonGenerator gen, String field, String value) throws IOException {
            gen.writeFieldName(field);
            if (value == null) {
                gen.writeNull();
            } else {
                gen.writeString(value);
            }
        }

        @Override
        public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
                throws IOException {
            // Plan trees are written without type information.
            serialize(gen, serializers);
        }
    }

    private void scenario(ObjectNode o, Scenario s) {
        o.put("name", s.name());
        numbers(o, "weights", s.weights());
    }

    private void round(ObjectNode o, ScoringRound r) {
        o.put("number", r.number());
        optional(o, "title", r.title());
        strings(o, "measures", r.measures());
        strings(o, "raters", r.raters());
        if (r.anonymous()) {
            o.put("anonymous", true);
        }
        o.put("state", PlanReader.code(r.state()));
        optional(o, "opened", r.opened());
        optional(o, "revealed", r.revealed());
        scores(o, r.scores());
    }
}
