package org.kaname.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaname.model.Criterion;
import org.kaname.model.Judgment;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;
import org.kaname.model.Weighting;
import org.kaname.model.WeightingMethod;

class WeightsTest {
    private static TestPlans abc() {
        return TestPlans.plan().benefit("a", 20).benefit("b", 30).benefit("c", 50);
    }

    @Test
    void directWeightsAreDividedByTheirSumInCriterionOrder() {
        Map<String, Double> w = Weights.of(abc().build());
        assertThat(List.copyOf(w.keySet())).containsExactly("a", "b", "c");
        assertThat(w.get("a")).isCloseTo(0.2, within(1e-15));
        assertThat(w.get("b")).isCloseTo(0.3, within(1e-15));
        assertThat(w.get("c")).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void allZeroNegativeAndNaNWeightsAreClearErrors() {
        Plan zeros = TestPlans.plan().benefit("a", 0).benefit("b", 0).build();
        assertThatThrownBy(() -> Weights.of(zeros)).isInstanceOf(EngineException.class)
                .hasMessageContaining("every weight is 0");
        Plan negative = TestPlans.plan().benefit("a", -1).benefit("b", 2).build();
        assertThatThrownBy(() -> Weights.of(negative)).isInstanceOf(EngineException.class)
                .hasMessageContaining("'a'").hasMessageContaining("≥ 0");
        Plan nan = TestPlans.plan().benefit("a", Double.NaN).benefit("b", 2).build();
        assertThatThrownBy(() -> Weights.of(nan)).isInstanceOf(EngineException.class).hasMessageContaining("NaN");
        Plan none = TestPlans.plan().build();
        assertThatThrownBy(() -> Weights.of(none)).isInstanceOf(EngineException.class)
                .hasMessageContaining("no criteria");
    }

    @Test
    void scenarioWeightsLeaveUnnamedCriteriaAtZero() {
        Plan plan = abc().scenario(new Scenario("財政重視", Map.of("a", 1.0, "c", 3.0))).build();
        Map<String, Double> w = Weights.of(plan, "財政重視");
        assertThat(w).containsExactly(Map.entry("a", 0.25), Map.entry("b", 0.0), Map.entry("c", 0.75));
    }

    @Test
    void unknownScenarioAndUnknownCriterionAreUnknownNames() {
        Plan plan = abc().scenario(new Scenario("s1", Map.of("zzz", 1.0))).build();
        assertThatThrownBy(() -> Weights.of(plan, "nope")).isInstanceOf(EngineException.class)
                .hasMessageContaining("no scenario 'nope'").hasMessageContaining("s1")
                .extracting(e -> ((EngineException) e).kind()).isEqualTo(EngineException.Kind.UNKNOWN_NAME);
        assertThatThrownBy(() -> Weights.of(plan, "s1")).isInstanceOf(EngineException.class)
                .hasMessageContaining("scenario 's1'").hasMessageContaining("no criterion 'zzz'");
    }

    /** ROC for three: (1 + 1/2 + 1/3)/3 = 11/18, (1/2 + 1/3)/3 = 5/18, (1/3)/3 = 2/18. */
    @Test
    void rankOrderCentroidByHand() {
        Plan plan = abc().weighting(new Weighting(WeightingMethod.ROC, null, List.of("c", "a", "b"), null)).build();
        Map<String, Double> w = Weights.of(plan);
        assertThat(List.copyOf(w.keySet())).containsExactly("a", "b", "c");
        assertThat(w.get("c")).isCloseTo(11.0 / 18, within(1e-15));
        assertThat(w.get("a")).isCloseTo(5.0 / 18, within(1e-15));
        assertThat(w.get("b")).isCloseTo(2.0 / 18, within(1e-15));
    }

    @Test
    void rankingsMustNameEveryCriterionOnce() {
        List<Criterion> criteria = abc().build().criteria();
        assertThatThrownBy(() -> RankOrderCentroid.weights(criteria, List.of("a", "b")))
                .isInstanceOf(EngineException.class).hasMessageContaining("'c' is missing");
        assertThatThrownBy(() -> RankOrderCentroid.weights(criteria, List.of("a", "b", "b", "c")))
                .isInstanceOf(EngineException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> RankOrderCentroid.weights(criteria, List.of("a", "b", "x")))
                .isInstanceOf(EngineException.class).hasMessageContaining("no criterion 'x'");
    }

    /** Swing: b first (100 by default), a 50, c 25 → 100/175, 50/175, 25/175. */
    @Test
    void swingWeightsByHand() {
        Plan plan = abc().weighting(new Weighting(WeightingMethod.SWING, null, List.of("b", "a", "c"),
                Map.of("a", 50.0, "c", 25.0))).build();
        Map<String, Double> w = Weights.of(plan);
        assertThat(w.get("b")).isCloseTo(100.0 / 175, within(1e-15));
        assertThat(w.get("a")).isCloseTo(50.0 / 175, within(1e-15));
        assertThat(w.get("c")).isCloseTo(25.0 / 175, within(1e-15));
    }

    @Test
    void swingNeedsPointsForEveryCriterionAfterTheFirst() {
        Plan plan = abc().weighting(new Weighting(WeightingMethod.SWING, null, List.of("b", "a", "c"),
                Map.of("a", 50.0))).build();
        assertThatThrownBy(() -> Weights.of(plan)).isInstanceOf(EngineException.class)
                .hasMessageContaining("'c'").hasMessageContaining("no points");
    }

    @Test
    void ahpPlanWeightsComeFromTheJudgmentsNotTheCriteriaPoints() {
        Plan plan = TestPlans.plan().benefit("a", 1).benefit("b", 1)
                .weighting(new Weighting(WeightingMethod.AHP, List.of(new Judgment("a", "b", 4)), null, null)).build();
        Map<String, Double> w = Weights.of(plan);
        assertThat(w.get("a")).isCloseTo(0.8, within(1e-12));
        assertThat(w.get("b")).isCloseTo(0.2, within(1e-12));
        assertThat(new RankingService().ahp(plan)).isPresent();
        assertThat(new RankingService().ahp(abc().build())).isEmpty();
    }

    @Test
    void derivedWeightsCanBeStoredOnTheCriteriaOrAsAScenario() {
        Plan plan = abc().build();
        Map<String, Double> w = Map.of("a", 0.5, "b", 0.25, "c", 0.25);
        List<Criterion> stored = Weights.applyTo(plan.criteria(), w);
        assertThat(stored).extracting(Criterion::weight).containsExactly(0.5, 0.25, 0.25);
        assertThat(Weights.of(plan.withCriteria(stored))).isEqualTo(Weights.normalise(plan.criteria(), w, "test"));
        Scenario s = Weights.asScenario("AHP", w);
        assertThat(Weights.of(plan.withScenarios(List.of(s)), "AHP").get("a")).isEqualTo(0.5);
    }
}
