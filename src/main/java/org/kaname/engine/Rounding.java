package org.kaname.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Half-up rounding of the exact binary value, identical to what {@code String.format("%.2f")} prints, so a score
 * printed as 70.00 is always in the tier that starts at 70. A fast path avoids BigDecimal except near a half, which
 * keeps Monte Carlo (millions of roundings) cheap.
 */
public final class Rounding {
    private Rounding() {
    }

    /** {@code value} rounded half-up to 2 decimals. */
    public static double round2(double value) {
        return scaled(value, 100.0, 2) / 100.0;
    }

    /** {@code value} rounded half-up to 6 decimals. */
    public static double round6(double value) {
        return scaled(value, 1_000_000.0, 6) / 1_000_000.0;
    }

    /** {@code value × 10^6} rounded half-up, as a whole number: the key on which ranks compare scores. */
    public static long micros(double value) {
        return scaled(value, 1_000_000.0, 6);
    }

    private static long scaled(double value, double factor, int decimals) {
        double x = value * factor;
        double floor = Math.floor(x);
        double fraction = x - floor;
        // The product can be off by an ulp; only when the fraction is that close to one half does it matter.
        if (Math.abs(fraction - 0.5) > 1e-6 && Math.abs(x) < 1e15) {
            return (long) (fraction > 0.5 ? floor + 1 : floor);
        }
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).movePointRight(decimals).longValueExact();
    }
}
