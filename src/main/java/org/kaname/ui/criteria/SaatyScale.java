package org.kaname.ui.criteria;

import java.util.List;
import java.util.Locale;
import org.kaname.edit.WeightingInputs;

/** Saaty's 1–9 scale and its reciprocals (1/9 … 9), with the fraction text people read in an AHP matrix. */
public final class SaatyScale {
    private SaatyScale() {
    }

    /** The 17 values from 1/9 to 9, ascending. */
    public static List<Double> values() {
        return WeightingInputs.saatyValues();
    }

    /** The scale value nearest to {@code value} by ratio (so 1/2 and 2 are equally far from 1). */
    public static double nearest(double value) {
        return WeightingInputs.nearestSaaty(value);
    }

    /** "3", "1/3", or a decimal for a value between scale points (from an imported plan): "2.5", "1/2.5". */
    public static String format(double value) {
        if (value >= 1) {
            return number(value);
        }
        return "1/" + number(1 / value);
    }

    /** The value of a text written as {@link #format} writes it; NumberFormatException when it is not a number. */
    public static double parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        if (slash >= 0) {
            return Double.parseDouble(t.substring(0, slash).strip()) / Double.parseDouble(t.substring(slash + 1).strip());
        }
        return Double.parseDouble(t);
    }

    private static String number(double v) {
        long rounded = Math.round(v);
        if (Math.abs(v - rounded) < 1e-6) {
            return Long.toString(rounded);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
