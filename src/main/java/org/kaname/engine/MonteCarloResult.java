package org.kaname.engine;

import java.util.List;

/**
 * The outcome of a Monte Carlo run: one {@link MeasureOutcome} per scored measure, in the order of the unperturbed
 * ranking, the tier names (highest first) and the ids of unscored measures, which take no part.
 */
public record MonteCarloResult(MonteCarloOptions options, List<String> tierNames, List<MeasureOutcome> outcomes,
                               List<String> unscored) {
    public MonteCarloResult {
        tierNames = List.copyOf(tierNames);
        outcomes = List.copyOf(outcomes);
        unscored = List.copyOf(unscored);
    }
}
