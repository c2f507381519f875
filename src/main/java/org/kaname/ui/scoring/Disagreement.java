package org.kaname.ui.scoring;

import org.kaname.engine.ScoreStats;
import org.kaname.engine.workshop.Disagreements;
import org.kaname.model.Scale;

/**
 * When raters disagree strongly enough to talk about it. The rule lives in the engine
 * ({@link Disagreements#isStrong}), so the scoring grid, the workshop and the report judge alike.
 */
public final class Disagreement {
    private Disagreement() {
    }

    public static boolean isStrong(ScoreStats stats, Scale scale) {
        return Disagreements.isStrong(stats, scale);
    }
}
