package org.kaname.engine;

/**
 * Settings of a Monte Carlo run: the number of samples, the seed (same seed, same result, whatever the number of
 * threads), the spread s (each weight is multiplied by a uniform factor in [1 − s, 1 + s]), the aggregation of the
 * redrawn raters' values, and the number of threads (0 = all cores, 1 = the calling thread only).
 */
public record MonteCarloOptions(int samples, long seed, double spread, Aggregation aggregation, int threads) {
    public static final int DEFAULT_SAMPLES = 10_000;
    public static final long DEFAULT_SEED = 20_260_401L;
    public static final double DEFAULT_SPREAD = 0.2;

    public MonteCarloOptions {
        if (samples < 1) {
            throw EngineException.invalid("monteCarlo.samples",
                    "The number of samples must be at least 1 (got " + samples + ").", samples);
        }
        if (Double.isNaN(spread) || spread < 0 || spread >= 1) {
            throw EngineException.invalid("monteCarlo.spread",
                    "The spread must be at least 0 and below 1 (got " + spread + ").", spread);
        }
        if (threads < 0) {
            throw EngineException.invalid("monteCarlo.threads",
                    "The number of threads cannot be negative (got " + threads + ").", threads);
        }
        aggregation = aggregation == null ? Aggregation.MEAN : aggregation;
    }

    public static MonteCarloOptions defaults() {
        return new MonteCarloOptions(DEFAULT_SAMPLES, DEFAULT_SEED, DEFAULT_SPREAD, Aggregation.MEAN, 0);
    }

    public MonteCarloOptions withSamples(int n) {
        return new MonteCarloOptions(n, seed, spread, aggregation, threads);
    }

    public MonteCarloOptions withSeed(long s) {
        return new MonteCarloOptions(samples, s, spread, aggregation, threads);
    }

    public MonteCarloOptions withSpread(double s) {
        return new MonteCarloOptions(samples, seed, s, aggregation, threads);
    }

    public MonteCarloOptions withAggregation(Aggregation a) {
        return new MonteCarloOptions(samples, seed, spread, a, threads);
    }

    public MonteCarloOptions withThreads(int t) {
        return new MonteCarloOptions(samples, seed, spread, aggregation, t);
    }
}
