package org.kaname.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaname.model.Criterion;
import org.kaname.model.Judgment;
import org.kaname.model.Plan;
import org.kaname.model.Weighting;
import org.kaname.model.WeightingMethod;

/**
 * Pure changes of the plan's weighting inputs. A method switch starts the new method from the weights in use
 * (a ranking by weight, swing points relative to the largest weight, AHP judgments from the weight ratios snapped to
 * Saaty's scale), so switching never throws the user's weights away; inputs already complete are kept.
 */
final class WeightingEdits {
    private WeightingEdits() {
    }

    /** The plan weighted by {@code method}, its inputs completed from the current weights where missing. */
    static Plan switchMethod(Plan plan, WeightingMethod method) {
        Weighting w = plan.weighting();
        if (plan.criteria().isEmpty()) {
            return plan.withWeighting(new Weighting(method, w.judgments(), w.ranking(), w.points()));
        }
        List<String> ranking = WeightingInputs.rankingComplete(plan, w.ranking()) ? w.ranking()
                : WeightingInputs.rankingByWeight(plan);
        Map<String, Double> points = w.points();
        if (method == WeightingMethod.SWING && !pointsComplete(ranking, points)) {
            points = pointsFromWeights(plan);
        }
        List<Judgment> judgments = w.judgments();
        if (method == WeightingMethod.AHP && !judgmentsComplete(plan, judgments)) {
            judgments = judgmentsFromWeights(plan);
        }
        List<String> keptRanking = method == WeightingMethod.ROC || method == WeightingMethod.SWING ? ranking
                : w.ranking();
        return CriteriaEdits.withWeighting(plan, new Weighting(method, judgments, keptRanking, points));
    }

    /** Moves a criterion {@code delta} places in the importance ranking (rank-order centroid and swing). */
    static Plan moveInRanking(Plan plan, String criterionId, int delta) {
        Weighting w = plan.weighting();
        List<String> ranking = new ArrayList<>(WeightingInputs.effectiveRanking(plan));
        int from = ranking.indexOf(criterionId);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= ranking.size()) {
            return plan;
        }
        ranking.add(to, ranking.remove(from));
        Map<String, Double> points = new LinkedHashMap<>(w.points());
        if (w.method() == WeightingMethod.SWING) {
            // The first criterion is the 100-point anchor by definition of swing weighting.
            points.put(ranking.get(0), 100.0);
        }
        return CriteriaEdits.withWeighting(plan, new Weighting(w.method(), w.judgments(), ranking, points));
    }

    /** Swing points (0–100) of one criterion. */
    static Plan setSwingPoints(Plan plan, String criterionId, double value) {
        Weighting w = plan.weighting();
        Map<String, Double> points = new LinkedHashMap<>(w.points());
        points.put(criterionId, value);
        return CriteriaEdits.withWeighting(plan, new Weighting(w.method(), w.judgments(), w.ranking(), points));
    }

    /**
     * The AHP judgment "{@code a} is {@code value} times as important as {@code b}", replacing whichever judgment
     * the plan held on that pair (in either orientation) at its place in the list.
     */
    static Plan setJudgment(Plan plan, String a, String b, double value) {
        Weighting w = plan.weighting();
        List<Judgment> judgments = new ArrayList<>();
        boolean placed = false;
        for (Judgment j : w.judgments()) {
            boolean samePair = j.a().equals(a) && j.b().equals(b) || j.a().equals(b) && j.b().equals(a);
            if (samePair) {
                if (!placed) {
                    judgments.add(new Judgment(a, b, value));
                    placed = true;
                }
            } else {
                judgments.add(j);
            }
        }
        if (!placed) {
            judgments.add(new Judgment(a, b, value));
        }
        return CriteriaEdits.withWeighting(plan, new Weighting(w.method(), judgments, w.ranking(), w.points()));
    }

    private static boolean pointsComplete(List<String> ranking, Map<String, Double> points) {
        return ranking.stream().skip(1).allMatch(points::containsKey);
    }

    private static Map<String, Double> pointsFromWeights(Plan plan) {
        double max = plan.criteria().stream().mapToDouble(Criterion::weight).max().orElse(0);
        Map<String, Double> points = new LinkedHashMap<>();
        for (String id : WeightingInputs.rankingByWeight(plan)) {
            double w = plan.criterion(id).orElseThrow().weight();
            points.put(id, max > 0 ? Math.round(1000 * w / max) / 10.0 : 100);
        }
        return points;
    }

    private static boolean judgmentsComplete(Plan plan, List<Judgment> judgments) {
        List<Criterion> cs = plan.criteria();
        for (int i = 0; i < cs.size(); i++) {
            for (int k = i + 1; k < cs.size(); k++) {
                if (WeightingInputs.judgment(judgments, cs.get(i).id(), cs.get(k).id()).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Judgment> judgmentsFromWeights(Plan plan) {
        List<Criterion> cs = plan.criteria();
        List<Judgment> out = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            for (int k = i + 1; k < cs.size(); k++) {
                double wi = cs.get(i).weight();
                double wk = cs.get(k).weight();
                double ratio = wi > 0 && wk > 0 ? wi / wk : wi > 0 ? 9 : wk > 0 ? 1.0 / 9 : 1;
                out.add(new Judgment(cs.get(i).id(), cs.get(k).id(), WeightingInputs.nearestSaaty(ratio)));
            }
        }
        return out;
    }
}
