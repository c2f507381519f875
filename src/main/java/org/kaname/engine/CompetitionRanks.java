package org.kaname.engine;

import java.util.Arrays;

/**
 * Competition ranks ("1, 2, 2, 4") on scores compared after rounding to 6 decimals, ties in plan order.
 * One primitive sort of packed keys: O(n log n), no boxing, so Monte Carlo can call it once per sample.
 */
final class CompetitionRanks {
    private static final long MAX_MICROS = 100_000_000L;
    /** From this many entries a three-pass radix sort beats the comparison sort (Monte Carlo on large plans). */
    static final int RADIX_FROM = 2048;
    private static final int RADIX_BITS = 9;

    private CompetitionRanks() {
    }

    /**
     * Ranks {@code scores[i]} for the {@code count} entries whose plan positions are {@code positions[i]} (ascending).
     * Fills {@code order} with entry indices in ranked order and {@code ranks[i]} with the rank of entry i.
     * {@code keys} is scratch space of at least {@code count} (twice that lets large inputs use a radix sort).
     * Scores must lie in 0–100 (clamped otherwise).
     */
    static void rank(double[] scores, int count, long[] keys, int[] order, int[] ranks) {
        for (int i = 0; i < count; i++) {
            long micros = Math.max(0, Math.min(MAX_MICROS, Rounding.micros(scores[i])));
            // Higher score first, then lower entry index (entries are in plan order): one ascending long sort.
            keys[i] = ((MAX_MICROS - micros) << 32) | i;
        }
        if (count >= RADIX_FROM && keys.length >= 2 * count) {
            radixSort(keys, count);
        } else {
            Arrays.sort(keys, 0, count);
        }
        long previous = -1;
        int rank = 0;
        for (int k = 0; k < count; k++) {
            long scorePart = keys[k] >>> 32;
            int entry = (int) (keys[k] & 0xFFFF_FFFFL);
            if (scorePart != previous) {
                rank = k + 1;
                previous = scorePart;
            }
            order[k] = entry;
            ranks[entry] = rank;
        }
    }

    /**
     * Stable least-significant-digit radix sort of {@code keys[0 .. count)} on the 27 score bits above bit 32; the
     * entries start in index order, so ties stay in index (plan) order as the comparison sort would leave them.
     * Uses {@code keys[count .. 2·count)} as the second buffer.
     */
    private static void radixSort(long[] keys, int count) {
        int[] buckets = new int[1 << RADIX_BITS];
        int from = 0;
        int to = count;
        for (int shift = 32; shift < 32 + 27; shift += RADIX_BITS) {
            Arrays.fill(buckets, 0);
            for (int k = from; k < from + count; k++) {
                buckets[(int) (keys[k] >>> shift) & ((1 << RADIX_BITS) - 1)]++;
            }
            int sum = 0;
            for (int b = 0; b < buckets.length; b++) {
                int n = buckets[b];
                buckets[b] = sum;
                sum += n;
            }
            for (int k = from; k < from + count; k++) {
                keys[to + buckets[(int) (keys[k] >>> shift) & ((1 << RADIX_BITS) - 1)]++] = keys[k];
            }
            int t = from;
            from = to;
            to = t;
        }
        if (from != 0) {
            System.arraycopy(keys, from, keys, 0, count);
        }
    }
}
