package org.kaname.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The inner loop of Monte Carlo: for one chunk of samples, perturb the weights, redraw every measure × criterion
 * value from its raters' values (bootstrap), score, rank, and record ranks and tiers. Holds only read-only inputs;
 * each call allocates its own scratch arrays, so chunks can run on any thread.
 */
final class MonteCarloSampler {
    private final int measures;
    private final int criteria;
    private final double[] baseWeights;
    private final double spread;
    private final Aggregation aggregation;
    private final Tiers tiers;
    /** Normalised (cost-flipped) raters' values; cell (i, c) of the scored measures spans start[i·C+c] + count. */
    private final double[] values;
    private final int[] start;
    private final int[] count;
    /** For cells whose values are all equal (or single): the value, else NaN. */
    private final double[] fixed;

    MonteCarloSampler(int measures, int criteria, double[] baseWeights, double spread, Aggregation aggregation,
                      Tiers tiers, double[] values, int[] start, int[] count) {
        this.measures = measures;
        this.criteria = criteria;
        this.baseWeights = baseWeights;
        this.spread = spread;
        this.aggregation = aggregation;
        this.tiers = tiers;
        this.values = values;
        this.start = start;
        this.count = count;
        this.fixed = new double[start.length];
        for (int cell = 0; cell < start.length; cell++) {
            double first = values[start[cell]];
            boolean same = true;
            for (int k = 1; k < count[cell] && same; k++) {
                same = values[start[cell] + k] == first;
            }
            fixed[cell] = same ? first : Double.NaN;
        }
    }

    /**
     * Runs samples {@code from .. to} with {@code random}; writes the rank of measure i in sample s to
     * {@code ranks[s·n + i]} and adds tier hits to {@code tierCounts[i·T + tier]}. Returns false if cancelled.
     */
    boolean run(int from, int to, SplittableRandom random, char[] ranks, int[] tierCounts, MonteCarloMonitor monitor) {
        double[] w = new double[criteria];
        double[] scores = new double[measures];
        long[] keys = new long[measures];
        int[] order = new int[measures];
        int[] rank = new int[measures];
        double[] buffer = new double[maxCount()];
        int tierCount = tiers.size();
        for (int s = from; s < to; s++) {
            if (((s - from) & 63) == 0 && monitor.isCancelled()) {
                return false;
            }
            double sum = 0;
            for (int c = 0; c < criteria; c++) {
                w[c] = baseWeights[c] * (1 - spread + 2 * spread * random.nextDouble());
                sum += w[c];
            }
            for (int c = 0; c < criteria; c++) {
                w[c] /= sum;
            }
            for (int i = 0; i < measures; i++) {
                double score = 0;
                int cell = i * criteria;
                for (int c = 0; c < criteria; c++, cell++) {
                    double v = fixed[cell];
                    if (v != v) { // NaN: the raters disagree, so redraw
                        v = aggregation == Aggregation.MEAN ? bootstrapMean(cell, random) : bootstrapMedian(cell, random, buffer);
                    }
                    score += w[c] * v;
                }
                scores[i] = 100 * score;
            }
            CompetitionRanks.rank(scores, measures, keys, order, rank);
            int row = s * measures;
            for (int i = 0; i < measures; i++) {
                ranks[row + i] = (char) rank[i];
                int t = tiers.indexOf(scores[i]);
                if (t >= 0) {
                    tierCounts[i * tierCount + t]++;
                }
            }
        }
        return true;
    }

    private int maxCount() {
        int max = 1;
        for (int k : count) {
            max = Math.max(max, k);
        }
        return max;
    }

    /** Mean of k draws with replacement; two 32-bit indices per random long (multiply-shift, bias below k/2³²). */
    private double bootstrapMean(int cell, SplittableRandom random) {
        int k = count[cell];
        int base = start[cell];
        double sum = 0;
        int j = 0;
        for (; j + 1 < k; j += 2) {
            long r = random.nextLong();
            sum += values[base + (int) (((r >>> 32) * k) >>> 32)];
            sum += values[base + (int) (((r & 0xFFFF_FFFFL) * k) >>> 32)];
        }
        if (j < k) {
            sum += values[base + (int) (((random.nextLong() >>> 32) * k) >>> 32)];
        }
        return sum / k;
    }

    private double bootstrapMedian(int cell, SplittableRandom random, double[] buffer) {
        int k = count[cell];
        int base = start[cell];
        for (int j = 0; j < k; j++) {
            buffer[j] = values[base + (int) (((random.nextLong() >>> 32) * k) >>> 32)];
        }
        Arrays.sort(buffer, 0, k);
        return Aggregation.medianOfSorted(buffer, k);
    }
}
