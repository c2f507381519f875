package org.kaname.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kaname.model.Plan;

class MonteCarloTest {
    /** Three raters who disagree, so the bootstrap has something to redraw. */
    private static Plan noisyPlan() {
        return TestPlans.plan().benefit("x", 3).benefit("y", 2).benefit("z", 1)
                .measure("A").scores("A", "x", 4.0, 5.0, 3.0).scores("A", "y", 3.0, 4.0, 2.0).scores("A", "z", 2.0, 3.0, 4.0)
                .measure("B").scores("B", "x", 3.0, 4.0, 5.0).scores("B", "y", 4.0, 2.0, 3.0).scores("B", "z", 5.0, 4.0, 1.0)
                .measure("C").scores("C", "x", 2.0, 3.0, 3.0).scores("C", "y", 5.0, 5.0, 4.0).scores("C", "z", 3.0, 3.0, 3.0)
                .measure("D").scores("D", "x", 3.0, 3.0, 2.0).scores("D", "y", 3.0, 3.0, 4.0).scores("D", "z", 4.0, 5.0, 5.0)
                .measure("U").scores("U", "x", 5.0)
                .build();
    }

    private static MonteCarloOptions options(int samples, long seed, int threads) {
        return new MonteCarloOptions(samples, seed, 0.2, Aggregation.MEAN, threads);
    }

    @Test
    void aMeasureBetterOnEveryCriterionThanAllOthersIsAlwaysFirst() {
        // A's lowest value on each criterion beats every other measure's highest, so no redraw can overturn it.
        Plan plan = TestPlans.plan().benefit("x", 1).benefit("y", 1)
                .measure("B").scores("B", "x", 1.0, 3.0, 2.0).scores("B", "y", 3.0, 1.0, 2.0)
                .measure("A").scores("A", "x", 4.0, 5.0, 5.0).scores("A", "y", 5.0, 4.0, 4.0)
                .measure("C").scores("C", "x", 3.0, 1.0, 1.0).scores("C", "y", 2.0, 3.0, 1.0)
                .build();
        MonteCarloResult r = MonteCarlo.run(plan, options(5_000, 7, 0), MonteCarloMonitor.NONE);

        MeasureOutcome a = r.outcomes().get(0);
        assertThat(a.measureId()).isEqualTo("A");
        assertThat(a.probabilityFirst()).isEqualTo(1.0);
        assertThat(a.meanRank()).isEqualTo(1.0);
        assertThat(a.rankP5()).isEqualTo(1);
        assertThat(a.rankP95()).isEqualTo(1);
        assertThat(r.outcomes().get(1).probabilityFirst()).isZero();
    }

    @Test
    void twoIdenticalUnanimousMeasuresGetTheSameDistribution() {
        Plan plan = TestPlans.plan().benefit("x", 1).benefit("y", 1)
                .measure("P").scores("P", "x", 4.0, 4.0).scores("P", "y", 2.0, 2.0)
                .measure("Q").scores("Q", "x", 1.0, 5.0).scores("Q", "y", 5.0, 1.0)
                .measure("R").scores("R", "x", 4.0, 4.0).scores("R", "y", 2.0, 2.0)
                .build();
        MonteCarloResult r = MonteCarlo.run(plan, options(4_000, 3, 0), MonteCarloMonitor.NONE);
        MeasureOutcome p = outcome(r, "P");
        MeasureOutcome q = outcome(r, "R");
        assertThat(q.meanRank()).isEqualTo(p.meanRank());
        assertThat(q.rankP5()).isEqualTo(p.rankP5());
        assertThat(q.rankP95()).isEqualTo(p.rankP95());
        assertThat(q.probabilityFirst()).isEqualTo(p.probabilityFirst());
        assertThat(q.tierProbabilities()).isEqualTo(p.tierProbabilities());
    }

    @Test
    void twoIdenticalMeasuresWithDisagreeingRatersGetTheSameDistributionUpToSampling() {
        Plan plan = TestPlans.plan().benefit("x", 1).benefit("y", 1)
                .measure("P").scores("P", "x", 2.0, 5.0, 3.0).scores("P", "y", 1.0, 4.0, 4.0)
                .measure("Q").scores("Q", "x", 3.0, 3.0, 4.0).scores("Q", "y", 3.0, 2.0, 4.0)
                .measure("R").scores("R", "x", 2.0, 5.0, 3.0).scores("R", "y", 1.0, 4.0, 4.0)
                .build();
        MonteCarloResult r = MonteCarlo.run(plan, options(40_000, 11, 0), MonteCarloMonitor.NONE);
        assertThat(outcome(r, "R").meanRank()).isCloseTo(outcome(r, "P").meanRank(), within(0.03));
        assertThat(outcome(r, "R").probabilityFirst()).isCloseTo(outcome(r, "P").probabilityFirst(), within(0.015));
    }

    @Test
    void theSameSeedGivesTheSameResultOnAnyNumberOfThreads() {
        Plan plan = noisyPlan();
        MonteCarloResult one = MonteCarlo.run(plan, options(3_000, 42, 1), MonteCarloMonitor.NONE);
        MonteCarloResult two = MonteCarlo.run(plan, options(3_000, 42, 2), MonteCarloMonitor.NONE);
        MonteCarloResult all = MonteCarlo.run(plan, options(3_000, 42, 0), MonteCarloMonitor.NONE);
        MonteCarloResult again = MonteCarlo.run(plan, options(3_000, 42, 0), MonteCarloMonitor.NONE);
        assertThat(two.outcomes()).isEqualTo(one.outcomes());
        assertThat(all.outcomes()).isEqualTo(one.outcomes());
        assertThat(again.outcomes()).isEqualTo(one.outcomes());
        MonteCarloResult other = MonteCarlo.run(plan, options(3_000, 43, 0), MonteCarloMonitor.NONE);
        assertThat(other.outcomes()).isNotEqualTo(one.outcomes());
    }

    @Test
    void outcomesFollowTheBaseRankingAndUnscoredMeasuresAreLeftOut() {
        Plan plan = noisyPlan();
        MonteCarloResult r = MonteCarlo.run(plan, options(2_000, 1, 0), MonteCarloMonitor.NONE);
        Ranking base = new RankingService().rank(plan);
        assertThat(r.outcomes()).extracting(MeasureOutcome::measureId)
                .containsExactlyElementsOf(base.ranked().stream().map(RankedMeasure::measureId).toList());
        assertThat(r.unscored()).containsExactly("U");
        assertThat(r.tierNames()).containsExactly("高", "中", "低");
        for (MeasureOutcome o : r.outcomes()) {
            assertThat(o.tierProbabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                    .isCloseTo(1.0, within(1e-12));
            assertThat(o.rankP5()).isLessThanOrEqualTo(o.rankP95());
            assertThat(o.meanRank()).isBetween(1.0, 4.0);
        }
        double meanRanks = r.outcomes().stream().mapToDouble(MeasureOutcome::meanRank).sum();
        assertThat(meanRanks).isLessThanOrEqualTo(1 + 2 + 3 + 4 + 1e-9); // ties can only lower ranks
    }

    @Test
    void noSpreadAndUnanimousRatersReproduceTheBaseRanking() {
        Plan plan = TestPlans.plan().benefit("x", 1).benefit("y", 1)
                .measure("A").scores("A", "x", 3.0, 3.0).scores("A", "y", 3.0, 3.0)
                .measure("B").scores("B", "x", 5.0, 5.0).scores("B", "y", 4.0, 4.0)
                .build();
        MonteCarloResult r = MonteCarlo.run(plan, new MonteCarloOptions(500, 1, 0, Aggregation.MEAN, 0),
                MonteCarloMonitor.NONE);
        assertThat(r.outcomes()).extracting(MeasureOutcome::measureId).containsExactly("B", "A");
        assertThat(outcome(r, "B").tierProbabilities()).containsEntry("高", 1.0); // 87.5
        assertThat(outcome(r, "A").tierProbabilities()).containsEntry("中", 1.0); // 50
        assertThat(outcome(r, "A").rankP5()).isEqualTo(2);
    }

    @Test
    void progressIsReportedAndCancellingStopsTheRun() {
        AtomicInteger last = new AtomicInteger();
        MonteCarlo.run(noisyPlan(), options(1_000, 1, 1), new MonteCarloMonitor() {
            @Override
            public void progress(int done, int total) {
                last.set(done);
                assertThat(total).isEqualTo(1_000);
            }
        });
        assertThat(last.get()).isEqualTo(1_000);

        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> MonteCarlo.run(noisyPlan(), options(100_000, 1, 0), new MonteCarloMonitor() {
            @Override
            public boolean isCancelled() {
                return calls.incrementAndGet() > 3;
            }
        })).isInstanceOf(CancellationException.class);
    }

    @Test
    void badOptionsAreClearErrors() {
        assertThatThrownBy(() -> options(0, 1, 0)).isInstanceOf(EngineException.class).hasMessageContaining("samples");
        assertThatThrownBy(() -> new MonteCarloOptions(10, 1, 1.0, Aggregation.MEAN, 0))
                .isInstanceOf(EngineException.class).hasMessageContaining("spread");
        assertThatThrownBy(() -> new MonteCarloOptions(10, 1, Double.NaN, Aggregation.MEAN, 0))
                .isInstanceOf(EngineException.class);
    }

    @Test
    void medianAggregationRunsToo() {
        MonteCarloResult r = MonteCarlo.run(noisyPlan(), options(1_000, 5, 0).withAggregation(Aggregation.MEDIAN),
                MonteCarloMonitor.NONE);
        assertThat(r.outcomes()).hasSize(4);
        assertThat(r.options().aggregation()).isEqualTo(Aggregation.MEDIAN);
    }

    private static MeasureOutcome outcome(MonteCarloResult r, String id) {
        return r.outcomes().stream().filter(o -> o.measureId().equals(id)).findFirst().orElseThrow();
    }
}
