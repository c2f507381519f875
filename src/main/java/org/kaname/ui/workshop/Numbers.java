package org.kaname.ui.workshop;

import java.util.Locale;

/** How the workshop screen writes numbers: values as typed, statistics with two decimals, shares as percent. */
final class Numbers {
    private Numbers() {
    }

    static String value(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : decimals(v);
    }

    static String decimals(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
