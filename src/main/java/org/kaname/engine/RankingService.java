package org.kaname.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaname.model.Plan;
import org.kaname.model.WeightingMethod;

/**
 * The one entry point the command line and the UI share: ranking a plan under its own weights or a named scenario,
 * with the weighted sum (default) or TOPSIS, and the analyses built on it. Safe to share between threads. Its one
 * piece of state is a memo: the rankings of the latest plan instance asked about (plans are immutable, so the same
 * instance always ranks the same), so the screens of an open plan that rank the same plan rank it once.
 */
public final class RankingService {
    /** The plan whose rankings {@link #memo} holds, compared by identity; only the latest plan is kept. */
    private Plan memoPlan;
    private final Map<List<Object>, Ranking> memo = new java.util.HashMap<>();

    /** The plan ranked by the default model with its own weights and the mean of raters' values. */
    public Ranking rank(Plan plan) {
        return rank(plan, Optional.empty(), ModelKind.WEIGHTED_SUM, Aggregation.MEAN);
    }

    /**
     * The plan ranked under a scenario (empty: the plan's own weights) by a model given by its code
     * ({@code weighted-sum} or {@code topsis}; null means weighted-sum). Unknown names are {@link EngineException}s.
     */
    public Ranking rank(Plan plan, String scenarioOrNull, String modelCodeOrNull) {
        ModelKind model = modelCodeOrNull == null ? ModelKind.WEIGHTED_SUM : ModelKind.fromCode(modelCodeOrNull);
        return rank(plan, Optional.ofNullable(scenarioOrNull), model, Aggregation.MEAN);
    }

    public Ranking rank(Plan plan, Optional<String> scenario, ModelKind model, Aggregation aggregation) {
        List<Object> key = List.of(scenario, model, aggregation);
        synchronized (memo) {
            if (memoPlan == plan && memo.containsKey(key)) {
                return memo.get(key);
            }
        }
        Ranking ranking = compute(plan, scenario, model, aggregation);
        synchronized (memo) {
            if (memoPlan != plan) {
                memoPlan = plan;
                memo.clear();
            }
            memo.put(key, ranking);
        }
        return ranking;
    }

    private Ranking compute(Plan plan, Optional<String> scenario, ModelKind model, Aggregation aggregation) {
        Map<String, Double> weights = weights(plan, scenario);
        Ranking ranking = ScoringModel.of(model).rank(plan, weights, aggregation);
        return scenario.map(ranking::withScenario).orElse(ranking);
    }

    /** Normalised weights of the plan (derived by its weighting method) or of a named scenario. */
    public Map<String, Double> weights(Plan plan, Optional<String> scenario) {
        return scenario.isPresent() ? Weights.of(plan, scenario.get()) : Weights.of(plan);
    }

    /** The AHP analysis when the plan is weighted by AHP; empty otherwise. */
    public Optional<AhpResult> ahp(Plan plan) {
        return plan.weighting().method() == WeightingMethod.AHP
                ? Optional.of(Ahp.analyse(plan.criteria(), plan.weighting().judgments())) : Optional.empty();
    }

    public List<Summary> groupSummaries(Plan plan, Ranking ranking) {
        return Summaries.byGroup(plan, ranking);
    }

    public List<Summary> pillarSummaries(Plan plan, Ranking ranking) {
        return Summaries.byPillar(plan, ranking);
    }

    /** The measures in no support measure, as {@link Summaries#outsideGroups}. */
    public Optional<Summary> outsideGroups(Plan plan, Ranking ranking) {
        return Summaries.outsideGroups(plan, ranking);
    }

    /** The measures under no pillar, as {@link Summaries#outsidePillars}. */
    public Optional<Summary> outsidePillars(Plan plan, Ranking ranking) {
        return Summaries.outsidePillars(plan, ranking);
    }

    /** Every scenario of the plan next to its own weights, largest rank changes first. */
    public ScenarioComparison compareScenarios(Plan plan, ModelKind model) {
        return ScenarioComparison.of(plan, model, Aggregation.MEAN);
    }

    /** One-way weight intervals around the plan's own weights or a scenario's. */
    public OneWaySensitivity.Result oneWay(Plan plan, Optional<String> scenario) {
        return OneWaySensitivity.analyse(plan, weights(plan, scenario), Aggregation.MEAN);
    }

    /** Monte Carlo around the plan's own weights or a scenario's. */
    public MonteCarloResult monteCarlo(Plan plan, Optional<String> scenario, MonteCarloOptions options,
                                       MonteCarloMonitor monitor) {
        return MonteCarlo.run(plan, weights(plan, scenario), options, monitor);
    }
}
