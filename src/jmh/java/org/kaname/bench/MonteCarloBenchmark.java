package org.kaname.bench;

import java.util.concurrent.TimeUnit;
import org.kaname.engine.MonteCarlo;
import org.kaname.engine.MonteCarloMonitor;
import org.kaname.engine.MonteCarloOptions;
import org.kaname.engine.MonteCarloResult;
import org.kaname.model.Plan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Monte Carlo on all cores. The target case is 10,000 samples over 200 measures × 10 raters; the scaling cases
 * (100 / 1,000 / 10,000 measures × 30 raters) use 1,000 samples so that 10,000 measures stay within memory and time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBenchmark {
    /** measures × raters × samples. */
    @Param({"200x10x10000", "100x30x1000", "1000x30x1000", "10000x30x1000"})
    public String size;

    private Plan plan;
    private MonteCarloOptions options;

    @Setup
    public void setUp() {
        String[] parts = size.split("x");
        plan = GeneratedPlans.generate(Integer.parseInt(parts[0]), 5, Integer.parseInt(parts[1]), 1);
        options = MonteCarloOptions.defaults().withSamples(Integer.parseInt(parts[2]));
    }

    @Benchmark
    public MonteCarloResult monteCarlo() {
        return MonteCarlo.run(plan, options, MonteCarloMonitor.NONE);
    }
}
