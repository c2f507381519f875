package org.kaname.engine;

/**
 * The one rule for printing a share of Monte Carlo samples as a whole percentage, used by the sensitivity screen
 * (text, table, chart) and the printed report alike so they never disagree: round half up, except that 100% is said
 * only when every sample agrees and 0% only when none does. A reader is never told "always" (or "never") about
 * something that sometimes fails (or sometimes happens); 0.996 is 99%, 0.004 is 1%. The shown parts of one measure
 * may therefore add up to 99 or 101.
 */
public final class SamplePercent {
    private SamplePercent() {
    }

    /** The whole percentage, 0–100. */
    public static int whole(double share) {
        if (!(share > 0)) {
            return 0;
        }
        if (share >= 1) {
            return 100;
        }
        long r = Math.round(share * 100);
        return (int) Math.max(1, Math.min(99, r));
    }

    /** The percentage as text, e.g. {@code 99%}. */
    public static String text(double share) {
        return whole(share) + "%";
    }
}
