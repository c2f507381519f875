package org.kaname.engine.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kaname.engine.Aggregation;
import org.kaname.engine.EngineException;
import org.kaname.engine.ModelKind;
import org.kaname.engine.RankedMeasure;
import org.kaname.engine.Ranking;
import org.kaname.engine.RankingService;
import org.kaname.engine.Weights;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;
import org.kaname.model.Tier;

/**
 * Compares two versions of a plan: an earlier one, A, and a later one, B (a saved version and now, or two saved
 * versions). Both are ranked exactly as the {@code rank} command ranks without a scenario — the weighted sum under
 * the plan's own weights with the mean of the raters' values — and their values are matched cell by cell (measure ×
 * criterion × rater) through a hash index, never pair by pair: a plan of 2,000 measures × 5 criteria × 30 raters
 * (300,000 values a side) compares in about 0.15–0.3 s of CPU. Measures, criteria and raters are matched by id.
 *
 * <p>A version the engine cannot rank (no criteria, weights that are all zero, a value off its scale) does not stop
 * the comparison: its ranks, scores and weights are null and {@link Comparison#rankingProblemA()} (or B) says why.
 * Two values by the same rater for the same cell (the store and the plan format refuse them) count as the last one.
 */
public final class PlanComparison {
    private static final RankingService RANKINGS = new RankingService();

    private PlanComparison() {
    }

    /** {@link #compare(Plan, Plan, ScoreAuthors)} without anyone known for the changed values. */
    public static Comparison compare(Plan a, Plan b) {
        return compare(a, b, ScoreAuthors.NONE);
    }

    /** What changed from {@code a} (earlier) to {@code b} (later); {@code authors} say who changed each value. */
    public static Comparison compare(Plan a, Plan b, ScoreAuthors authors) {
        Objects.requireNonNull(authors, "authors");
        Side sa = new Side(Objects.requireNonNull(a, "a"));
        Side sb = new Side(Objects.requireNonNull(b, "b"));
        return new Comparison(ranking(sa, sb), scores(sa, sb, authors), weights(sa, sb),
                only(sb, sa), only(sa, sb), Optional.ofNullable(sa.problem), Optional.ofNullable(sb.problem));
    }

    // ---- ranking ----

    private static List<RankMovement> ranking(Side a, Side b) {
        List<RankMovement> rows = new ArrayList<>(b.measures.size() + a.measures.size());
        for (String id : b.rankOrder()) {
            rows.add(row(id, a, b));
        }
        for (String id : a.rankOrder()) {
            if (!b.measures.containsKey(id)) {
                rows.add(row(id, a, b));
            }
        }
        return rows;
    }

    private static RankMovement row(String id, Side a, Side b) {
        Measure m = b.measures.containsKey(id) ? b.measures.get(id) : a.measures.get(id);
        RankedMeasure ra = a.ranked.get(id);
        RankedMeasure rb = b.ranked.get(id);
        return new RankMovement(id, m.title(), rank(ra), rank(rb), score(ra), score(rb), a.tier(id), b.tier(id));
    }

    private static Integer rank(RankedMeasure m) {
        return m != null && m.rank().isPresent() ? m.rank().getAsInt() : null;
    }

    private static Double score(RankedMeasure m) {
        return m != null && m.score().isPresent() ? m.score().getAsDouble() : null;
    }

    /** Measures {@code in} has and {@code other} has not, in {@code in}'s plan order. */
    private static List<MeasureRef> only(Side in, Side other) {
        List<MeasureRef> out = new ArrayList<>();
        for (Measure m : in.measures.values()) {
            if (!other.measures.containsKey(m.id())) {
                out.add(new MeasureRef(m.id(), m.title()));
            }
        }
        return out;
    }

    // ---- weights ----

    private static List<WeightChange> weights(Side a, Side b) {
        Map<String, Criterion> all = new LinkedHashMap<>(b.criteria);
        a.criteria.forEach(all::putIfAbsent);
        List<WeightChange> out = new ArrayList<>(all.size());
        for (Criterion c : all.values()) {
            out.add(new WeightChange(c.id(), c.name(), a.weight(c.id()), b.weight(c.id())));
        }
        return out;
    }

    // ---- values ----

    private record Cell(String measure, String criterion, String rater) {
        static Cell of(Score s) {
            return new Cell(s.measure(), s.criterion(), s.rater());
        }
    }

    /** A change found, with its place in the order (B's measure, criterion, rater order, then A's). */
    private record Found(int measure, int criterion, int rater, Score before, Score after) {
        static final Comparator<Found> ORDER = Comparator.comparingInt(Found::measure)
                .thenComparingInt(Found::criterion).thenComparingInt(Found::rater);
    }

    private static List<ScoreChange> scores(Side a, Side b, ScoreAuthors authors) {
        Positions measures = new Positions(b.measures.keySet(), a.measures.keySet());
        Positions criteria = new Positions(b.criteria.keySet(), a.criteria.keySet());
        Positions raters = new Positions(b.raters.keySet(), a.raters.keySet());
        // Ids that only scores name (a plan the engine would refuse) go last, in the order the scores name them.
        Map<Cell, Score> after = index(b.plan.scores(), measures, criteria, raters);
        Map<Cell, Score> before = index(a.plan.scores(), measures, criteria, raters);
        List<Found> found = new ArrayList<>();
        for (Map.Entry<Cell, Score> e : after.entrySet()) {
            Score was = before.get(e.getKey());
            if (was == null || !sameValue(was.value(), e.getValue().value())) {
                found.add(found(e.getKey(), was, e.getValue(), measures, criteria, raters));
            }
        }
        for (Map.Entry<Cell, Score> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                found.add(found(e.getKey(), e.getValue(), null, measures, criteria, raters));
            }
        }
        found.sort(Found.ORDER);
        List<ScoreChange> out = new ArrayList<>(found.size());
        for (Found f : found) {
            Score s = f.after() != null ? f.after() : f.before();
            out.add(new ScoreChange(s.measure(), measureTitle(s.measure(), a, b),
                    s.criterion(), criterionName(s.criterion(), a, b),
                    s.rater(), raterName(s.rater(), a, b),
                    f.before() == null ? null : f.before().value(), f.after() == null ? null : f.after().value(),
                    authors.lastChangedBy(s.measure(), s.criterion(), s.rater()).orElse(null)));
        }
        return out;
    }

    private static Found found(Cell cell, Score before, Score after, Positions measures, Positions criteria,
                               Positions raters) {
        return new Found(measures.of(cell.measure()), criteria.of(cell.criterion()), raters.of(cell.rater()), before,
                after);
    }

    private static Map<Cell, Score> index(List<Score> scores, Positions measures, Positions criteria,
                                          Positions raters) {
        Map<Cell, Score> out = new HashMap<>(Math.max(16, scores.size() * 4 / 3 + 1));
        // Scores usually come grouped by measure and criterion: skip the lookup of an id just looked up.
        String lastMeasure = null;
        String lastCriterion = null;
        for (Score s : scores) {
            if (s.measure() != lastMeasure) {
                lastMeasure = s.measure();
                measures.of(lastMeasure);
            }
            if (s.criterion() != lastCriterion) {
                lastCriterion = s.criterion();
                criteria.of(lastCriterion);
            }
            raters.of(s.rater());
            out.put(Cell.of(s), s);
        }
        return out;
    }

    private static boolean sameValue(double x, double y) {
        return x == y || Double.isNaN(x) && Double.isNaN(y);
    }

    private static String measureTitle(String id, Side a, Side b) {
        Measure m = b.measures.containsKey(id) ? b.measures.get(id) : a.measures.get(id);
        return m == null ? id : m.title();
    }

    private static String criterionName(String id, Side a, Side b) {
        Criterion c = b.criteria.containsKey(id) ? b.criteria.get(id) : a.criteria.get(id);
        return c == null ? id : c.name();
    }

    private static String raterName(String id, Side a, Side b) {
        Rater r = b.raters.containsKey(id) ? b.raters.get(id) : a.raters.get(id);
        return r == null ? id : r.name();
    }

    /** Positions of ids: the first list's in order, then the second's new ones, then any others as first asked. */
    private static final class Positions {
        private final Map<String, Integer> index = new HashMap<>();

        Positions(Iterable<String> first, Iterable<String> second) {
            first.forEach(this::of);
            second.forEach(this::of);
        }

        int of(String id) {
            Integer i = index.get(id);
            if (i == null) {
                i = index.size();
                index.put(id, i);
            }
            return i;
        }
    }

    /** One version: its measures, criteria and raters by id (plan order, first of a repeated id) and its ranking. */
    private static final class Side {
        final Plan plan;
        final Map<String, Measure> measures = new LinkedHashMap<>();
        final Map<String, Criterion> criteria = new LinkedHashMap<>();
        final Map<String, Rater> raters = new LinkedHashMap<>();
        final Map<String, RankedMeasure> ranked = new HashMap<>();
        final Ranking ranking;
        final Map<String, Double> weights;
        final String problem;

        Side(Plan plan) {
            this.plan = plan;
            plan.measures().forEach(m -> measures.putIfAbsent(m.id(), m));
            plan.criteria().forEach(c -> criteria.putIfAbsent(c.id(), c));
            plan.raters().forEach(r -> raters.putIfAbsent(r.id(), r));
            Map<String, Double> w = null;
            Ranking r = null;
            String why = null;
            try {
                w = Weights.of(plan);
                r = RANKINGS.rank(plan, Optional.empty(), ModelKind.WEIGHTED_SUM, Aggregation.MEAN);
                r.measures().forEach(m -> ranked.put(m.measureId(), m));
            } catch (EngineException e) {
                why = e.getMessage();
            }
            this.weights = w;
            this.ranking = r;
            this.problem = why;
        }

        /** The measure ids in rank order (ranked, then unscored), or in plan order when the plan cannot be ranked. */
        List<String> rankOrder() {
            if (ranking == null) {
                return List.copyOf(measures.keySet());
            }
            return ranking.measures().stream().map(RankedMeasure::measureId).toList();
        }

        /** The tier of a measure in this version: null when absent, 未評価 when there but unscored. */
        String tier(String id) {
            if (!measures.containsKey(id)) {
                return null;
            }
            RankedMeasure m = ranked.get(id);
            return m == null ? Tier.UNSCORED : m.tier();
        }

        Double weight(String criterion) {
            return weights == null || !criteria.containsKey(criterion) ? null : weights.get(criterion);
        }
    }
}
