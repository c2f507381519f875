package org.kaname.ui.criteria;

import java.util.Locale;

/**
 * How the criteria screen writes weights: a weight's share as a percentage with one decimal (「23.5%」) and points
 * as typed. Not {@link org.kaname.engine.SamplePercent}, which is for shares of Monte Carlo samples (whole percent).
 */
final class WeightTexts {
    private WeightTexts() {
    }

    /** A percentage for a weight, one decimal; "—" when there is none. */
    static String percent(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.1f%%", value);
    }

    /** Points as typed: no decimals when whole. */
    static String points(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }
}
