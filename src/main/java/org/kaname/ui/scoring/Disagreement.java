package org.kaname.ui.scoring;

import org.kaname.engine.ScoreStats;
import org.kaname.model.Scale;

/**
 * When raters disagree strongly enough to talk about it: at least two values, and their range reaches half the
 * scale's span or their standard deviation a quarter of it (on 1–5: range ≥ 2 or sd ≥ 1). Relative to the scale,
 * so a 0–10 criterion is judged like a 1–5 one.
 */
public final class Disagreement {
    static final double RANGE_SHARE = 0.5;
    static final double SD_SHARE = 0.25;

    private Disagreement() {
    }

    public static boolean isStrong(ScoreStats stats, Scale scale) {
        if (stats.count() < 2) {
            return false;
        }
        double span = scale.max() - scale.min();
        // A tiny tolerance so that exactly-on-threshold values computed in floating point still count.
        return stats.max() - stats.min() >= RANGE_SHARE * span - 1e-9 || stats.sd() >= SD_SHARE * span - 1e-9;
    }
}
