package org.kaname.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kaname.engine.Aggregation;
import org.kaname.engine.Ranking;
import org.kaname.engine.Weights;
import org.kaname.engine.WeightedSumModel;
import org.kaname.model.Plan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The whole weighted-sum ranking from a plan record: laying out the scores, aggregating, scoring, ranking. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RankBenchmark {
    @Param({"100", "1000", "10000"})
    public int measures;

    @Param({"30"})
    public int raters;

    private Plan plan;
    private Map<String, Double> weights;
    private final WeightedSumModel model = new WeightedSumModel();

    @Setup
    public void setUp() {
        plan = GeneratedPlans.generate(measures, 5, raters, 1);
        weights = Weights.of(plan);
    }

    @Benchmark
    public Ranking rank() {
        return model.rank(plan, weights, Aggregation.MEAN);
    }
}
