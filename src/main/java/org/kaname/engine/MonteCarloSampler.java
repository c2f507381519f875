package org.kaname.engine;

import java.util.SplittableRandom;

/**
 * The inner loop of Monte Carlo: for one chunk of samples, perturb the weights, redraw every measure × criterion
 * value ({@link BootstrapCells}), score, rank, and record ranks and tiers. Holds only read-only inputs; each call
 * allocates its own scratch arrays, so chunks can run on any thread.
 */
final class MonteCarloSampler {
    private final int measures;
    private final int criteria;
    private final double[] baseWeights;
    private final double spread;
    private final Tiers tiers;
    private final BootstrapCells cells;

    MonteCarloSampler(int measures, double[] baseWeights, double spread, Tiers tiers, BootstrapCells cells) {
        this.measures = measures;
        this.criteria = baseWeights.length;
        this.baseWeights = baseWeights;
        this.spread = spread;
        this.tiers = tiers;
        this.cells = cells;
    }

    /**
     * Runs samples {@code from .. to} with {@code random}; writes the rank of measure i in sample s to
     * {@code ranks[s·n + i]} and adds tier hits to {@code tierCounts[i·T + tier]}. Returns false if cancelled.
     */
    boolean run(int from, int to, SplittableRandom random, char[] ranks, int[] tierCounts, MonteCarloMonitor monitor) {
        double[] w = new double[criteria];
        double[] scores = new double[measures];
        long[] keys = new long[2 * measures];
        int[] order = new int[measures];
        int[] rank = new int[measures];
        double[] buffer = cells.newBuffer();
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
            int cell = 0;
            for (int i = 0; i < measures; i++) {
                double score = 0;
                for (int c = 0; c < criteria; c++, cell++) {
                    score += w[c] * cells.draw(cell, random, buffer);
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
}
