package org.kaname.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kaname.engine.ScoreStats;
import org.kaname.model.Scale;

class DisagreementTest {
    private static final Scale ONE_TO_FIVE = Scale.of(1, 5, null);
    private static final Scale ZERO_TO_TEN = Scale.of(0, 10, null);

    /** Stats built by hand: count, mean, median, min, max, sd. */
    private static ScoreStats stats(int count, double min, double max, double sd) {
        return new ScoreStats(count, (min + max) / 2, (min + max) / 2, min, max, sd);
    }

    @Test
    void onOneToFiveARangeOfTwoOrAnSdOfOneIsStrong() {
        assertThat(Disagreement.isStrong(stats(2, 3, 5, 1.41), ONE_TO_FIVE)).isTrue();
        assertThat(Disagreement.isStrong(stats(3, 3, 4, 0.58), ONE_TO_FIVE)).isFalse();
        // Range 1.5 but sd exactly 1 (e.g. computed means): strong by the sd rule.
        assertThat(Disagreement.isStrong(stats(4, 2.5, 4, 1.0), ONE_TO_FIVE)).isTrue();
    }

    @Test
    void theThresholdFollowsTheScale() {
        // A range of 2 is small on 0–10 (needs 5); an sd of 2 is small too (needs 2.5).
        assertThat(Disagreement.isStrong(stats(3, 4, 6, 1.0), ZERO_TO_TEN)).isFalse();
        assertThat(Disagreement.isStrong(stats(3, 2, 7, 2.5), ZERO_TO_TEN)).isTrue();
    }

    @Test
    void oneRaterOrNoneNeverDisagrees() {
        assertThat(Disagreement.isStrong(ScoreStats.NONE, ONE_TO_FIVE)).isFalse();
        assertThat(Disagreement.isStrong(stats(1, 1, 1, 0), ONE_TO_FIVE)).isFalse();
    }
}
