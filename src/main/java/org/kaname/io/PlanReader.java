package org.kaname.io;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.kaname.model.Budget;
import org.kaname.model.CostItem;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.Evaluation;
import org.kaname.model.Evidence;
import org.kaname.model.EvidenceKind;
import org.kaname.model.FiscalYears;
import org.kaname.model.FollowUp;
import org.kaname.model.FutureDirection;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorKind;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Judgment;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.PeerCase;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.model.Rater;
import org.kaname.model.RoundState;
import org.kaname.model.Scale;
import org.kaname.model.Scenario;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;
import org.kaname.model.Significance;
import org.kaname.model.Stakeholder;
import org.kaname.model.Tier;
import org.kaname.model.TimelineEntry;
import org.kaname.model.Weighting;
import org.kaname.model.WeightingMethod;
import org.kaname.model.YearCost;

/**
 * Maps a parsed kaname-plan tree onto the model, checking the shape on the way: required fields, JSON types and
 * enum values. It stops at the first problem, because later ones are often its consequences. Unknown fields are
 * ignored so that files written by a later minor version still open; {@code null} counts as absent.
 *
 * <p>A {@code scores} array may instead be mapped element by element while the file is parsed
 * ({@link #streamScores}, used by {@link PlanStream}), so that 300,000 scores never stand as one tree; the result
 * and the first problem reported are the same as from the tree. The measure, criterion and rater ids of scores are
 * shared strings, one per distinct id, not one per score.
 */
final class PlanReader {
    static final String FORMAT = "kaname-plan";
    static final int VERSION = 1;

    private final IoMessages text;
    /** Scores arrays mapped while parsing, by the object (plan or round) whose {@code scores} they are. */
    private final Map<JsonNode, StreamedScores> streamed = new IdentityHashMap<>();
    /** One instance of each id string that scores name. */
    private final Ids ids = new Ids();

    PlanReader(IoMessages text) {
        this.text = text;
    }

    /** A shape problem at a JSON location. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        final String pointer;

        Problem(String pointer, String message) {
            super(message, null, false, false);
            this.pointer = pointer;
        }
    }

    /**
     * One JSON object and where it is, with typed field accessors. The pointer of an array element is only built
     * when a problem needs it: most of the 300,000 scores of a large plan have none.
     */
    private final class Obj {
        final JsonNode node;
        private String at;
        private final String array;
        private final int index;

        Obj(JsonNode node, String at) {
            this.node = node;
            this.at = at;
            this.array = null;
            this.index = -1;
        }

        /** Element {@code index} of the array at {@code array}. */
        Obj(JsonNode node, String array, int index) {
            this.node = node;
            this.array = array;
            this.index = index;
        }

        String at() {
            if (at == null) {
                at = Pointers.child(array, index);
            }
            return at;
        }

        String at(String field) {
            return Pointers.child(at(), field);
        }

        /** The field's value, or null when it is absent or JSON null. */
        JsonNode opt(String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : v;
        }

        JsonNode req(String field) throws Problem {
            JsonNode v = opt(field);
            if (v == null) {
                throw new Problem(at(field), text.get("field.required"));
            }
            return v;
        }

        String string(String field) throws Problem {
            JsonNode v = opt(field);
            if (v == null) {
                return null;
            }
            return v.isTextual() ? v.textValue() : stringValue(v, at(field));
        }

        String reqString(String field) throws Problem {
            JsonNode v = req(field);
            return v.isTextual() ? v.textValue() : stringValue(v, at(field));
        }

        Integer integer(String field) throws Problem {
            JsonNode v = opt(field);
            return v == null ? null : (int) integral(v, at(field), Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        int reqInteger(String field) throws Problem {
            return (int) integral(req(field), at(field), Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        /** An optional integer field; beyond the range of an int it is a problem, not a wrapped-round value. */
        int intOr(String field, int fallback) throws Problem {
            Integer v = integer(field);
            return v == null ? fallback : v;
        }

        long longOr(String field, long fallback) throws Problem {
            JsonNode v = opt(field);
            return v == null ? fallback : integral(v, at(field), Long.MIN_VALUE, Long.MAX_VALUE);
        }

        /** An optional number field; a number too large for a double is a problem. */
        Double optNumber(String field) throws Problem {
            JsonNode v = opt(field);
            return v == null ? null : number(v, at(field));
        }

        double numberOr(String field, double fallback) throws Problem {
            Double v = optNumber(field);
            return v == null ? fallback : v;
        }

        double reqNumber(String field) throws Problem {
            JsonNode v = req(field);
            if (v.isNumber()) {
                double d = v.doubleValue();
                if (Double.isFinite(d)) {
                    return d;
                }
            }
            return number(v, at(field));
        }

        boolean bool(String field, boolean fallback) throws Problem {
            JsonNode v = opt(field);
            if (v == null) {
                return fallback;
            }
            if (!v.isBoolean()) {
                throw typeProblem(at(field), "type.boolean", v);
            }
            return v.booleanValue();
        }

        <E> E enumOr(String field, Function<String, E> parse, List<String> allowed, E fallback) throws Problem {
            JsonNode v = opt(field);
            return v == null ? fallback : enumValue(v, at(field), parse, allowed);
        }

        <E> E reqEnum(String field, Function<String, E> parse, List<String> allowed) throws Problem {
            return enumValue(req(field), at(field), parse, allowed);
        }

        Obj object(String field) throws Problem {
            JsonNode v = opt(field);
            return v == null ? null : objectValue(v, at(field));
        }

        Obj reqObject(String field) throws Problem {
            return objectValue(req(field), at(field));
        }

        /** The elements of an optional array field, each as an object. */
        List<Obj> objects(String field) throws Problem {
            JsonNode arr = array(field);
            List<Obj> out = new ArrayList<>(arr.size());
            String arrayAt = arr.isEmpty() ? null : at(field);
            for (int i = 0; i < arr.size(); i++) {
                JsonNode v = arr.get(i);
                if (!v.isObject()) {
                    throw typeProblem(Pointers.child(arrayAt, i), "type.object", v);
                }
                out.add(new Obj(v, arrayAt, i));
            }
            return out;
        }

        List<String> strings(String field) throws Problem {
            JsonNode arr = array(field);
            List<String> out = new ArrayList<>(arr.size());
            String arrayAt = arr.isEmpty() ? null : at(field);
            for (int i = 0; i < arr.size(); i++) {
                JsonNode v = arr.get(i);
                out.add(v.isTextual() ? v.textValue() : stringValue(v, Pointers.child(arrayAt, i)));
            }
            return out;
        }

        JsonNode array(String field) throws Problem {
            JsonNode v = opt(field);
            if (v == null) {
                return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            }
            if (!v.isArray()) {
                throw typeProblem(at(field), "type.array", v);
            }
            return v;
        }

        /** An optional object of numbers keyed by free text, in file order. */
        Map<String, Double> numbersByKey(String field) throws Problem {
            Obj o = object(field);
            Map<String, Double> out = new LinkedHashMap<>();
            if (o != null) {
                for (Map.Entry<String, JsonNode> e : o.node.properties()) {
                    out.put(e.getKey(), number(e.getValue(), o.at(e.getKey())));
                }
            }
            return out;
        }
    }

    /**
     * A scores array that {@code owner} (the plan or a round object, holding no {@code scores} field itself) had
     * at {@code at}: its elements are given to {@link StreamedScores#add} one by one as they are parsed, and
     * {@link #read} takes the scores from it instead of from the tree.
     */
    StreamedScores streamScores(JsonNode owner, String at) {
        StreamedScores scores = new StreamedScores(at);
        streamed.put(owner, scores);
        return scores;
    }

    /** Whether {@code owner} had a scores array streamed already. */
    boolean hasStreamedScores(JsonNode owner) {
        return streamed.containsKey(owner);
    }

    /**
     * A scores array mapped as it is parsed. Like {@link Obj#objects}, an element that is not an object is
     * reported before any problem inside an element; otherwise the first problem in array order is.
     */
    final class StreamedScores {
        private final String at;
        private List<Score> scores = new ArrayList<>();
        private int size;
        private Problem notAnObject;
        private Problem problem;

        private StreamedScores(String at) {
            this.at = at;
        }

        /**
         * The next element, a score object whose fields have the usual types (as {@link PlanStream} found them
         * while parsing): ids and optional texts as strings, a finite value. Anything that would need a problem
         * reported, such as a missing field or a time that is not ISO-8601, returns false and consumes nothing, so
         * the caller gives the element as a tree instead.
         */
        boolean add(String measure, String criterion, String rater, double value, String note, String time) {
            if (measure == null || criterion == null || rater == null || !Double.isFinite(value)) {
                return false;
            }
            Instant instant = null;
            if (time != null) {
                instant = instant(time);
                if (instant == null) {
                    return false;
                }
            }
            size++;
            if (notAnObject == null && problem == null) {
                scores.add(new Score(id(measure), id(criterion), id(rater), value, note, instant));
            }
            return true;
        }

        void add(JsonNode element) {
            int index = size++;
            if (notAnObject != null) {
                return;
            }
            if (!element.isObject()) {
                notAnObject = typeProblem(Pointers.child(at, index), "type.object", element);
                scores = null;
                return;
            }
            if (problem != null) {
                return;
            }
            try {
                scores.add(score(new Obj(element, at, index)));
            } catch (Problem p) {
                problem = p;
                scores = null;
            }
        }

        List<Score> scores() throws Problem {
            if (notAnObject != null) {
                throw notAnObject;
            }
            if (problem != null) {
                throw problem;
            }
            return scores;
        }
    }

    Plan read(JsonNode root) throws Problem {
        if (root == null || !root.isObject()) {
            throw new Problem("", text.get("json.notObject"));
        }
        Obj top = new Obj(root, "");
        formatAndVersion(top);
        String title = top.string("title");
        Obj years = top.reqObject("fiscalYears");
        FiscalYears fiscalYears = new FiscalYears(years.reqInteger("start"), years.reqInteger("end"));
        Budget budget = budget(top);
        List<Tier> tiers = new ArrayList<>();
        for (Obj t : top.objects("tiers")) {
            tiers.add(new Tier(t.reqString("name"), t.reqNumber("minScore")));
        }
        List<Criterion> criteria = new ArrayList<>();
        for (Obj c : top.objects("criteria")) {
            criteria.add(criterion(c));
        }
        Weighting weighting = weighting(top.object("weighting"));
        List<Pillar> pillars = new ArrayList<>();
        for (Obj p : top.objects("pillars")) {
            pillars.add(new Pillar(p.reqString("id"), p.reqString("name"), p.string("description")));
        }
        List<MeasureGroup> groups = new ArrayList<>();
        for (Obj g : top.objects("groups")) {
            groups.add(new MeasureGroup(g.reqString("id"), g.string("pillar"), g.reqString("title"),
                    g.string("purpose"), indicators(g), evidence(g, "evidence")));
        }
        List<Measure> measures = new ArrayList<>();
        for (Obj m : top.objects("measures")) {
            measures.add(measure(m));
        }
        List<Significance> significance = new ArrayList<>();
        for (Obj s : top.objects("significance")) {
            significance.add(new Significance(stakeholder(s), s.reqString("text")));
        }
        List<org.kaname.model.Problem> problems = new ArrayList<>();
        for (Obj p : top.objects("problems")) {
            problems.add(new org.kaname.model.Problem(p.reqString("id"), stakeholder(p), p.reqString("title"),
                    p.string("description"), p.string("consequence"), evidence(p, "evidence")));
        }
        List<PeerCase> cases = new ArrayList<>();
        for (Obj c : top.objects("cases")) {
            cases.add(new PeerCase(c.reqString("municipality"), c.reqString("title"), c.string("summary"),
                    c.string("successFactors"), c.string("results"), evidence(c, "sources"), c.strings("groups")));
        }
        List<TimelineEntry> timeline = new ArrayList<>();
        for (Obj t : top.objects("timeline")) {
            timeline.add(new TimelineEntry(t.reqInteger("year"), t.reqString("text"), t.string("source")));
        }
        List<Rater> raters = new ArrayList<>();
        for (Obj r : top.objects("raters")) {
            raters.add(new Rater(r.reqString("id"), r.reqString("name")));
        }
        List<Score> scores = scores(top);
        List<Scenario> scenarios = new ArrayList<>();
        for (Obj s : top.objects("scenarios")) {
            scenarios.add(new Scenario(s.reqString("name"), s.numbersByKey("weights")));
        }
        List<ScoringRound> rounds = new ArrayList<>();
        for (Obj r : top.objects("rounds")) {
            rounds.add(round(r));
        }
        FollowUp followUp = followUp(top.object("followUp"));
        return new Plan(title == null ? "" : title, top.string("organization"), top.string("description"),
                top.string("summary"), fiscalYears, budget, tiers, criteria, weighting, pillars, groups, measures,
                significance, problems, cases, timeline, raters, scores, scenarios, rounds, followUp);
    }

    /** The plan's follow-up: 単価, grade rule and evaluations; absent parts at their defaults. */
    private FollowUp followUp(Obj f) throws Problem {
        if (f == null) {
            return FollowUp.NONE;
        }
        long rate = f.longOr("personnelRate", 0);
        Obj g = f.object("gradeRule");
        GradeRule rule = GradeRule.DEFAULT;
        if (g != null) {
            List<GradeRule.Step> steps = new ArrayList<>();
            for (Obj s : g.objects("steps")) {
                steps.add(new GradeRule.Step(s.reqString("grade"), s.reqNumber("from")));
            }
            rule = new GradeRule(steps, g.reqString("lowest"));
        }
        List<Evaluation> evaluations = new ArrayList<>();
        for (Obj e : f.objects("evaluations")) {
            // Arguments are evaluated left to right, so the first problem reported is the first in field order.
            evaluations.add(new Evaluation(e.reqString("measure"), e.reqInteger("year"), e.string("grade"),
                    e.string("gradeReason"), e.enumOr("direction", PlanReader::futureDirection,
                            codes(FutureDirection.values(), PlanReader::code), null),
                    e.string("directionReason"), e.string("comment"), e.bool("reopened", false)));
        }
        return new FollowUp(rate, rule, evaluations);
    }

    /** 今後の方向性 as the format spells it: {@code "expand"}, {@code "continue"}, … {@code "complete"}. */
    static String code(FutureDirection direction) {
        return direction.name().toLowerCase(Locale.ROOT);
    }

    private static FutureDirection futureDirection(String code) {
        return FutureDirection.valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** An indicator's direction as the format spells it: {@code "up"}, {@code "down"}, {@code "reach"}. */
    static String code(IndicatorDirection direction) {
        return direction.name().toLowerCase(Locale.ROOT);
    }

    private static IndicatorDirection indicatorDirection(String code) {
        return IndicatorDirection.valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The {@code scores} array of the plan or of a round: one shape in both places. */
    private List<Score> scores(Obj parent) throws Problem {
        StreamedScores mapped = streamed.get(parent.node);
        if (mapped != null) {
            return mapped.scores();
        }
        List<Score> scores = new ArrayList<>();
        for (Obj s : parent.objects("scores")) {
            scores.add(score(s));
        }
        return scores;
    }

    private Score score(Obj s) throws Problem {
        // Arguments are evaluated left to right, so the first problem reported is the first in field order.
        return new Score(id(s.reqString("measure")), id(s.reqString("criterion")), id(s.reqString("rater")),
                s.reqNumber("value"), s.string("note"), time(s, "time"));
    }

    /** The one instance of this id string kept for the plan. */
    private String id(String id) {
        return ids.of(id);
    }

    /** The shared id strings of this reading, for ids taken from the parser's buffer. */
    Ids ids() {
        return ids;
    }

    private ScoringRound round(Obj r) throws Problem {
        // Arguments are evaluated left to right, so the first problem reported is the first in field order.
        return new ScoringRound(r.reqInteger("number"), r.string("title"), r.strings("measures"), r.strings("raters"),
                r.bool("anonymous", false),
                r.reqEnum("state", PlanReader::roundState, codes(RoundState.values(), PlanReader::code)),
                time(r, "opened"), time(r, "revealed"), scores(r));
    }

    /** A round state as the format spells it: {@code "open"}, {@code "revealed"}. */
    static String code(RoundState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static RoundState roundState(String code) {
        return RoundState.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private void formatAndVersion(Obj top) throws Problem {
        JsonNode format = top.opt("format");
        if (format == null) {
            throw new Problem("/format", text.get("format.missing"));
        }
        if (!format.isTextual() || !FORMAT.equals(format.textValue())) {
            throw new Problem("/format", text.get("format.wrong", format.toString()));
        }
        JsonNode version = top.opt("version");
        if (version == null) {
            throw new Problem("/version", text.get("field.required"));
        }
        if (!version.isNumber() || version.doubleValue() != VERSION) {
            throw new Problem("/version", text.get("version.unsupported", version.toString()));
        }
    }

    private Budget budget(Obj top) throws Problem {
        JsonNode b = top.opt("budgetPerYear");
        String at = top.at("budgetPerYear");
        if (b == null) {
            return Budget.UNLIMITED;
        }
        if (b.isNumber()) {
            return Budget.uniform(integral(b, at, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (!b.isObject()) {
            throw typeProblem(at, "type.number", b);
        }
        Map<Integer, Long> byYear = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : b.properties()) {
            String yearAt = Pointers.child(at, e.getKey());
            byYear.put(integerKey(e.getKey(), yearAt), integral(e.getValue(), yearAt, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        return Budget.byYear(byYear);
    }

    private Criterion criterion(Obj c) throws Problem {
        Direction direction = c.enumOr("direction", Direction::fromCode, codes(Direction.values(), Direction::code),
                Direction.BENEFIT);
        Obj s = c.object("scale");
        Scale scale = Scale.DEFAULT;
        if (s != null) {
            Map<Integer, String> levels = new TreeMap<>();
            Obj l = s.object("levels");
            if (l != null) {
                for (Map.Entry<String, JsonNode> e : l.node.properties()) {
                    String levelAt = l.at(e.getKey());
                    levels.put(integerKey(e.getKey(), levelAt), stringValue(e.getValue(), levelAt));
                }
            }
            scale = Scale.of(s.reqInteger("min"), s.reqInteger("max"), levels);
        }
        return new Criterion(c.reqString("id"), c.reqString("name"), c.string("description"), c.reqNumber("weight"),
                direction, scale);
    }

    private Weighting weighting(Obj w) throws Problem {
        if (w == null) {
            return Weighting.DIRECT;
        }
        WeightingMethod method = w.enumOr("method", WeightingMethod::fromCode,
                codes(WeightingMethod.values(), WeightingMethod::code), WeightingMethod.DIRECT);
        List<Judgment> judgments = new ArrayList<>();
        for (Obj j : w.objects("judgments")) {
            judgments.add(new Judgment(j.reqString("a"), j.reqString("b"), j.reqNumber("value")));
        }
        return new Weighting(method, judgments, w.strings("ranking"), w.numbersByKey("points"));
    }

    private Measure measure(Obj m) throws Problem {
        return new Measure(m.reqString("id"), m.string("group"), m.reqString("title"), m.string("description"),
                m.string("owner"), m.longOr("initialCost", 0), m.longOr("annualCost", 0),
                m.intOr("durationYears", 1), m.integer("earliestStart"), m.strings("dependsOn"),
                m.strings("addresses"), indicators(m), evidence(m, "evidence"), m.integer("pinnedStart"),
                yearCosts(m));
    }

    /** A measure's costs by 年度 (the 行政 form); empty for the simple form. */
    private List<YearCost> yearCosts(Obj m) throws Problem {
        List<YearCost> out = new ArrayList<>();
        for (Obj y : m.objects("yearCosts")) {
            int year = y.reqInteger("year");
            long project = y.longOr("projectCost", 0);
            List<CostItem> breakdown = new ArrayList<>();
            for (Obj b : y.objects("breakdown")) {
                breakdown.add(new CostItem(b.reqString("name"), b.longOr("amount", 0)));
            }
            out.add(new YearCost(year, project, breakdown, y.numberOr("staffYears", 0), y.longOr("national", 0),
                    y.longOr("prefectural", 0), y.longOr("other", 0)));
        }
        return out;
    }

    private List<Indicator> indicators(Obj parent) throws Problem {
        List<Indicator> out = new ArrayList<>();
        for (Obj i : parent.objects("indicators")) {
            String id = i.string("id");
            IndicatorKind kind = i.reqEnum("kind", IndicatorKind::valueOf,
                    codes(IndicatorKind.values(), IndicatorKind::name));
            String name = i.reqString("name");
            String target = i.string("target");
            String unit = i.string("unit");
            String method = i.string("method");
            Integer targetYear = i.integer("targetYear");
            IndicatorDirection direction = i.enumOr("direction", PlanReader::indicatorDirection,
                    codes(IndicatorDirection.values(), PlanReader::code), IndicatorDirection.UP);
            Obj b = i.object("baseline");
            Double baseline = b == null ? null : b.optNumber("value");
            Integer baselineYear = b == null ? null : b.integer("year");
            List<IndicatorTarget> targets = new ArrayList<>();
            for (Obj t : i.objects("targets")) {
                targets.add(new IndicatorTarget(t.reqInteger("year"), t.reqNumber("value"), t.bool("final", false)));
            }
            List<IndicatorActual> actuals = new ArrayList<>();
            for (Obj a : i.objects("actuals")) {
                actuals.add(new IndicatorActual(a.reqInteger("year"), a.reqNumber("value"), date(a, "date"),
                        a.string("source"), a.string("note")));
            }
            out.add(new Indicator(id, kind, name, target, unit, method, targetYear, direction, baseline,
                    baselineYear, targets, actuals));
        }
        return out;
    }

    /** An optional ISO-8601 calendar date ({@code 2028-05-31}). */
    private java.time.LocalDate date(Obj o, String field) throws Problem {
        String d = o.string(field);
        if (d == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new Problem(o.at(field), text.get("date.invalid", d));
        }
    }

    private List<Evidence> evidence(Obj parent, String field) throws Problem {
        List<Evidence> out = new ArrayList<>();
        for (Obj e : parent.objects(field)) {
            EvidenceKind kind = e.enumOr("kind", EvidenceKind::fromCode,
                    codes(EvidenceKind.values(), EvidenceKind::code), EvidenceKind.OTHER);
            out.add(new Evidence(e.reqString("title"), e.string("url"), kind, e.string("note")));
        }
        return out;
    }

    private Stakeholder stakeholder(Obj o) throws Problem {
        return o.reqEnum("stakeholder", Stakeholder::fromCode, codes(Stakeholder.values(), Stakeholder::code));
    }

    /** An optional ISO-8601 instant; an offset such as +09:00 is accepted and converted to UTC. */
    private Instant time(Obj s, String field) throws Problem {
        String t = s.string(field);
        if (t == null) {
            return null;
        }
        Instant instant = instant(t);
        if (instant == null) {
            throw new Problem(s.at(field), text.get("datetime.invalid", t));
        }
        return instant;
    }

    /** An ISO-8601 instant, with Z or an offset; null if {@code t} is not one. */
    private static Instant instant(String t) {
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static <E> List<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.toList());
    }

    private <E> E enumValue(JsonNode v, String at, Function<String, E> parse, List<String> allowed) throws Problem {
        String s = stringValue(v, at);
        if (allowed.contains(s)) {
            return parse.apply(s);
        }
        throw new Problem(at, text.get("enum.unknown", s, String.join(", ", allowed)));
    }

    private Obj objectValue(JsonNode v, String at) throws Problem {
        if (!v.isObject()) {
            throw typeProblem(at, "type.object", v);
        }
        return new Obj(v, at);
    }

    private String stringValue(JsonNode v, String at) throws Problem {
        if (!v.isTextual()) {
            throw typeProblem(at, "type.string", v);
        }
        return v.textValue();
    }

    private double number(JsonNode v, String at) throws Problem {
        if (!v.isNumber()) {
            throw typeProblem(at, "type.number", v);
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw new Problem(at, text.get("number.notFinite"));
        }
        return d;
    }

    /** An integer; a number with a zero fraction (2.0) is accepted, since some tools write every number so. */
    private long integral(JsonNode v, String at, long min, long max) throws Problem {
        if (!v.isNumber()) {
            throw typeProblem(at, "type.integer", v);
        }
        if (v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue())) {
            throw new Problem(at, text.get("number.notFinite"));
        }
        java.math.BigDecimal exact = v.decimalValue();
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            throw typeProblem(at, "type.integer", v);
        }
        if (exact.compareTo(java.math.BigDecimal.valueOf(min)) < 0
                || exact.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            throw new Problem(at, text.get("integer.outOfRange", exact.toPlainString(), min, max));
        }
        return exact.longValueExact();
    }

    private int integerKey(String key, String at) throws Problem {
        try {
            return Integer.parseInt(key.trim());
        } catch (NumberFormatException e) {
            throw new Problem(at, text.get("key.notInteger", key));
        }
    }

    private Problem typeProblem(String at, String expectedKey, JsonNode found) {
        return new Problem(at, text.get("type.expected", text.get(expectedKey), describe(found)));
    }

    private String describe(JsonNode v) {
        switch (v.getNodeType()) {
            case STRING:
                return text.get("found.string", v.toString());
            case NUMBER:
                return text.get("found.number", v.toString());
            case BOOLEAN:
                return text.get("found.boolean", v.toString());
            case ARRAY:
                return text.get("found.array");
            case OBJECT:
                return text.get("found.object");
            default:
                return text.get("found.null");
        }
    }
}
