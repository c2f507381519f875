package org.kaname.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kaname.engine.Prerequisites;
import org.kaname.model.Budget;
import org.kaname.model.Criterion;
import org.kaname.model.Evidence;
import org.kaname.model.Indicator;
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
import org.kaname.model.WeightingMethod;

/**
 * The model-level rules of a plan — unique ids, known references, numbers in range, no prerequisite cycle,
 * complete AHP judgments. Issues come in document order (the order of the kaname-plan format's fields and of each
 * list) and point at the offending value with the format's JSON Pointer, so the UI can show them next to the data
 * and the importer can report the first one.
 */
public final class PlanValidator {
    private final IoMessages text;

    public PlanValidator(Locale locale) {
        this.text = new IoMessages(locale);
    }

    /** All issues of {@code plan}; empty when it is valid. */
    public List<PlanIssue> validate(Plan plan) {
        return new Run(plan, false).issues;
    }

    /**
     * The first issue of {@link #validate}, found without looking further: an importer reports only that one, and
     * a file with 300,000 bad scores need not have 300,000 messages built.
     */
    public Optional<PlanIssue> firstIssue(Plan plan) {
        try {
            new Run(plan, true);
            return Optional.empty();
        } catch (FirstIssue found) {
            return Optional.of(found.issue);
        }
    }

    /** Ends a {@link Run} at its first issue, for {@link #firstIssue}. */
    private static final class FirstIssue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PlanIssue issue;

        FirstIssue(PlanIssue issue) {
            super(null, null, false, false);
            this.issue = issue;
        }
    }

    /** The key of one score cell: measure × criterion × rater, any of them possibly null. */
    private record ScoreCell(String measure, String criterion, String rater) {
    }

    /**
     * Which score cells were seen, and first where. A cell of ids the plan knows (nearly all of them) is a number,
     * from the ids' numbers: when the plan's grid of cells is not much larger than its scores, the index of an
     * array of first scores (which scores in plan order walk nearly in sequence), else the key of an
     * open-addressing table; so 300,000 scores cost no object each. A cell naming an unknown id (already an issue)
     * goes to a map of {@link ScoreCell}s. The two never hold the same cell.
     */
    private static final class Cells {
        /** The numbers of the known ids; an id is known exactly when it has one. */
        final Map<String, Integer> measures;
        final Map<String, Integer> criteria;
        final Map<String, Integer> raters;
        /** The criterion of each criterion number. */
        final Criterion[] criterionAt;
        private final boolean fitsLong;

        Cells(Set<String> measures, Map<String, Criterion> criteria, Set<String> raters) {
            this.measures = numbered(measures);
            this.criteria = numbered(criteria.keySet());
            this.raters = numbered(raters);
            this.criterionAt = new Criterion[criteria.size()];
            this.criteria.forEach((id, n) -> criterionAt[n] = criteria.get(id));
            this.fitsLong = (double) measures.size() * criteria.size() * raters.size() < 0x1p62;
        }

        private static Map<String, Integer> numbered(Set<String> ids) {
            Map<String, Integer> numbers = new HashMap<>(ids.size() * 2);
            for (String id : ids) {
                numbers.put(id, numbers.size());
            }
            return numbers;
        }

        /** The cells of one score list. */
        final class Seen {
            /** By cell number, 1 + the index of its first score; 0 for none. Or null, and the table below. */
            private final int[] grid;
            private long[] keys;
            private int[] firsts;
            private int size;
            private Map<ScoreCell, Integer> others;

            Seen(int expected) {
                double cells = (double) measures.size() * criteria.size() * raters.size();
                if (cells <= Math.max(1 << 16, 4.0 * expected)) {
                    grid = new int[(int) cells];
                    return;
                }
                grid = null;
                int capacity = 16;
                while (capacity < expected * 2) {
                    capacity *= 2;
                }
                keys = new long[capacity];
                firsts = new int[capacity];
            }

            /**
             * The index of the first score of this cell, or -1 (and {@code index} is now its first); {@code m},
             * {@code c}, {@code r} are the numbers of the ids, null for an unknown one.
             */
            int putIfAbsent(Integer m, Integer c, Integer r, String measure, String criterion, String rater,
                    int index) {
                if (m == null || c == null || r == null || !fitsLong) {
                    if (others == null) {
                        others = new HashMap<>();
                    }
                    Integer first = others.putIfAbsent(new ScoreCell(measure, criterion, rater), index);
                    return first == null ? -1 : first;
                }
                long key = ((long) m * criteria.size() + c) * raters.size() + r;
                if (grid != null) {
                    int first = grid[(int) key] - 1;
                    if (first < 0) {
                        grid[(int) key] = index + 1;
                    }
                    return first;
                }
                int mask = keys.length - 1;
                int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
                while (firsts[slot] != 0) {
                    if (keys[slot] == key) {
                        return firsts[slot] - 1;
                    }
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                firsts[slot] = index + 1;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return -1;
            }

            private void grow() {
                long[] oldKeys = keys;
                int[] oldFirsts = firsts;
                keys = new long[oldKeys.length * 2];
                firsts = new int[oldKeys.length * 2];
                int mask = keys.length - 1;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldFirsts[i] != 0) {
                        int slot = (int) ((oldKeys[i] * 0x9E3779B97F4A7C15L) >>> 32) & mask;
                        while (firsts[slot] != 0) {
                            slot = (slot + 1) & mask;
                        }
                        keys[slot] = oldKeys[i];
                        firsts[slot] = oldFirsts[i];
                    }
                }
            }
        }
    }

    /** One validation pass; holds the id indexes the reference checks need. */
    private final class Run {
        final List<PlanIssue> issues = new ArrayList<>();
        final Plan plan;
        final Map<String, Criterion> criteria = new HashMap<>();
        final Set<String> pillars = new HashSet<>();
        final Set<String> groups = new HashSet<>();
        final Set<String> measures = new HashSet<>();
        final Set<String> problems = new HashSet<>();
        final Set<String> raters = new HashSet<>();
        final boolean stopAtFirst;
        /** The numbering of known ids for the duplicate check of scores, made when first needed. */
        Cells cells;

        Run(Plan plan, boolean stopAtFirst) {
            this.plan = plan;
            this.stopAtFirst = stopAtFirst;
            plan.criteria().forEach(c -> criteria.putIfAbsent(c.id(), c));
            plan.pillars().forEach(p -> pillars.add(p.id()));
            plan.groups().forEach(g -> groups.add(g.id()));
            plan.measures().forEach(m -> measures.add(m.id()));
            plan.problems().forEach(p -> problems.add(p.id()));
            plan.raters().forEach(r -> raters.add(r.id()));

            if (plan.title() == null || plan.title().isBlank()) {
                add("/title", "title.blank");
            }
            fiscalYears();
            budget();
            tiers();
            criteria();
            weighting();
            pillars();
            groups();
            measures();
            significance();
            problems();
            cases();
            timeline();
            raters();
            scores();
            scenarios();
            rounds();
        }

        void add(String pointer, String key, Object... args) {
            PlanIssue issue = new PlanIssue(pointer, text.get(key, args));
            if (stopAtFirst) {
                throw new FirstIssue(issue);
            }
            issues.add(issue);
        }

        void required(Object value, String pointer) {
            if (value == null) {
                add(pointer, "field.required");
            }
        }

        void fiscalYears() {
            if (plan.fiscalYears() == null) {
                add("/fiscalYears", "field.required");
            } else if (plan.fiscalYears().start() > plan.fiscalYears().end()) {
                add("/fiscalYears", "fiscalYears.reversed", plan.fiscalYears().start(), plan.fiscalYears().end());
            }
        }

        void budget() {
            Budget b = plan.budget();
            if (b.uniform() != null && !b.byYear().isEmpty()) {
                add("/budgetPerYear", "budget.ambiguous");
            }
            if (b.uniform() != null && b.uniform() < 0) {
                add("/budgetPerYear", "budget.negative", b.uniform());
            }
            b.byYear().forEach((year, yen) -> {
                String p = Pointers.child("/budgetPerYear", String.valueOf(year));
                if (yen == null) {
                    add(p, "field.required");
                } else if (yen < 0) {
                    add(p, "budget.negative", yen);
                }
            });
        }

        void tiers() {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < plan.tiers().size(); i++) {
                Tier t = plan.tiers().get(i);
                String p = Pointers.child("/tiers", i);
                required(t.name(), p + "/name");
                if (t.name() != null) {
                    String first = seen.putIfAbsent(t.name(), p + "/name");
                    if (first != null) {
                        add(p + "/name", "tier.duplicate", t.name(), first);
                    }
                }
                finite(t.minScore(), p + "/minScore");
            }
        }

        boolean finite(Double value, String pointer) {
            if (value == null) {
                add(pointer, "field.required");
                return false;
            }
            if (!Double.isFinite(value)) {
                add(pointer, "value.notFinite", value);
                return false;
            }
            return true;
        }

        void id(String id, String pointer, Map<String, String> seen) {
            if (id == null || id.isBlank()) {
                add(pointer, "id.blank");
                return;
            }
            String first = seen.putIfAbsent(id, pointer);
            if (first != null) {
                add(pointer, "id.duplicate", id, first);
            }
        }

        void reference(String id, Set<String> known, String pointer, String key) {
            if (id == null) {
                add(pointer, "field.required");
            } else if (!known.contains(id)) {
                add(pointer, key, id);
            }
        }

        void references(List<String> ids, Set<String> known, String pointer, String key) {
            for (int j = 0; j < ids.size(); j++) {
                reference(ids.get(j), known, Pointers.child(pointer, j), key);
            }
        }

        void criteria() {
            Map<String, String> seen = new HashMap<>();
            boolean anyPositive = false;
            for (int i = 0; i < plan.criteria().size(); i++) {
                Criterion c = plan.criteria().get(i);
                String p = Pointers.child("/criteria", i);
                id(c.id(), p + "/id", seen);
                required(c.name(), p + "/name");
                if (weight(c.weight(), p + "/weight") && c.weight() > 0) {
                    anyPositive = true;
                }
                scale(c.scale(), p + "/scale");
            }
            if (!plan.criteria().isEmpty() && !anyPositive
                    && plan.criteria().stream().allMatch(c -> c.weight() == 0)) {
                add("/criteria", "weights.allZero");
            }
        }

        /** True when the weight is a usable number (finite, not negative). */
        boolean weight(Double w, String pointer) {
            if (!finite(w, pointer)) {
                return false;
            }
            if (w < 0) {
                add(pointer, "weight.negative", JsonNumbers.text(w));
                return false;
            }
            return true;
        }

        void scale(Scale s, String pointer) {
            if (s.min() >= s.max()) {
                add(pointer, "scale.invalid", s.min(), s.max());
                return;
            }
            for (Integer level : s.levels().keySet()) {
                if (level < s.min() || level > s.max()) {
                    add(Pointers.child(pointer + "/levels", String.valueOf(level)), "scale.levelOutside", level,
                            s.min(), s.max());
                }
            }
        }

        void weighting() {
            Weighting w = plan.weighting();
            Set<String> known = criteria.keySet();
            Map<String, String> pairs = new HashMap<>();
            for (int i = 0; i < w.judgments().size(); i++) {
                Judgment j = w.judgments().get(i);
                String p = Pointers.child("/weighting/judgments", i);
                reference(j.a(), known, p + "/a", "ref.criterion");
                reference(j.b(), known, p + "/b", "ref.criterion");
                if (!(j.value() > 0) || !Double.isFinite(j.value())) {
                    add(p + "/value", "ahp.value", JsonNumbers.text(j.value()));
                }
                if (j.a() != null && j.a().equals(j.b())) {
                    add(p, "ahp.self", j.a());
                } else if (j.a() != null && j.b() != null) {
                    String first = pairs.putIfAbsent(pairKey(j.a(), j.b()), p);
                    if (first != null) {
                        add(p, "ahp.duplicatePair", j.a(), j.b(), first);
                    }
                }
            }
            if (w.method() == WeightingMethod.AHP) {
                List<Criterion> cs = plan.criteria();
                for (int x = 0; x < cs.size(); x++) {
                    for (int y = x + 1; y < cs.size(); y++) {
                        String a = cs.get(x).id();
                        String b = cs.get(y).id();
                        if (a != null && b != null && !a.equals(b) && !pairs.containsKey(pairKey(a, b))) {
                            add("/weighting/judgments", "ahp.missingPair", a, b);
                        }
                    }
                }
            }
            Map<String, String> ranked = new HashMap<>();
            for (int i = 0; i < w.ranking().size(); i++) {
                String id = w.ranking().get(i);
                String p = Pointers.child("/weighting/ranking", i);
                reference(id, known, p, "ref.criterion");
                if (id != null) {
                    String first = ranked.putIfAbsent(id, p);
                    if (first != null) {
                        add(p, "ranking.duplicate", id, first);
                    }
                }
            }
            w.points().forEach((id, points) -> {
                String p = Pointers.child("/weighting/points", id);
                reference(id, known, p, "ref.criterion");
                weight(points, p);
            });
        }

        String pairKey(String a, String b) {
            // Ids may contain any character; the length prefix keeps the key unambiguous.
            String lo = a.compareTo(b) <= 0 ? a : b;
            String hi = lo == a ? b : a;
            return lo.length() + ":" + lo + hi;
        }

        void pillars() {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < plan.pillars().size(); i++) {
                Pillar pl = plan.pillars().get(i);
                String p = Pointers.child("/pillars", i);
                id(pl.id(), p + "/id", seen);
                required(pl.name(), p + "/name");
            }
        }

        void groups() {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < plan.groups().size(); i++) {
                MeasureGroup g = plan.groups().get(i);
                String p = Pointers.child("/groups", i);
                id(g.id(), p + "/id", seen);
                if (g.pillar() != null) {
                    reference(g.pillar(), pillars, p + "/pillar", "ref.pillar");
                }
                required(g.title(), p + "/title");
                indicators(g.indicators(), p + "/indicators");
                evidence(g.evidence(), p + "/evidence");
            }
        }

        void indicators(List<Indicator> indicators, String pointer) {
            for (int j = 0; j < indicators.size(); j++) {
                Indicator ind = indicators.get(j);
                String p = Pointers.child(pointer, j);
                required(ind.kind(), p + "/kind");
                required(ind.name(), p + "/name");
            }
        }

        void evidence(List<Evidence> evidence, String pointer) {
            for (int j = 0; j < evidence.size(); j++) {
                required(evidence.get(j).title(), Pointers.child(pointer, j) + "/title");
            }
        }

        void measures() {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < plan.measures().size(); i++) {
                Measure m = plan.measures().get(i);
                String p = Pointers.child("/measures", i);
                id(m.id(), p + "/id", seen);
                if (m.group() != null) {
                    reference(m.group(), groups, p + "/group", "ref.group");
                }
                required(m.title(), p + "/title");
                if (m.initialCost() < 0) {
                    add(p + "/initialCost", "cost.negative", m.initialCost());
                }
                if (m.annualCost() < 0) {
                    add(p + "/annualCost", "cost.negative", m.annualCost());
                }
                if (m.durationYears() < 1) {
                    add(p + "/durationYears", "duration.tooShort", m.durationYears());
                }
                references(m.dependsOn(), measures, p + "/dependsOn", "ref.measure");
                references(m.addresses(), problems, p + "/addresses", "ref.problem");
                indicators(m.indicators(), p + "/indicators");
                evidence(m.evidence(), p + "/evidence");
            }
            Optional<List<String>> cycle = Prerequisites.findCycle(plan.measures());
            cycle.ifPresent(ids -> {
                int at = 0;
                while (!plan.measures().get(at).id().equals(ids.get(0))) {
                    at++;
                }
                add(Pointers.child("/measures", at) + "/dependsOn", "cycle", String.join(" → ", ids));
            });
        }

        void significance() {
            for (int i = 0; i < plan.significance().size(); i++) {
                Significance s = plan.significance().get(i);
                String p = Pointers.child("/significance", i);
                required(s.stakeholder(), p + "/stakeholder");
                required(s.text(), p + "/text");
            }
        }

        void problems() {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < plan.problems().size(); i++) {
                Problem pr = plan.problems().get(i);
                String p = Pointers.child("/problems", i);
                id(pr.id(), p + "/id", seen);
                required(pr.stakeholder(), p + "/stakeholder");
                required(pr.title(), p + "/title");
                evidence(pr.evidence(), p + "/evidence");
            }
        }

        void cases() {
            for (int i = 0; i < plan.cases().size(); i++) {
                PeerCase c = plan.cases().get(i);
                String p = Pointers.child("/cases", i);
                required(c.municipality(), p + "/municipality");
                required(c.title(), p + "/title");
                evidence(c.sources(), p + "/sources");
                references(c.groups(), groups, p + "/groups", "ref.group");
            }
        }

        void timeline() {
            for (int i = 0; i < plan.timeline().size(); i++) {
                TimelineEntry t = plan.timeline().get(i);
                required(t.text(), Pointers.child("/timeline", i) + "/text");
            }
        }

        void raters() {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < plan.raters().size(); i++) {
                Rater r = plan.raters().get(i);
                String p = Pointers.child("/raters", i);
                id(r.id(), p + "/id", seen);
                required(r.name(), p + "/name");
            }
        }

        void scores() {
            scores(plan.scores(), "/scores", null);
        }

        /**
         * The rules every score list shares — the plan's and each round's: known references, a value on the
         * criterion's scale, one score per cell. A round's scores must also be for its own measures and raters.
         * A plan may hold hundreds of thousands of scores, so a score that passes costs a few hash lookups and no
         * string: its pointer is built only for an issue.
         */
        void scores(List<Score> scores, String pointer, ScoringRound round) {
            Set<String> roundMeasures = round == null ? null : new HashSet<>(round.measures());
            Set<String> roundRaters = round == null ? null : new HashSet<>(round.raters());
            if (cells == null) {
                cells = new Cells(measures, criteria, raters);
            }
            Cells.Seen seen = cells.new Seen(scores.size());
            for (int i = 0; i < scores.size(); i++) {
                Score s = scores.get(i);
                String measure = s.measure();
                Integer m = cells.measures.get(measure);
                if (measure == null || m == null) {
                    reference(measure, measures, at(pointer, i, "/measure"), "ref.measure");
                }
                if (round != null && m != null && !roundMeasures.contains(measure)) {
                    add(at(pointer, i, "/measure"), "round.measureNotInRound", measure, round.number());
                }
                String criterion = s.criterion();
                Integer cn = cells.criteria.get(criterion);
                Criterion c = criterion == null || cn == null ? null : cells.criterionAt[cn];
                if (c == null) {
                    reference(criterion, criteria.keySet(), at(pointer, i, "/criterion"), "ref.criterion");
                }
                String rater = s.rater();
                Integer r = cells.raters.get(rater);
                if (rater == null || r == null) {
                    reference(rater, raters, at(pointer, i, "/rater"), "ref.rater");
                }
                if (round != null && r != null && !roundRaters.contains(rater)) {
                    add(at(pointer, i, "/rater"), "round.raterNotInRound", rater, round.number());
                }
                double value = s.value();
                if (!Double.isFinite(value)) {
                    finite(value, at(pointer, i, "/value"));
                } else if (c != null && !c.scale().contains(value)) {
                    add(at(pointer, i, "/value"), "score.outOfScale", JsonNumbers.text(value), c.id(),
                            c.scale().min(), c.scale().max());
                }
                int first = seen.putIfAbsent(m, cn, r, measure, criterion, rater, i);
                if (first >= 0) {
                    add(Pointers.child(pointer, i), "score.duplicate", measure, criterion, rater,
                            Pointers.child(pointer, first));
                }
            }
        }

        /** The pointer of field {@code suffix} (such as {@code "/value"}) of element {@code i} of {@code list}. */
        String at(String list, int i, String suffix) {
            return Pointers.child(list, i) + suffix;
        }

        void scenarios() {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < plan.scenarios().size(); i++) {
                Scenario sc = plan.scenarios().get(i);
                String p = Pointers.child("/scenarios", i);
                required(sc.name(), p + "/name");
                if (sc.name() != null) {
                    String first = seen.putIfAbsent(sc.name(), p + "/name");
                    if (first != null) {
                        add(p + "/name", "scenario.duplicate", sc.name(), first);
                    }
                }
                sc.weights().forEach((id, w) -> {
                    String wp = Pointers.child(p + "/weights", id);
                    reference(id, criteria.keySet(), wp, "ref.criterion");
                    weight(w, wp);
                });
                if (sc.weights().values().stream().allMatch(w -> w != null && w == 0)) {
                    add(p + "/weights", "weights.allZero");
                }
            }
        }

        void rounds() {
            Map<Integer, String> numbers = new HashMap<>();
            ScoringRound open = null;
            for (int i = 0; i < plan.rounds().size(); i++) {
                ScoringRound r = plan.rounds().get(i);
                String p = Pointers.child("/rounds", i);
                if (r.number() < 1) {
                    add(p + "/number", "round.numberTooSmall", r.number());
                } else {
                    String first = numbers.putIfAbsent(r.number(), p + "/number");
                    if (first != null) {
                        add(p + "/number", "round.duplicate", r.number(), first);
                    }
                }
                references(r.measures(), measures, p + "/measures", "ref.measure");
                references(r.raters(), raters, p + "/raters", "ref.rater");
                if (r.isOpen()) {
                    if (open != null) {
                        add(p + "/state", "round.secondOpen", r.number(), open.number());
                    } else {
                        open = r;
                    }
                } else if (r.revealed() == null) {
                    add(p + "/revealed", "round.revealedWithoutTime", r.number());
                }
                scores(r.scores(), p + "/scores", r);
            }
        }
    }
}
