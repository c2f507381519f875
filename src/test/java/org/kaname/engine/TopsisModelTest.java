package org.kaname.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kaname.model.Direction;
import org.kaname.model.Plan;

class TopsisModelTest {
    /**
     * Published worked example: the README of the PyPI project "Topsis-Vanshaj-102003346" (version 0.1.2,
     * https://pypi.org/project/Topsis-Vanshaj-102003346/0.1.2/) — eight funds M1…M8 on five criteria P1…P5, weights
     * 1,1,1,1,1 and impacts +,-,+,-,+, with its printed TOPSIS scores and ranks (M7 first, M3 last).
     */
    private static final double[][] FUNDS = {
        {0.85, 0.72, 7, 37.3, 11.47}, {0.67, 0.45, 5.5, 58.2, 16.21}, {0.83, 0.69, 3.9, 68.3, 18.43},
        {0.83, 0.69, 3.9, 42.7, 12.03}, {0.71, 0.5, 3.2, 57.9, 15.58}, {0.94, 0.88, 4.7, 46.6, 13.28},
        {0.68, 0.46, 7, 41.4, 12.39}, {0.95, 0.9, 6.5, 33.8, 10.54}};
    private static final double[] PUBLISHED = {0.606515477, 0.571404528, 0.411429976, 0.435972941, 0.436800052,
        0.422424787, 0.66149433, 0.530809186};
    private static final boolean[] COST = {false, true, false, true, false};

    @Test
    void closenessMatchesThePublishedExample() {
        double[] w = {0.2, 0.2, 0.2, 0.2, 0.2};
        double[] c = TopsisModel.closeness(FUNDS, w, COST);
        for (int i = 0; i < FUNDS.length; i++) {
            assertThat(c[i]).as("M" + (i + 1)).isCloseTo(PUBLISHED[i], within(1e-8));
        }
    }

    @Test
    void theModelRanksAPlanLikeThePublishedExample() {
        TestPlans b = TestPlans.plan();
        for (int c = 0; c < 5; c++) {
            b.criterion("P" + (c + 1), 1, COST[c] ? Direction.COST : Direction.BENEFIT, 0, 100);
        }
        for (int i = 0; i < FUNDS.length; i++) {
            b.scored("M" + (i + 1), FUNDS[i]);
        }
        Plan plan = b.build();
        Ranking r = new TopsisModel().rank(plan, Weights.of(plan), Aggregation.MEAN);

        assertThat(r.model()).isEqualTo(ModelKind.TOPSIS);
        assertThat(r.measures()).extracting(RankedMeasure::measureId)
                .containsExactly("M7", "M1", "M2", "M8", "M5", "M4", "M6", "M3");
        assertThat(r.find("M7").orElseThrow().score().getAsDouble()).isCloseTo(66.149433, within(1e-5));
        assertThat(r.find("M7").orElseThrow().contributionByCriterion()).isEmpty();
    }

    @Test
    void unscoredMeasuresTakeNoPartAndIdenticalMeasuresGetOneHalf() {
        Plan plan = TestPlans.plan().benefit("x", 1).benefit("y", 1)
                .scored("A", 3, 3).scored("B", 3, 3).measure("U").build();
        Ranking r = new TopsisModel().rank(plan, Weights.of(plan), Aggregation.MEAN);
        assertThat(r.find("A").orElseThrow().score().getAsDouble()).isEqualTo(50.0);
        assertThat(r.find("B").orElseThrow().rank()).hasValue(1);
        assertThat(r.find("U").orElseThrow().score()).isEmpty();
    }

    /** The documented difference: TOPSIS scores depend on the other measures, the weighted sum's do not. */
    @Test
    void addingAMeasureCanChangeTopsisScoresButNotWeightedSumScores() {
        TestPlans b = TestPlans.plan().benefit("x", 1).benefit("y", 1).scored("A", 4, 2).scored("B", 2, 4);
        Plan before = b.build();
        Plan after = b.scored("Z", 5, 1).build();
        double topsisBefore = new TopsisModel().rank(before, Weights.of(before), Aggregation.MEAN)
                .find("A").orElseThrow().score().getAsDouble();
        double topsisAfter = new TopsisModel().rank(after, Weights.of(after), Aggregation.MEAN)
                .find("A").orElseThrow().score().getAsDouble();
        assertThat(topsisAfter).isNotCloseTo(topsisBefore, within(1e-6));
        double wsBefore = new WeightedSumModel().rank(before, Weights.of(before), Aggregation.MEAN)
                .find("A").orElseThrow().score().getAsDouble();
        double wsAfter = new WeightedSumModel().rank(after, Weights.of(after), Aggregation.MEAN)
                .find("A").orElseThrow().score().getAsDouble();
        assertThat(wsAfter).isEqualTo(wsBefore);
    }
}
