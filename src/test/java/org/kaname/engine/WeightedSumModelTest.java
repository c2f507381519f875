package org.kaname.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.kaname.model.Direction;
import org.kaname.model.Plan;
import org.kaname.model.Tier;

class WeightedSumModelTest {
    private final WeightedSumModel model = new WeightedSumModel();

    private Ranking rank(Plan plan) {
        return model.rank(plan, Weights.of(plan), Aggregation.MEAN);
    }

    private static double score(Ranking r, String id) {
        return r.find(id).orElseThrow().score().getAsDouble();
    }

    /**
     * speed (benefit, weight 3) and cost (cost direction, weight 1), both 1–5; w = 0.75 / 0.25.
     * A: speed (5+4)/2 = 4.5 → v 0.875; cost 2 → v 1 − 0.25 = 0.75 → 100 (0.65625 + 0.1875) = 84.375, 高.
     * B: speed 3 → 0.5; cost 1 → 1 → 62.5, 中.   C: speed 1 → 0; cost 5 → 0 → 0, 低.
     */
    @Test
    void scoresFollowTheContractByHand() {
        Plan plan = TestPlans.plan().benefit("speed", 3).criterion("cost", 1, Direction.COST, 1, 5)
                .measure("A").scores("A", "speed", 5.0, 4.0).scores("A", "cost", 2.0, 2.0)
                .measure("B").scores("B", "speed", 3.0, 3.0).scores("B", "cost", 1.0, 1.0)
                .measure("C").scores("C", "speed", 1.0).scores("C", "cost", 5.0)
                .build();
        Ranking r = rank(plan);

        assertThat(r.measures()).extracting(RankedMeasure::measureId).containsExactly("A", "B", "C");
        assertThat(score(r, "A")).isCloseTo(84.375, within(1e-9));
        assertThat(score(r, "B")).isCloseTo(62.5, within(1e-9));
        assertThat(score(r, "C")).isCloseTo(0, within(1e-9));
        assertThat(r.measures()).extracting(RankedMeasure::tier).containsExactly("高", "中", "低");
        assertThat(r.measures()).extracting(m -> m.rank().getAsInt()).containsExactly(1, 2, 3);
        assertThat(r.find("A").orElseThrow().contributionByCriterion())
                .containsEntry("speed", 65.625).containsEntry("cost", 18.75);
        assertThat(r.weights()).containsEntry("speed", 0.75).containsEntry("cost", 0.25);
    }

    @Test
    void equalScoresShareARankAndTheNextRankSkipsWithTiesInPlanOrder() {
        Plan plan = TestPlans.plan().benefit("x", 1)
                .scored("P", 2).scored("Q", 4).scored("R", 3).scored("S", 4).scored("T", 1).build();
        Ranking r = rank(plan);

        assertThat(r.measures()).extracting(RankedMeasure::measureId).containsExactly("Q", "S", "R", "P", "T");
        assertThat(r.measures()).extracting(m -> m.rank().getAsInt()).containsExactly(1, 1, 3, 4, 5);
    }

    @Test
    void scoresEqualAfterRoundingToSixDecimalsTie() {
        double[] scores = {50.0000001, 50.0000004, 49.9, 50.000002};
        int[] order = new int[4];
        int[] ranks = new int[4];
        CompetitionRanks.rank(scores, 4, new long[4], order, ranks);

        // 50.000002 first; 50.0000001 and 50.0000004 both round to 50.000000 and tie (plan order); 49.9 last.
        assertThat(order).containsExactly(3, 0, 1, 2);
        assertThat(ranks).containsExactly(2, 2, 4, 1);
    }

    @Test
    void aMeasureWithAnyCriterionUnscoredIsUnscoredAndListedLastInPlanOrder() {
        Plan plan = TestPlans.plan().benefit("x", 1).benefit("y", 1)
                .measure("U1").scores("U1", "x", 5.0)
                .scored("A", 3, 3)
                .measure("U2")
                .scored("B", 5, 5).build();
        Ranking r = rank(plan);

        assertThat(r.measures()).extracting(RankedMeasure::measureId).containsExactly("B", "A", "U1", "U2");
        RankedMeasure u1 = r.find("U1").orElseThrow();
        assertThat(u1.score()).isEmpty();
        assertThat(u1.rank()).isEqualTo(OptionalInt.empty());
        assertThat(u1.tier()).isEqualTo(Tier.UNSCORED).isEqualTo("未評価");
        assertThat(u1.contributionByCriterion()).isEmpty();
        assertThat(r.ranked()).hasSize(2);
        assertThat(r.unscored()).extracting(RankedMeasure::measureId).containsExactly("U1", "U2");
    }

    @Test
    void aZeroWeightCriterionContributesNothing() {
        Plan plan = TestPlans.plan().benefit("x", 2).benefit("ignored", 0)
                .scored("A", 4, 1).scored("B", 4, 5).build();
        Ranking r = rank(plan);

        // x: (4 − 1)/4 = 0.75 → 75 for both, whatever "ignored" says.
        assertThat(score(r, "A")).isEqualTo(75.0);
        assertThat(score(r, "B")).isEqualTo(75.0);
        assertThat(r.find("A").orElseThrow().contributionByCriterion()).containsEntry("ignored", 0.0);
        assertThat(r.find("B").orElseThrow().rank()).hasValue(1);
    }

    @Test
    void aZeroToTenScaleNormalisesOnItsOwnRange() {
        Plan plan = TestPlans.plan().criterion("x", 1, Direction.BENEFIT, 0, 10)
                .criterion("c", 1, Direction.COST, 0, 10)
                .scored("A", 7, 2).build();
        // x: 0.7; c: 1 − 0.2 = 0.8 → 100 × (0.35 + 0.4) = 75
        assertThat(score(rank(plan), "A")).isCloseTo(75.0, within(1e-9));
    }

    @Test
    void missingRatersAreSimplyNotCounted() {
        Plan plan = TestPlans.plan().benefit("x", 1)
                .measure("A").scores("A", "x", 5.0, null, 3.0)
                .measure("B").scores("B", "x", null, 2.0, null).build();
        Ranking r = rank(plan);

        assertThat(score(r, "A")).isCloseTo(75.0, within(1e-9)); // mean 4 → 0.75
        assertThat(score(r, "B")).isCloseTo(25.0, within(1e-9)); // one rater: 2 → 0.25
        ScoreTable table = ScoreTable.of(TestPlans.plan().benefit("x", 1)
                .measure("A").scores("A", "x", 5.0, null, 3.0).build());
        ScoreStats stats = table.stats("A", "x");
        assertThat(stats.count()).isEqualTo(2);
        assertThat(stats.min()).isEqualTo(3.0);
        assertThat(stats.max()).isEqualTo(5.0);
        assertThat(stats.sd()).isCloseTo(Math.sqrt(2), within(1e-12)); // sample sd of {3, 5}
    }

    @Test
    void medianAggregationResistsAnOutlier() {
        Plan plan = TestPlans.plan().benefit("x", 1)
                .measure("A").scores("A", "x", 1.0, 2.0, 5.0).build();
        // mean 8/3 → (8/3 − 1)/4 = 41.666…; median 2 → 25
        assertThat(score(model.rank(plan, Weights.of(plan), Aggregation.MEAN), "A")).isCloseTo(125.0 / 3, within(1e-9));
        assertThat(score(model.rank(plan, Weights.of(plan), Aggregation.MEDIAN), "A")).isCloseTo(25.0, within(1e-9));
        assertThat(ScoreTable.of(plan).stats("A", "x").median()).isEqualTo(2.0);
    }

    @Test
    void addingAMeasureNeverChangesAnotherMeasuresScore() {
        TestPlans builder = TestPlans.plan().benefit("x", 3).criterion("c", 2, Direction.COST, 0, 10)
                .measure("A").scores("A", "x", 2.0, 5.0).scores("A", "c", 3.0, 7.0)
                .measure("B").scores("B", "x", 4.0).scores("B", "c", 9.0);
        Ranking before = rank(builder.build());
        Ranking after = rank(builder.measure("Z").scores("Z", "x", 5.0, 5.0).scores("Z", "c", 0.0).build());

        assertThat(score(after, "A")).isEqualTo(score(before, "A"));
        assertThat(score(after, "B")).isEqualTo(score(before, "B"));
        assertThat(after.find("Z").orElseThrow().rank()).hasValue(1);
    }

    @Test
    void tierUsesTheScoreRoundedToTwoDecimals() {
        Tiers tiers = new Tiers(Tier.DEFAULTS);
        assertThat(tiers.nameOf(69.996)).isEqualTo("高"); // prints as 70.00
        assertThat(tiers.nameOf(69.994)).isEqualTo("中"); // prints as 69.99
        assertThat(tiers.nameOf(70)).isEqualTo("高");
        assertThat(tiers.nameOf(49.99)).isEqualTo("低");
        assertThat(tiers.nameOf(0)).isEqualTo("低");
        assertThat(String.format("%.2f", 69.996)).isEqualTo("70.00");
        Tiers odd = new Tiers(java.util.List.of(new Tier("A", 70.123), new Tier("B", 0)));
        assertThat(odd.nameOf(70.124)).isEqualTo("B"); // 70.12 < 70.123
        assertThat(odd.nameOf(70.125)).isEqualTo("A"); // 70.13
    }

    @Test
    void aScoreBelowEveryTierHasNoTierName() {
        Plan plan = TestPlans.plan().benefit("x", 1).tiers(new Tier("A", 80), new Tier("B", 10))
                .scored("M", 1).scored("N", 2).build();
        Ranking r = rank(plan);
        assertThat(r.find("M").orElseThrow().tier()).isEmpty();
        assertThat(r.find("N").orElseThrow().tier()).isEqualTo("B"); // 25
        assertThat(r.tiers()).extracting(Tier::name).containsExactly("A", "B");
    }

    @Test
    void weightsGivenByTheCallerAreNormalisedAndMissingOnesWeighZero() {
        Plan plan = TestPlans.plan().benefit("x", 1).benefit("y", 1).scored("A", 5, 1).build();
        Ranking r = model.rank(plan, Map.of("x", 2.0), Aggregation.MEAN);
        assertThat(score(r, "A")).isEqualTo(100.0);
        assertThat(r.weights()).containsExactly(Map.entry("x", 1.0), Map.entry("y", 0.0));
        assertThat(r.model()).isEqualTo(ModelKind.WEIGHTED_SUM);
        assertThat(List.copyOf(r.weights().keySet())).containsExactly("x", "y");
    }
}
