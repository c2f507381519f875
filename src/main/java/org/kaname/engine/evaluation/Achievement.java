package org.kaname.engine.evaluation;

import org.kaname.model.IndicatorDirection;

import java.util.OptionalDouble;

/**
 * 達成率: how far an actual value has gone towards its target, as a ratio (1.0 = 100%), following the indicator's
 * direction. With a baseline (現状値) it is the share of the planned change that was achieved, so "down is better"
 * is measured the same way as "up is better"; without one, the plain ratio the 行政評価 sheets use.
 * <ul>
 *   <li>UP, baseline b: (actual − b) / (target − b); no baseline: actual / target.</li>
 *   <li>DOWN, baseline b: (b − actual) / (b − target); no baseline: target / actual (an actual of 0 meets any
 *       target ≥ 0 fully: 1.0).</li>
 *   <li>REACH: 1 − |actual − target| / |target − b| (no baseline: / |target|), never below 0; exactly on target is
 *       1.0.</li>
 * </ul>
 * Empty when the ratio has no meaning: a target equal to the baseline, or a target of 0 without a baseline for UP.
 * The value is not capped: 120% is reported as 1.2, and grading decides what that means.
 */
public final class Achievement {
    private Achievement() {
    }

    public static OptionalDouble of(IndicatorDirection direction, Double baseline, double target, double actual) {
        return switch (direction) {
            case UP -> baseline == null ? ratio(actual, target) : ratio(actual - baseline, target - baseline);
            case DOWN -> baseline == null ? down(target, actual) : ratio(baseline - actual, baseline - target);
            case REACH -> reach(baseline, target, actual);
        };
    }

    private static OptionalDouble ratio(double done, double planned) {
        return planned == 0 ? OptionalDouble.empty() : OptionalDouble.of(done / planned);
    }

    private static OptionalDouble down(double target, double actual) {
        if (actual == 0) {
            return target >= 0 ? OptionalDouble.of(1.0) : OptionalDouble.empty();
        }
        return OptionalDouble.of(target / actual);
    }

    private static OptionalDouble reach(Double baseline, double target, double actual) {
        double span = baseline == null ? Math.abs(target) : Math.abs(target - baseline);
        if (span == 0) {
            return actual == target ? OptionalDouble.of(1.0) : OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(0, 1 - Math.abs(actual - target) / span));
    }
}
