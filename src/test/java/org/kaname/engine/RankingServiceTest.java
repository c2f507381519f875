package org.kaname.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.Scale;
import org.kaname.model.Scenario;
import org.kaname.model.Score;

class RankingServiceTest {
    private final RankingService service = new RankingService();

    private static Plan plan() {
        return TestPlans.plan().benefit("x", 1).benefit("y", 0)
                .scored("A", 5, 1).scored("B", 1, 5)
                .scenario(new Scenario("y", Map.of("y", 1.0))).build();
    }

    @Test
    void ranksUnderTheOwnWeightsAScenarioOrTopsis() {
        assertThat(service.rank(plan()).measures().get(0).measureId()).isEqualTo("A");
        Ranking y = service.rank(plan(), "y", null);
        assertThat(y.measures().get(0).measureId()).isEqualTo("B");
        assertThat(y.scenario()).isEqualTo("y");
        assertThat(service.rank(plan(), null, "topsis").model()).isEqualTo(ModelKind.TOPSIS);
        assertThat(service.rank(plan(), null, "weighted-sum").model()).isEqualTo(ModelKind.WEIGHTED_SUM);
        assertThat(service.weights(plan(), Optional.of("y"))).containsEntry("y", 1.0);
    }

    @Test
    void unknownScenarioOrModelIsAnUnknownNameError() {
        assertThatThrownBy(() -> service.rank(plan(), "財政重視", null)).isInstanceOf(EngineException.class)
                .hasMessageContaining("財政重視")
                .extracting(e -> ((EngineException) e).kind()).isEqualTo(EngineException.Kind.UNKNOWN_NAME);
        assertThatThrownBy(() -> service.rank(plan(), null, "electre")).isInstanceOf(EngineException.class)
                .hasMessageContaining("electre").hasMessageContaining("weighted-sum or topsis");
    }

    @Test
    void badScoresAndScalesAreClearErrors() {
        Plan base = plan();
        Plan unknownCriterion = base.withScores(List.of(Score.of("A", "speed", "r1", 3)));
        assertThatThrownBy(() -> service.rank(unknownCriterion)).isInstanceOf(EngineException.class)
                .hasMessageContaining("criterion 'speed'");
        Plan unknownMeasure = base.withScores(List.of(Score.of("Z9", "x", "r1", 3)));
        assertThatThrownBy(() -> service.rank(unknownMeasure)).isInstanceOf(EngineException.class)
                .hasMessageContaining("measure 'Z9'");
        Plan outside = base.withScores(List.of(Score.of("A", "x", "r1", 6)));
        assertThatThrownBy(() -> service.rank(outside)).isInstanceOf(EngineException.class)
                .hasMessageContaining("outside the scale 1–5");
        Plan nan = base.withScores(List.of(Score.of("A", "x", "r1", Double.NaN)));
        assertThatThrownBy(() -> service.rank(nan)).isInstanceOf(EngineException.class).hasMessageContaining("NaN");
        Plan flat = base.withCriteria(List.of(new Criterion("x", "x", "", 1, null, new Scale(3, 3, null))));
        assertThatThrownBy(() -> service.rank(flat.withScores(List.of()))).isInstanceOf(EngineException.class)
                .hasMessageContaining("maximum must be greater");
        Plan twice = base.withMeasures(List.of(base.measures().get(0), base.measures().get(0)));
        assertThatThrownBy(() -> service.rank(twice)).isInstanceOf(EngineException.class)
                .hasMessageContaining("two measures with the id 'A'");
    }

    @Test
    void analysesAreReachableThroughTheService() {
        Plan plan = plan();
        Ranking r = service.rank(plan);
        assertThat(service.groupSummaries(plan, r)).isEmpty(); // the test plan has no groups
        assertThat(service.compareScenarios(plan, ModelKind.WEIGHTED_SUM).columns()).containsExactly("", "y");
        assertThat(service.oneWay(plan, Optional.empty()).firstMeasureId()).isEqualTo("A");
        assertThat(service.monteCarlo(plan, Optional.of("y"), MonteCarloOptions.defaults().withSamples(200),
                MonteCarloMonitor.NONE).outcomes().get(0).measureId()).isEqualTo("B");
    }
}
