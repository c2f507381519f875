package org.kaname.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.kaname.model.Plan;

/**
 * Monte Carlo sensitivity of the weighted-sum ranking. In each sample every weight is multiplied by U(1 − s, 1 + s)
 * and renormalised, and each measure × criterion value is redrawn from its own raters' values (bootstrap); the
 * measures are then scored and ranked as in the contract. Samples are cut into fixed chunks, each with its own
 * generator split from the seed in chunk order, so the result is the same on one thread or many. Cost per sample:
 * measures × criteria × raters draws plus one O(n log n) sort.
 */
public final class MonteCarlo {
    static final int CHUNK = 256;
    /** Rank storage is samples × measures chars; beyond this (≈ 200 MB) a run is refused. */
    static final long MAX_CELLS = 100_000_000L;

    private MonteCarlo() {
    }

    /** Runs with the plan's own weights. */
    public static MonteCarloResult run(Plan plan, MonteCarloOptions options, MonteCarloMonitor monitor) {
        return run(plan, Weights.of(plan), options, monitor);
    }

    /** Runs around the given weights; throws {@link CancellationException} if the monitor cancels. */
    public static MonteCarloResult run(Plan plan, Map<String, Double> weights, MonteCarloOptions options,
                                       MonteCarloMonitor monitor) {
        ScoreTable table = ScoreTable.of(plan);
        Tiers tiers = new Tiers(plan.tiers());
        double[] w = Weights.toArray(table.criteria(), Weights.normalise(table.criteria(), weights, "the weights"));
        Ranking base = new WeightedSumModel().rank(table, tiers, weights, options.aggregation());
        List<Integer> scored = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        for (int m = 0; m < table.measureCount(); m++) {
            if (table.isComplete(m)) {
                scored.add(m);
            } else {
                unscored.add(table.measures().get(m).id());
            }
        }
        int n = scored.size();
        int samples = options.samples();
        if (n > Character.MAX_VALUE) {
            throw EngineException.invalid("monteCarlo.tooManyMeasures", "Monte Carlo handles at most "
                    + (int) Character.MAX_VALUE + " scored measures; this plan has " + n + ".",
                    (int) Character.MAX_VALUE, n);
        }
        if ((long) n * samples > MAX_CELLS) {
            throw EngineException.invalid("monteCarlo.tooManySamples", "Monte Carlo over " + n + " measures × "
                    + samples + " samples needs too much memory; use at most "
                    + Math.max(1, MAX_CELLS / Math.max(1, n)) + " samples.", n, samples,
                    Math.max(1, MAX_CELLS / Math.max(1, n)));
        }
        MonteCarloSampler sampler = sampler(table, scored, w, options, tiers);
        char[] ranks = new char[n * samples];
        int chunks = (samples + CHUNK - 1) / CHUNK;
        int[][] tierCounts = new int[chunks][];
        SplittableRandom root = new SplittableRandom(options.seed());
        SplittableRandom[] randoms = new SplittableRandom[chunks];
        for (int k = 0; k < chunks; k++) {
            randoms[k] = root.split();
        }
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        IntStream chunkIndices = IntStream.range(0, chunks);
        Runnable all = () -> (options.threads() == 1 ? chunkIndices : chunkIndices.parallel()).forEach(k -> {
            if (cancelled.get()) {
                return;
            }
            int[] counts = new int[n * tiers.size()];
            int from = k * CHUNK;
            int to = Math.min(samples, from + CHUNK);
            if (!sampler.run(from, to, randoms[k], ranks, counts, monitor)) {
                cancelled.set(true);
                return;
            }
            tierCounts[k] = counts;
            monitor.progress(done.addAndGet(to - from), samples);
        });
        execute(all, options.threads());
        if (cancelled.get() || monitor.isCancelled()) {
            throw new CancellationException("Monte Carlo cancelled");
        }
        return summarise(base, table, scored, unscored, tiers, ranks, tierCounts, options);
    }

    private static void execute(Runnable all, int threads) {
        if (threads <= 1) {
            all.run(); // threads 0: parallel stream on the common pool (all cores); 1: this thread
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(all).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Monte Carlo interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
    }

    private static MonteCarloSampler sampler(ScoreTable table, List<Integer> scored, double[] w,
                                             MonteCarloOptions options, Tiers tiers) {
        BootstrapCells cells = new BootstrapCells(table, scored, options.aggregation(), options.samples());
        return new MonteCarloSampler(scored.size(), w, options.spread(), tiers, cells);
    }

    private static MonteCarloResult summarise(Ranking base, ScoreTable table, List<Integer> scored,
                                              List<String> unscored, Tiers tiers, char[] ranks, int[][] tierCounts,
                                              MonteCarloOptions options) {
        int n = scored.size();
        int samples = options.samples();
        int tierCount = tiers.size();
        int[] totals = new int[n * tierCount];
        for (int[] chunk : tierCounts) {
            for (int j = 0; j < totals.length; j++) {
                totals[j] += chunk[j];
            }
        }
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            position.put(table.measures().get(scored.get(i)).id(), i);
        }
        RankStatistics stats = RankStatistics.of(ranks, n, samples);
        List<MeasureOutcome> outcomes = new ArrayList<>();
        for (RankedMeasure rm : base.ranked()) {
            int i = position.get(rm.measureId());
            Map<String, Double> byTier = new LinkedHashMap<>();
            for (int t = 0; t < tierCount; t++) {
                byTier.put(tiers.ordered().get(t).name(), totals[i * tierCount + t] / (double) samples);
            }
            outcomes.add(new MeasureOutcome(rm.measureId(), rm.title(), rm.rank().getAsInt(), stats.mean[i],
                    stats.p5[i], stats.p95[i], stats.first[i] / (double) samples, byTier));
        }
        List<String> names = new ArrayList<>();
        tiers.ordered().forEach(t -> names.add(t.name()));
        return new MonteCarloResult(options, names, outcomes, unscored);
    }
}
