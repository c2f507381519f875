package org.kaname.ui.sensitivity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Whole percentages for shown shares that add up to exactly 100 (largest-remainder rounding). */
final class Percents {
    private Percents() {
    }

    /**
     * Rounds shares (fractions adding up to 1) to whole percentages adding up to 100: each gets its floor, and the
     * points left go to the largest remainders (ties to the earlier share).
     */
    static int[] wholePercents(double[] shares) {
        int n = shares.length;
        int[] out = new int[n];
        double[] remainders = new double[n];
        int given = 0;
        double total = Arrays.stream(shares).sum();
        if (n == 0 || !(total > 0)) {
            return out;
        }
        for (int i = 0; i < n; i++) {
            double exact = 100 * shares[i] / total;
            out[i] = (int) Math.floor(exact + 1e-9);
            remainders[i] = exact - out[i];
            given += out[i];
        }
        int[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; given < 100 && k < n; k++, given++) {
            out[order[k]]++;
        }
        return out;
    }
}
