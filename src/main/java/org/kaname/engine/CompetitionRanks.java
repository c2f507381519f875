package org.kaname.engine;

import java.util.Arrays;

/**
 * Competition ranks ("1, 2, 2, 4") on scores compared after rounding to 6 decimals, ties in plan order.
 * One primitive sort of packed keys: O(n log n), no boxing, so Monte Carlo can call it once per sample.
 */
final class CompetitionRanks {
    private static final long MAX_MICROS = 100_000_000L;

    private CompetitionRanks() {
    }

    /**
     * Ranks {@code scores[i]} for the {@code count} entries whose plan positions are {@code positions[i]} (ascending).
     * Fills {@code order} with entry indices in ranked order and {@code ranks[i]} with the rank of entry i.
     * {@code keys} is scratch space of at least {@code count}. Scores must lie in 0–100 (clamped otherwise).
     */
    static void rank(double[] scores, int count, long[] keys, int[] order, int[] ranks) {
        for (int i = 0; i < count; i++) {
            long micros = Math.max(0, Math.min(MAX_MICROS, Rounding.micros(scores[i])));
            // Higher score first, then lower entry index (entries are in plan order): one ascending long sort.
            keys[i] = ((MAX_MICROS - micros) << 32) | i;
        }
        Arrays.sort(keys, 0, count);
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
}
