package org.kaname.engine;

/**
 * Per-measure mean rank, 5th / 95th percentile rank (nearest-rank method) and count of first places, from the ranks
 * of every sample stored row by row ({@code ranks[s·n + i]}). Measures are taken in blocks whose ranks sit side by
 * side in each row, so the rows are read sequentially rather than one strided pass per measure.
 */
final class RankStatistics {
    private static final int BLOCK = 64;

    final double[] mean;
    final int[] p5;
    final int[] p95;
    final int[] first;

    private RankStatistics(int n) {
        mean = new double[n];
        p5 = new int[n];
        p95 = new int[n];
        first = new int[n];
    }

    static RankStatistics of(char[] ranks, int n, int samples) {
        RankStatistics out = new RankStatistics(n);
        int p5Count = (int) Math.ceil(0.05 * samples);
        int p95Count = (int) Math.ceil(0.95 * samples);
        int[][] histogram = new int[Math.min(BLOCK, Math.max(n, 1))][n + 1];
        long[] sums = new long[BLOCK];
        for (int from = 0; from < n; from += BLOCK) {
            int size = Math.min(BLOCK, n - from);
            java.util.Arrays.fill(sums, 0);
            for (int s = 0; s < samples; s++) {
                int row = s * n + from;
                for (int j = 0; j < size; j++) {
                    int r = ranks[row + j];
                    histogram[j][r]++;
                    sums[j] += r;
                }
            }
            for (int j = 0; j < size; j++) {
                int i = from + j;
                int[] h = histogram[j];
                out.mean[i] = sums[j] / (double) samples;
                out.first[i] = h[1];
                int cumulative = 0;
                for (int r = 1; r <= n; r++) {
                    cumulative += h[r];
                    if (out.p5[i] == 0 && cumulative >= p5Count) {
                        out.p5[i] = r;
                    }
                    if (cumulative >= p95Count) {
                        out.p95[i] = r;
                        break;
                    }
                }
                java.util.Arrays.fill(h, 0);
            }
        }
        return out;
    }
}
