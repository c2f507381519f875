package org.kaname.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kaname.engine.Weights;
import org.kaname.model.Criterion;
import org.kaname.model.Judgment;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;
import org.kaname.model.Score;
import org.kaname.model.Weighting;
import org.kaname.model.WeightingMethod;

/**
 * Pure changes of a plan's criteria and weighting. Each keeps every reference to a criterion consistent (scores,
 * AHP judgments, rankings, swing points, scenario weights, rounds), so a single call is one valid edit. Those that
 * derive weights throw the engine's {@link org.kaname.engine.EngineException} when they cannot; the edits turn it
 * into a refusal.
 */
final class CriteriaEdits {
    /** Stored criterion weights are the derived weights in percent, rounded here; ranking uses the weighting itself. */
    private static final double PERCENT_DECIMALS = 1e4;

    private CriteriaEdits() {
    }

    /**
     * Appends {@code criterion}. So that the weighting stays complete, it enters an AHP matrix as equal (1) to every
     * other criterion, and the end of a ranking (with swing points equal to the lowest given).
     */
    static Plan add(Plan plan, Criterion criterion) {
        List<Criterion> criteria = new ArrayList<>(plan.criteria());
        Weighting w = plan.weighting();
        List<Judgment> judgments = new ArrayList<>(w.judgments());
        if (w.method() == WeightingMethod.AHP) {
            for (Criterion other : plan.criteria()) {
                judgments.add(new Judgment(other.id(), criterion.id(), 1));
            }
        }
        List<String> ranking = new ArrayList<>(w.ranking());
        Map<String, Double> points = new LinkedHashMap<>(w.points());
        if (!ranking.isEmpty() || w.method() == WeightingMethod.ROC || w.method() == WeightingMethod.SWING) {
            ranking.add(criterion.id());
        }
        if (w.method() == WeightingMethod.SWING) {
            double lowest = ranking.stream().filter(points::containsKey).mapToDouble(points::get).min().orElse(100);
            points.put(criterion.id(), lowest);
        }
        criteria.add(criterion);
        return withWeighting(plan.withCriteria(criteria), new Weighting(w.method(), judgments, ranking, points));
    }

    /** Removes the criterion with its scores and every mention of it in the weighting, the scenarios and rounds. */
    static Plan remove(Plan plan, String criterionId) {
        List<Criterion> criteria = plan.criteria().stream().filter(c -> !c.id().equals(criterionId))
                .collect(Collectors.toList());
        List<Score> scores = plan.scores().stream().filter(s -> !s.criterion().equals(criterionId))
                .collect(Collectors.toList());
        Weighting w = plan.weighting();
        List<Judgment> judgments = w.judgments().stream()
                .filter(j -> !j.a().equals(criterionId) && !j.b().equals(criterionId)).collect(Collectors.toList());
        List<String> ranking = w.ranking().stream().filter(id -> !id.equals(criterionId)).collect(Collectors.toList());
        Map<String, Double> points = new LinkedHashMap<>(w.points());
        points.remove(criterionId);
        List<Scenario> scenarios = plan.scenarios().stream().map(s -> {
            Map<String, Double> weights = new LinkedHashMap<>(s.weights());
            weights.remove(criterionId);
            return new Scenario(s.name(), weights);
        }).collect(Collectors.toList());
        Plan after = plan.withCriteria(criteria).withScores(scores).withScenarios(scenarios)
                .withRounds(plan.rounds().stream().map(r -> r.withoutCriteria(List.of(criterionId))).toList());
        Weighting weighting = criteria.isEmpty() ? Weighting.DIRECT
                : new Weighting(w.method(), judgments, ranking, points);
        return withWeighting(after, weighting);
    }

    /** Moves the criterion {@code delta} places (−1 up, +1 down); unchanged at either end. */
    static Plan move(Plan plan, String criterionId, int delta) {
        List<Criterion> criteria = new ArrayList<>(plan.criteria());
        int from = indexOf(criteria, criterionId);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= criteria.size()) {
            return plan;
        }
        criteria.add(to, criteria.remove(from));
        return plan.withCriteria(criteria);
    }

    /** Replaces the criterion of the same id (its name, description, direction or scale changed). */
    static Plan replace(Plan plan, Criterion changed) {
        List<Criterion> criteria = plan.criteria().stream().map(c -> c.id().equals(changed.id()) ? changed : c)
                .collect(Collectors.toList());
        return plan.withCriteria(criteria);
    }

    /**
     * Sets the weighting and, in the same plan, the criteria's stored weights to the weights it derives (in
     * percent), so that the plan's file shows the weights in use whatever the method. Direct weighting keeps the
     * points as typed. When the weighting cannot derive weights yet (e.g. a ranking still incomplete), the engine's
     * exception is thrown.
     */
    static Plan withWeighting(Plan plan, Weighting weighting) {
        Plan after = plan.withWeighting(weighting);
        if (weighting.method() == WeightingMethod.DIRECT || after.criteria().isEmpty()) {
            return after;
        }
        Map<String, Double> derived = Weights.derive(after.criteria(), weighting);
        Map<String, Double> percent = new LinkedHashMap<>();
        derived.forEach((id, v) -> percent.put(id, Math.round(v * 100 * PERCENT_DECIMALS) / PERCENT_DECIMALS));
        return after.withCriteria(Weights.applyTo(after.criteria(), percent));
    }

    /** Direct points for one criterion (the weighting becomes direct). */
    static Plan setDirectPoints(Plan plan, String criterionId, double points) {
        List<Criterion> criteria = plan.criteria().stream()
                .map(c -> c.id().equals(criterionId) ? c.withWeight(points) : c).collect(Collectors.toList());
        Weighting w = plan.weighting();
        return plan.withCriteria(criteria)
                .withWeighting(new Weighting(WeightingMethod.DIRECT, w.judgments(), w.ranking(), w.points()));
    }

    static int indexOf(List<Criterion> criteria, String id) {
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
