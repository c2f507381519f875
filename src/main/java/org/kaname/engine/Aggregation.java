package org.kaname.engine;

import java.util.Arrays;

/** How several raters' values for one measure on one criterion become one value. */
public enum Aggregation {
    /** The arithmetic mean: the default, and what the ranking contract states. */
    MEAN("mean"),
    /** The median (the mean of the two middle values for an even count): robust to one rater's outlier. */
    MEDIAN("median");

    private final String code;

    Aggregation(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Aggregation fromCode(String code) {
        for (Aggregation a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw EngineException.unknown("aggregation.unknown", "Unknown aggregation '" + code + "'; use mean or median.",
                code);
    }

    /** The aggregate of {@code values[from .. from+count)}; the array is not changed. {@code count} must be positive. */
    public double apply(double[] values, int from, int count) {
        if (this == MEAN) {
            double sum = 0;
            for (int i = from; i < from + count; i++) {
                sum += values[i];
            }
            return sum / count;
        }
        double[] sorted = Arrays.copyOfRange(values, from, from + count);
        Arrays.sort(sorted);
        return medianOfSorted(sorted, count);
    }

    static double medianOfSorted(double[] sorted, int count) {
        int mid = count / 2;
        return count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
