package org.kaname.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;
import org.kaname.model.Weighting;

/**
 * Normalised criterion weights — w(c) = weight(c) / Σ weights — as an unmodifiable map in the plan's criterion order.
 * The plan's weighting says where the raw weights come from: the criteria's own points (direct), AHP judgments,
 * a ranking (rank-order centroid), or a ranking with swing points.
 */
public final class Weights {
    private Weights() {
    }

    /** The plan's own weights, derived by its weighting method. */
    public static Map<String, Double> of(Plan plan) {
        return derive(plan.criteria(), plan.weighting());
    }

    /** The weights of the named scenario; an unknown name is an {@link EngineException}. */
    public static Map<String, Double> of(Plan plan, String scenarioName) {
        return of(plan, scenario(plan, scenarioName));
    }

    /** A scenario's weights over the plan's criteria; a criterion the scenario does not name weighs 0. */
    public static Map<String, Double> of(Plan plan, Scenario scenario) {
        return normalise(plan.criteria(), scenario.weights(), "scenario '" + scenario.name() + "'", scenario.name());
    }

    /** Finds a scenario by name. */
    public static Scenario scenario(Plan plan, String name) {
        return plan.scenarios().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> EngineException.unknown("scenario.unknown",
                        "The plan has no scenario '" + name + "'." + (plan.scenarios().isEmpty()
                                ? " It has no scenarios."
                                : " Scenarios: " + plan.scenarios().stream().map(Scenario::name)
                                        .collect(Collectors.joining(", ")) + "."),
                        name));
    }

    /** Normalised weights from a weighting's inputs. */
    public static Map<String, Double> derive(List<Criterion> criteria, Weighting weighting) {
        switch (weighting.method()) {
            case AHP:
                return Ahp.analyse(criteria, weighting.judgments()).weights();
            case ROC:
                return RankOrderCentroid.weights(criteria, weighting.ranking());
            case SWING:
                return SwingWeighting.weights(criteria, weighting.ranking(), weighting.points());
            case DIRECT:
            default:
                return direct(criteria);
        }
    }

    /** The criteria's own weights, normalised. */
    public static Map<String, Double> direct(List<Criterion> criteria) {
        Map<String, Double> raw = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            raw.put(c.id(), c.weight());
        }
        return normalise(criteria, raw, "the criteria's weights");
    }

    /**
     * Divides raw weights by their sum, in criterion order; a criterion missing from {@code raw} weighs 0.
     * {@code source} names where the weights came from, for the error message.
     */
    public static Map<String, Double> normalise(List<Criterion> criteria, Map<String, Double> raw, String source) {
        return normalise(criteria, raw, source, null);
    }

    /** As {@link #normalise(List, Map, String)}; a non-null {@code scenario} names the scenario in the texts' keys. */
    private static Map<String, Double> normalise(List<Criterion> criteria, Map<String, Double> raw, String source,
            String scenario) {
        if (criteria.isEmpty()) {
            throw EngineException.invalid("plan.noCriteria",
                    "The plan has no criteria; add at least one criterion before ranking.");
        }
        for (Map.Entry<String, Double> e : raw.entrySet()) {
            if (criteria.stream().noneMatch(c -> c.id().equals(e.getKey()))) {
                throw scenario == null
                        ? EngineException.unknown("weights.unknownCriterion",
                                "In " + source + ": there is no criterion '" + e.getKey() + "'.", e.getKey())
                        : EngineException.unknown("scenario.unknownCriterion",
                                "In " + source + ": there is no criterion '" + e.getKey() + "'.", scenario, e.getKey());
            }
            Double w = e.getValue();
            if (w == null || w.isNaN() || w.isInfinite() || w < 0) {
                String message = "In " + source + ": the weight of '" + e.getKey() + "' is " + w
                        + "; weights must be numbers ≥ 0.";
                throw scenario == null
                        ? EngineException.invalid("weights.invalid", message, e.getKey(), w)
                        : EngineException.invalid("scenario.invalidWeight", message, scenario, e.getKey(), w);
            }
        }
        double sum = 0;
        for (Criterion c : criteria) {
            sum += raw.getOrDefault(c.id(), 0.0);
        }
        if (!(sum > 0)) {
            String message = "In " + source + ": every weight is 0; give at least one criterion a weight above 0.";
            throw scenario == null
                    ? EngineException.invalid("weights.allZero", message)
                    : EngineException.invalid("scenario.allZero", message, scenario);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            out.put(c.id(), raw.getOrDefault(c.id(), 0.0) / sum);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The criteria with {@code weights} stored as their weights (criteria not in the map keep theirs). */
    public static List<Criterion> applyTo(List<Criterion> criteria, Map<String, Double> weights) {
        return criteria.stream().map(c -> weights.containsKey(c.id()) ? c.withWeight(weights.get(c.id())) : c)
                .collect(Collectors.toUnmodifiableList());
    }

    /** {@code weights} as a named scenario, to compare with the plan's own. */
    public static Scenario asScenario(String name, Map<String, Double> weights) {
        return new Scenario(name, weights);
    }

    /** The weights as an array in criterion order (missing criteria 0). */
    static double[] toArray(List<Criterion> criteria, Map<String, Double> weights) {
        double[] w = new double[criteria.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.getOrDefault(criteria.get(i).id(), 0.0);
        }
        return w;
    }
}
