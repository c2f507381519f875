package org.kaname.engine.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed from version A of a plan to version B (see {@link PlanComparison#compare}).
 *
 * @param ranking  one row per measure in either version: B's measures in B's rank order (ranked, then unscored, as
 *                 the ranking orders them), then the measures only A has, in A's rank order
 * @param scores   every rater's value that differs, was added or was removed: by B's measure, criterion and rater
 *                 order, with measures, criteria and raters only A has after B's, in A's order
 * @param weights  every criterion of either version with its normalised weight on each side, changed or not: B's
 *                 criteria in B's order, then those only A has
 * @param added    measures only B has, in B's plan order
 * @param removed  measures only A has, in A's plan order
 * @param rankingProblemA why version A could not be ranked (its ranks, scores and weights are then null), if so
 * @param rankingProblemB the same for version B
 */
public record Comparison(List<RankMovement> ranking, List<ScoreChange> scores, List<WeightChange> weights,
                         List<MeasureRef> added, List<MeasureRef> removed,
                         Optional<String> rankingProblemA, Optional<String> rankingProblemB) {
    public Comparison {
        ranking = List.copyOf(ranking);
        scores = List.copyOf(scores);
        weights = List.copyOf(weights);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        rankingProblemA = Objects.requireNonNullElse(rankingProblemA, Optional.empty());
        rankingProblemB = Objects.requireNonNullElse(rankingProblemB, Optional.empty());
    }

    /** Nothing changed: no measure added or removed, no value, weight, rank, score or tier different. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && scores.isEmpty()
                && weights.stream().noneMatch(WeightChange::changed)
                && ranking.stream().noneMatch(RankMovement::changed);
    }

    /** The rows whose presence, rank, score or tier changed, in the order of {@link #ranking()}. */
    public List<RankMovement> changedRanking() {
        return ranking.stream().filter(RankMovement::changed).toList();
    }

    /** The measures in both versions whose rank changed (including becoming ranked or unranked). */
    public List<RankMovement> moved() {
        return ranking.stream().filter(RankMovement::moved).toList();
    }

    /** The criteria whose weight changed, in the order of {@link #weights()}. */
    public List<WeightChange> changedWeights() {
        return weights.stream().filter(WeightChange::changed).toList();
    }
}
