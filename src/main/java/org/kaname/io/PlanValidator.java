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
import org.kaname.model.CostItem;
import org.kaname.model.Criterion;
import org.kaname.model.Evaluation;
import org.kaname.model.Evidence;
import org.kaname.model.FollowUp;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Judgment;
import org.kaname.model.Limits;
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
import org.kaname.model.YearCost;

/**
 * The model-level rules of a plan — unique ids, known references, numbers in range, no prerequisite cycle,
 * complete AHP judgments — and the limits of {@link Limits}: every text within the length of its class and free of
 * characters that exports cannot hold, every fiscal year, period, duration, scale and amount of money within its
 * bound, so that every command can work on every plan the validator accepts. Issues come in document order (the order of the kaname-plan format's fields and of each
 * list) and point at the offending value with the format's JSON Pointer, so the UI can show them next to the data
 * and the importer can report the first one.
 */
public final class PlanValidator {
    private static final int CODE = Limits.CODE_LENGTH;
    private static final int SHORT = Limits.SHORT_TEXT_LENGTH;
    private static final int LONG = Limits.LONG_TEXT_LENGTH;
    /** Saaty's scale, 1/9 to 9, as the engine's AHP takes it (with its tolerance for 0.111… written short). */
    private static final double AHP_MIN = 1.0 / 9 - 1e-9;
    private static final double AHP_MAX = 9 + 1e-9;
    /** A prerequisite cycle longer than this is named by its first members and its length. */
    static final int CYCLE_SHOWN = 5;

    private final IoMessages text;

    public PlanValidator(Locale locale) {
        this.text = new IoMessages(locale);
    }

    /**
     * The index of the first character of {@code s} that an export cannot hold, or -1: a C0 control character
     * other than TAB, LF and CR (XML 1.0, and so XLSX, has no way to write them, and they upset CSV readers and
     * PDF text), a surrogate that is not part of a pair (no UTF-8 encoding exists for it), or U+FFFE / U+FFFF
     * (not characters in XML 1.0).
     */
    static int badCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (c >= Character.MIN_SURROGATE) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                    return i;
                }
            }
        }
        return -1;
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
        /** Indicator ids seen so far (groups' then measures'), with where first: unique across the plan. */
        final Map<String, String> indicatorIds = new HashMap<>();
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
            text(plan.title(), "/title", SHORT);
            text(plan.organization(), "/organization", SHORT);
            text(plan.description(), "/description", LONG);
            text(plan.summary(), "/summary", LONG);
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
            followUp();
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

        /** A required text: present, within {@code max} characters, of characters every export can hold. */
        void required(String value, String pointer, int max) {
            required(value, pointer);
            text(value, pointer, max);
        }

        /**
         * An optional text (null passes): at most {@code max} characters, with no character that XLSX, PDF or CSV
         * cannot hold (see {@link #badCharacter}).
         */
        void text(String value, String pointer, int max) {
            if (value == null) {
                return;
            }
            if (value.length() > max) {
                add(pointer, "text.tooLong", value.length(), max);
                return;
            }
            int bad = badCharacter(value);
            if (bad >= 0) {
                characterIssue(value, bad, pointer);
            }
        }

        void characterIssue(String value, int bad, String pointer) {
            char c = value.charAt(bad);
            // The position as a person counts characters: code points, from 1.
            int position = value.codePointCount(0, bad) + 1;
            String code = String.format("U+%04X", (int) c);
            add(pointer, Character.isSurrogate(c) ? "text.loneSurrogate" : "text.control", position, code);
        }

        /** A fiscal year within {@link Limits#FIRST_FISCAL_YEAR}–{@link Limits#LAST_FISCAL_YEAR}. */
        boolean year(Integer year, String pointer) {
            if (year != null && (year < Limits.FIRST_FISCAL_YEAR || year > Limits.LAST_FISCAL_YEAR)) {
                add(pointer, "year.outOfRange", year, Limits.FIRST_FISCAL_YEAR, Limits.LAST_FISCAL_YEAR);
                return false;
            }
            return true;
        }

        /** An amount of money: 0 ≤ yen &lt; {@link Limits#MONEY_BOUND}. */
        void money(long yen, String pointer, String negativeKey) {
            if (yen < 0) {
                add(pointer, negativeKey, yen);
            } else if (yen >= Limits.MONEY_BOUND) {
                add(pointer, "money.tooLarge", yen, Limits.MONEY_BOUND);
            }
        }

        void fiscalYears() {
            if (plan.fiscalYears() == null) {
                add("/fiscalYears", "field.required");
                return;
            }
            int start = plan.fiscalYears().start();
            int end = plan.fiscalYears().end();
            boolean inRange = year(start, "/fiscalYears/start") & year(end, "/fiscalYears/end");
            if (start > end) {
                add("/fiscalYears", "fiscalYears.reversed", start, end);
            } else if (inRange && end - start + 1 > Limits.MAX_PERIOD_YEARS) {
                add("/fiscalYears", "fiscalYears.tooLong", start, end, end - start + 1, Limits.MAX_PERIOD_YEARS);
            }
        }

        void budget() {
            Budget b = plan.budget();
            if (b.uniform() != null && !b.byYear().isEmpty()) {
                add("/budgetPerYear", "budget.ambiguous");
            }
            if (b.uniform() != null) {
                money(b.uniform(), "/budgetPerYear", "budget.negative");
            }
            b.byYear().forEach((year, yen) -> {
                String p = Pointers.child("/budgetPerYear", String.valueOf(year));
                year(year, p);
                if (yen == null) {
                    add(p, "field.required");
                } else {
                    money(yen, p, "budget.negative");
                }
            });
        }

        void tiers() {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < plan.tiers().size(); i++) {
                Tier t = plan.tiers().get(i);
                String p = Pointers.child("/tiers", i);
                required(t.name(), p + "/name", CODE);
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
            text(id, pointer, CODE);
            String first = seen.putIfAbsent(id, pointer);
            if (first != null) {
                add(pointer, "id.duplicate", id, first);
            }
        }

        void reference(String id, Set<String> known, String pointer, String key) {
            if (id == null) {
                add(pointer, "field.required");
            } else if (!known.contains(id)) {
                // A known id passed its own checks; an unknown one is shown in the message, so it must be showable.
                text(id, pointer, CODE);
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
                required(c.name(), p + "/name", SHORT);
                text(c.description(), p + "/description", LONG);
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
            if (w > Limits.MAX_WEIGHT) {
                add(pointer, "weight.tooLarge", JsonNumbers.text(w), JsonNumbers.text(Limits.MAX_WEIGHT));
                return false;
            }
            return true;
        }

        void scale(Scale s, String pointer) {
            if (s.min() >= s.max()) {
                add(pointer, "scale.invalid", s.min(), s.max());
                return;
            }
            long levels = (long) s.max() - s.min() + 1;
            if (levels > Limits.MAX_SCALE_LEVELS) {
                add(pointer, "scale.tooManyLevels", s.min(), s.max(), levels, Limits.MAX_SCALE_LEVELS);
                return;
            }
            s.levels().forEach((level, description) -> {
                String p = Pointers.child(pointer + "/levels", String.valueOf(level));
                if (level < s.min() || level > s.max()) {
                    add(p, "scale.levelOutside", level, s.min(), s.max());
                }
                text(description, p, SHORT);
            });
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
                } else if (j.value() < AHP_MIN || j.value() > AHP_MAX) {
                    add(p + "/value", "ahp.outOfScale", JsonNumbers.text(j.value()));
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
                required(pl.name(), p + "/name", SHORT);
                text(pl.description(), p + "/description", LONG);
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
                required(g.title(), p + "/title", SHORT);
                text(g.purpose(), p + "/purpose", LONG);
                indicators(g.indicators(), p + "/indicators");
                evidence(g.evidence(), p + "/evidence");
            }
        }

        void indicators(List<Indicator> indicators, String pointer) {
            for (int j = 0; j < indicators.size(); j++) {
                Indicator ind = indicators.get(j);
                String p = Pointers.child(pointer, j);
                if (!ind.id().isEmpty()) {
                    // Blank only in plans from before ids, until IndicatorIds gives them one.
                    text(ind.id(), p + "/id", CODE);
                    String first = indicatorIds.putIfAbsent(ind.id(), p + "/id");
                    if (first != null) {
                        add(p + "/id", "id.duplicate", ind.id(), first);
                    }
                }
                required(ind.kind(), p + "/kind");
                required(ind.name(), p + "/name", SHORT);
                text(ind.target(), p + "/target", SHORT);
                text(ind.unit(), p + "/unit", CODE);
                text(ind.method(), p + "/method", SHORT);
                year(ind.targetYear(), p + "/targetYear");
                if (ind.baseline() != null) {
                    finite(ind.baseline(), p + "/baseline/value");
                }
                year(ind.baselineYear(), p + "/baseline/year");
                targets(ind.targets(), p + "/targets");
                actuals(ind.actuals(), p + "/actuals");
            }
        }

        /** One target per year, at most one final; values are finite by construction. */
        void targets(List<IndicatorTarget> targets, String pointer) {
            Map<Integer, String> years = new HashMap<>();
            String finalAt = null;
            for (int k = 0; k < targets.size(); k++) {
                IndicatorTarget t = targets.get(k);
                String p = Pointers.child(pointer, k);
                oneYear(t.year(), p + "/year", years, "target.duplicateYear");
                if (t.isFinal()) {
                    if (finalAt != null) {
                        add(p + "/final", "target.secondFinal", finalAt);
                    } else {
                        finalAt = p + "/final";
                    }
                }
            }
        }

        void actuals(List<IndicatorActual> actuals, String pointer) {
            Map<Integer, String> years = new HashMap<>();
            for (int k = 0; k < actuals.size(); k++) {
                IndicatorActual a = actuals.get(k);
                String p = Pointers.child(pointer, k);
                oneYear(a.year(), p + "/year", years, "actual.duplicateYear");
                text(a.source(), p + "/source", SHORT);
                text(a.note(), p + "/note", LONG);
            }
        }

        /** A fiscal year in range and not already in {@code seen} (year → pointer of its first). */
        void oneYear(int year, String pointer, Map<Integer, String> seen, String duplicateKey) {
            if (year(year, pointer)) {
                String first = seen.putIfAbsent(year, pointer);
                if (first != null) {
                    add(pointer, duplicateKey, year, first);
                }
            }
        }

        void evidence(List<Evidence> evidence, String pointer) {
            for (int j = 0; j < evidence.size(); j++) {
                Evidence e = evidence.get(j);
                String p = Pointers.child(pointer, j);
                required(e.title(), p + "/title", SHORT);
                text(e.url(), p + "/url", SHORT);
                text(e.note(), p + "/note", LONG);
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
                required(m.title(), p + "/title", SHORT);
                text(m.description(), p + "/description", LONG);
                text(m.owner(), p + "/owner", SHORT);
                money(m.initialCost(), p + "/initialCost", "cost.negative");
                money(m.annualCost(), p + "/annualCost", "cost.negative");
                if (m.durationYears() < 1) {
                    add(p + "/durationYears", "duration.tooShort", m.durationYears());
                } else if (m.durationYears() > Limits.MAX_PERIOD_YEARS) {
                    add(p + "/durationYears", "duration.tooLong", m.durationYears(), Limits.MAX_PERIOD_YEARS);
                }
                yearCosts(m.yearCosts(), p + "/yearCosts");
                year(m.earliestStart(), p + "/earliestStart");
                year(m.pinnedStart(), p + "/pinnedStart");
                references(m.dependsOn(), measures, p + "/dependsOn", "ref.measure");
                references(m.addresses(), problems, p + "/addresses", "ref.problem");
                indicators(m.indicators(), p + "/indicators");
                evidence(m.evidence(), p + "/evidence");
            }
            totalCost();
            Optional<List<String>> cycle = Prerequisites.findCycle(plan.measures());
            cycle.ifPresent(ids -> {
                int at = 0;
                while (!plan.measures().get(at).id().equals(ids.get(0))) {
                    at++;
                }
                String p = Pointers.child("/measures", at) + "/dependsOn";
                // ids runs from a measure back to itself: [A, B, A] is a cycle of two measures.
                int members = ids.size() - 1;
                if (members <= CYCLE_SHOWN) {
                    add(p, "cycle", String.join(" → ", ids));
                } else {
                    add(p, "cycle.long", String.join(" → ", ids.subList(0, CYCLE_SHOWN)), members);
                }
            });
        }

        /**
         * Costs by 年度: one entry per year; every amount of money within bounds; 人工 finite, not negative, and
         * its 人件費 at the plan's 単価 within the bound of money.
         */
        void yearCosts(List<YearCost> costs, String pointer) {
            Map<Integer, String> years = new HashMap<>();
            long rate = plan.followUp().personnelRate();
            for (int k = 0; k < costs.size(); k++) {
                YearCost y = costs.get(k);
                String p = Pointers.child(pointer, k);
                oneYear(y.year(), p + "/year", years, "yearCost.duplicateYear");
                money(y.projectCost(), p + "/projectCost", "cost.negative");
                for (int b = 0; b < y.breakdown().size(); b++) {
                    CostItem item = y.breakdown().get(b);
                    String bp = Pointers.child(p + "/breakdown", b);
                    required(item.name(), bp + "/name", SHORT);
                    money(item.amount(), bp + "/amount", "cost.negative");
                }
                double staff = y.staffYears();
                if (staff < 0) {
                    add(p + "/staffYears", "staffYears.negative", JsonNumbers.text(staff));
                } else if (staff * rate >= Limits.MONEY_BOUND) {
                    add(p + "/staffYears", "staffYears.tooLarge", JsonNumbers.text(staff), rate,
                            Limits.MONEY_BOUND);
                }
                money(y.national(), p + "/national", "cost.negative");
                money(y.prefectural(), p + "/prefectural", "cost.negative");
                money(y.other(), p + "/other", "cost.negative");
            }
        }

        /** True when every amount of {@code y} is within bounds, so that its total is exact. */
        boolean inBounds(YearCost y, long rate) {
            return y.projectCost() >= 0 && y.projectCost() < Limits.MONEY_BOUND && y.staffYears() >= 0
                    && y.staffYears() * rate < Limits.MONEY_BOUND && rate >= 0 && rate < Limits.MONEY_BOUND;
        }

        /**
         * The costs of all measures over their whole durations stay below {@link Limits#TOTAL_COST_BOUND}, so that
         * no sum a command makes of them (by year, by group, the plan's total) can overflow. Checked only when
         * every measure's own amounts are within bounds, which keeps each term, and so the running sum, exact.
         */
        void totalCost() {
            long total = 0;
            for (Measure m : plan.measures()) {
                if (m.initialCost() < 0 || m.initialCost() >= Limits.MONEY_BOUND || m.annualCost() < 0
                        || m.annualCost() >= Limits.MONEY_BOUND || m.durationYears() < 1
                        || m.durationYears() > Limits.MAX_PERIOD_YEARS) {
                    return;
                }
                total += m.initialCost() + m.annualCost() * m.durationYears();
                // Costs by 年度 (事業費 + 人件費) counted as well, whichever form the engine uses.
                long rate = plan.followUp().personnelRate();
                for (YearCost y : m.yearCosts()) {
                    if (!inBounds(y, rate)) {
                        return;
                    }
                    total += y.total(rate);
                    if (total >= Limits.TOTAL_COST_BOUND) {
                        break;
                    }
                }
                if (total >= Limits.TOTAL_COST_BOUND) {
                    add("/measures", "cost.totalTooLarge", Limits.TOTAL_COST_BOUND);
                    return;
                }
            }
        }

        void significance() {
            for (int i = 0; i < plan.significance().size(); i++) {
                Significance s = plan.significance().get(i);
                String p = Pointers.child("/significance", i);
                required(s.stakeholder(), p + "/stakeholder");
                required(s.text(), p + "/text", LONG);
            }
        }

        void problems() {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < plan.problems().size(); i++) {
                Problem pr = plan.problems().get(i);
                String p = Pointers.child("/problems", i);
                id(pr.id(), p + "/id", seen);
                required(pr.stakeholder(), p + "/stakeholder");
                required(pr.title(), p + "/title", SHORT);
                text(pr.description(), p + "/description", LONG);
                text(pr.consequence(), p + "/consequence", LONG);
                evidence(pr.evidence(), p + "/evidence");
            }
        }

        void cases() {
            for (int i = 0; i < plan.cases().size(); i++) {
                PeerCase c = plan.cases().get(i);
                String p = Pointers.child("/cases", i);
                required(c.municipality(), p + "/municipality", SHORT);
                required(c.title(), p + "/title", SHORT);
                text(c.summary(), p + "/summary", LONG);
                text(c.successFactors(), p + "/successFactors", LONG);
                text(c.results(), p + "/results", LONG);
                evidence(c.sources(), p + "/sources");
                references(c.groups(), groups, p + "/groups", "ref.group");
            }
        }

        void timeline() {
            for (int i = 0; i < plan.timeline().size(); i++) {
                TimelineEntry t = plan.timeline().get(i);
                String p = Pointers.child("/timeline", i);
                year(t.year(), p + "/year");
                required(t.text(), p + "/text", LONG);
                text(t.source(), p + "/source", SHORT);
            }
        }

        void raters() {
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < plan.raters().size(); i++) {
                Rater r = plan.raters().get(i);
                String p = Pointers.child("/raters", i);
                id(r.id(), p + "/id", seen);
                required(r.name(), p + "/name", SHORT);
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
                String note = s.note();
                if (note != null && (note.length() > LONG || badCharacter(note) >= 0)) {
                    text(note, at(pointer, i, "/note"), LONG);
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
                required(sc.name(), p + "/name", SHORT);
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
                text(r.title(), p + "/title", SHORT);
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

        /**
         * The follow-up: 単価 within the bounds of money; a grade rule of named, distinct grades whose thresholds
         * fall from the first step to the last; evaluations of known measures, one per measure and 年度, whose
         * override is a grade of the rule and comes with its reason.
         */
        void followUp() {
            FollowUp f = plan.followUp();
            money(f.personnelRate(), "/followUp/personnelRate", "personnelRate.negative");
            GradeRule rule = f.gradeRule();
            Map<String, String> grades = new HashMap<>();
            boolean finite = true;
            for (int i = 0; i < rule.steps().size(); i++) {
                GradeRule.Step step = rule.steps().get(i);
                String p = Pointers.child("/followUp/gradeRule/steps", i);
                grade(step.grade(), p + "/grade", grades);
                finite &= finite(step.from(), p + "/from");
            }
            grade(rule.lowest(), "/followUp/gradeRule/lowest", grades);
            if (finite && !rule.isOrdered()) {
                List<String> steps = rule.steps().stream()
                        .map(s -> s.grade() + " ≥ " + JsonNumbers.text(s.from())).toList();
                add("/followUp/gradeRule/steps", "gradeRule.unordered", String.join(", ", steps));
            }
            Map<String, String> seen = new HashMap<>();
            for (int i = 0; i < f.evaluations().size(); i++) {
                Evaluation e = f.evaluations().get(i);
                String p = Pointers.child("/followUp/evaluations", i);
                reference(e.measureId(), measures, p + "/measure", "ref.measure");
                if (year(e.year(), p + "/year") && e.measureId() != null) {
                    String first = seen.putIfAbsent(e.year() + ":" + e.measureId(), p);
                    if (first != null) {
                        add(p, "evaluation.duplicate", e.measureId(), e.year(), first);
                    }
                }
                if (e.overridesGrade()) {
                    text(e.grade(), p + "/grade", CODE);
                    if (!rule.grades().contains(e.grade())) {
                        add(p + "/grade", "evaluation.unknownGrade", e.grade(), String.join(", ", rule.grades()));
                    }
                    if (e.gradeReason().isBlank()) {
                        add(p + "/gradeReason", "evaluation.gradeWithoutReason", e.grade());
                    }
                }
                text(e.gradeReason(), p + "/gradeReason", LONG);
                text(e.directionReason(), p + "/directionReason", LONG);
                text(e.comment(), p + "/comment", LONG);
            }
        }

        /** A grade of the rule: named, a code's length, not the name of an earlier one. */
        void grade(String grade, String pointer, Map<String, String> seen) {
            if (grade.isBlank()) {
                add(pointer, "grade.blank");
                return;
            }
            text(grade, pointer, CODE);
            String first = seen.putIfAbsent(grade, pointer);
            if (first != null) {
                add(pointer, "grade.duplicate", grade, first);
            }
        }
    }
}
