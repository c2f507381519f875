package org.kaname.engine;

import java.util.Arrays;

/**
 * What the raters said about one measure on one criterion, for display next to the aggregate: how many rated it,
 * their mean and median, the lowest and highest value, and the sample standard deviation (n − 1; 0 for one rater).
 */
public record ScoreStats(int count, double mean, double median, double min, double max, double sd) {
    public static final ScoreStats NONE = new ScoreStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** The stats of the given values (a cell's raters' values, in any order). */
    public static ScoreStats of(double... values) {
        return of(values, 0, values.length);
    }

    static ScoreStats of(double[] values, int from, int count) {
        if (count == 0) {
            return NONE;
        }
        double[] sorted = Arrays.copyOfRange(values, from, from + count);
        Arrays.sort(sorted);
        double mean = Aggregation.MEAN.apply(sorted, 0, count);
        double squares = 0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double sd = count > 1 ? Math.sqrt(squares / (count - 1)) : 0;
        return new ScoreStats(count, mean, Aggregation.medianOfSorted(sorted, count), sorted[0], sorted[count - 1], sd);
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The value the given aggregation uses. */
    public double value(Aggregation aggregation) {
        return aggregation == Aggregation.MEAN ? mean : median;
    }
}
