package org.kaname.chart;

/** Tick steps that read well: 1, 2 or 5 times a power of ten. */
final class Axis {
    private Axis() {
    }

    /** A step so that {@code span} is covered by at most {@code maxTicks} ticks. */
    static double niceStep(double span, int maxTicks) {
        if (span <= 0 || maxTicks < 1) {
            return 1;
        }
        double raw = span / maxTicks;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
