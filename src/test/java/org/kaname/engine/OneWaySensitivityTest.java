package org.kaname.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.model.Direction;
import org.kaname.model.Plan;

class OneWaySensitivityTest {
    /**
     * x (weight 0.6) and y (0.4), scale 0–10. With t the weight of x: A (8, 2) scores 20 + 60t, B (2, 8) 80 − 60t,
     * C (5, 4) 40 + 10t. At t = 0.6: A 56 (first), C 46, B 44; nobody is in 高 (≥ 70).
     * Raising x: A reaches 69.995 (rounds to 70.00) at t = 49.995/60 = 0.83325 and enters 高.
     * Lowering x: B meets A at t = 0.5 and becomes first (C would only at 0.4).
     * For y (weight s = 1 − t): A 80 − 60s, B 20 + 60s, C 50 − 10s: B overtakes A at s = 0.5; lowering y, A enters
     * 高 at s = 10.005/60 = 0.16675.
     */
    @Test
    void intervalsAndTheirChangesByHand() {
        Plan plan = TestPlans.plan().criterion("x", 6, Direction.BENEFIT, 0, 10)
                .criterion("y", 4, Direction.BENEFIT, 0, 10)
                .scored("A", 8, 2).scored("B", 2, 8).scored("C", 5, 4).build();
        OneWaySensitivity.Result r = OneWaySensitivity.analyse(plan, Weights.of(plan), Aggregation.MEAN);

        assertThat(r.firstMeasureId()).isEqualTo("A");
        assertThat(r.topTier()).isEmpty();
        WeightInterval x = r.intervals().get(0);
        assertThat(x.criterionId()).isEqualTo("x");
        assertThat(x.weight()).isCloseTo(0.6, within(1e-12));
        assertThat(x.low()).isCloseTo(0.5, within(1e-9));
        assertThat(x.high()).isCloseTo(0.83325, within(1e-9));
        assertThat(x.atLow()).containsExactly(new WeightInterval.Change(WeightInterval.Kind.BECOMES_FIRST, "B"));
        assertThat(x.atHigh()).containsExactly(new WeightInterval.Change(WeightInterval.Kind.ENTERS_TOP_TIER, "A"));

        WeightInterval y = r.intervals().get(1);
        assertThat(y.low()).isCloseTo(0.16675, within(1e-9));
        assertThat(y.high()).isCloseTo(0.5, within(1e-9));
        assertThat(y.atLow()).containsExactly(new WeightInterval.Change(WeightInterval.Kind.ENTERS_TOP_TIER, "A"));
        assertThat(y.atHigh()).containsExactly(new WeightInterval.Change(WeightInterval.Kind.BECOMES_FIRST, "B"));
    }

    @Test
    void aMeasureLeavingTheTopTierIsReported() {
        // x weight 0.5, y 0.5, scale 0–10. A (10, 6): 60 + 40t → 80 at t = 0.5, in 高; leaves when 60 + 40t < 69.995,
        // t = 9.995/40 = 0.249875. B (0, 0) is always last. Raising x keeps A first and in 高: high end is 1.
        Plan plan = TestPlans.plan().criterion("x", 1, Direction.BENEFIT, 0, 10)
                .criterion("y", 1, Direction.BENEFIT, 0, 10)
                .scored("A", 10, 6).scored("B", 0, 0).build();
        WeightInterval x = OneWaySensitivity.analyse(plan, Weights.of(plan), Aggregation.MEAN).intervals().get(0);
        assertThat(x.low()).isCloseTo(0.249875, within(1e-9));
        assertThat(x.atLow()).containsExactly(new WeightInterval.Change(WeightInterval.Kind.LEAVES_TOP_TIER, "A"));
        assertThat(x.high()).isEqualTo(1.0);
        assertThat(x.atHigh()).isEmpty();
    }

    @Test
    void theIntervalReallyKeepsTheRankingInsideAndChangesItOutside() {
        Plan plan = TestPlans.plan().criterion("x", 6, Direction.BENEFIT, 0, 10)
                .criterion("y", 4, Direction.BENEFIT, 0, 10)
                .scored("A", 8, 2).scored("B", 2, 8).scored("C", 5, 4).build();
        WeightInterval x = OneWaySensitivity.analyse(plan, Weights.of(plan), Aggregation.MEAN).intervals().get(0);
        WeightedSumModel model = new WeightedSumModel();
        assertThat(first(model, plan, x.low() + 0.01)).isEqualTo("A");
        assertThat(first(model, plan, x.low() - 0.01)).isEqualTo("B");
        Ranking above = model.rank(plan, java.util.Map.of("x", x.high() + 0.01, "y", 1 - x.high() - 0.01),
                Aggregation.MEAN);
        assertThat(above.find("A").orElseThrow().tier()).isEqualTo("高");
    }

    private static String first(WeightedSumModel model, Plan plan, double wx) {
        return model.rank(plan, java.util.Map.of("x", wx, "y", 1 - wx), Aggregation.MEAN).measures().get(0).measureId();
    }

    @Test
    void aSingleCriterionCannotChangeAnything() {
        Plan plan = TestPlans.plan().benefit("x", 1).scored("A", 5).scored("B", 1).build();
        List<WeightInterval> intervals = OneWaySensitivity.analyse(plan, Weights.of(plan), Aggregation.MEAN).intervals();
        assertThat(intervals).hasSize(1);
        assertThat(intervals.get(0).low()).isZero();
        assertThat(intervals.get(0).high()).isEqualTo(1.0);
        assertThat(intervals.get(0).atLow()).isEmpty();
    }

    /** Random plans: inside every interval the first measure and the top tier hold; just outside, one of them changes. */
    @Test
    void intervalsAgreeWithRankingAtTheirEndsOnRandomPlans() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        WeightedSumModel model = new WeightedSumModel();
        for (int round = 0; round < 30; round++) {
            TestPlans b = TestPlans.plan().benefit("x", 1 + random.nextInt(5)).benefit("y", 1 + random.nextInt(5))
                    .criterion("z", 1 + random.nextInt(5), Direction.COST, 1, 5);
            for (int m = 0; m < 8; m++) {
                b.scored("M" + m, 1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5));
            }
            Plan plan = b.build();
            java.util.Map<String, Double> w = Weights.of(plan);
            OneWaySensitivity.Result r = OneWaySensitivity.analyse(plan, w, Aggregation.MEAN);
            String state = state(model.rank(plan, w, Aggregation.MEAN));
            for (WeightInterval i : r.intervals()) {
                for (double t : new double[] {i.low() + 1e-7, (i.low() + i.high()) / 2, i.high() - 1e-7}) {
                    if (t > i.low() && t < i.high()) {
                        assertThat(state(model.rank(plan, shifted(w, i.criterionId(), t), Aggregation.MEAN)))
                                .as("round %d, %s at %f", round, i.criterionId(), t).isEqualTo(state);
                    }
                }
                if (i.high() < 1 - 1e-6) {
                    assertThat(state(model.rank(plan, shifted(w, i.criterionId(), i.high() + 1e-6), Aggregation.MEAN)))
                            .as("round %d, above %s", round, i.criterionId()).isNotEqualTo(state);
                }
                if (i.low() > 1e-6) {
                    assertThat(state(model.rank(plan, shifted(w, i.criterionId(), i.low() - 1e-6), Aggregation.MEAN)))
                            .as("round %d, below %s", round, i.criterionId()).isNotEqualTo(state);
                }
            }
        }
    }

    private static java.util.Map<String, Double> shifted(java.util.Map<String, Double> w, String id, double t) {
        double rest = 1 - w.get(id);
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        w.forEach((k, v) -> out.put(k, k.equals(id) ? t : v * (1 - t) / rest));
        return out;
    }

    private static String state(Ranking r) {
        return r.measures().get(0).measureId() + " " + r.measures().stream().filter(m -> m.tier().equals("高"))
                .map(RankedMeasure::measureId).sorted().toList();
    }
}
