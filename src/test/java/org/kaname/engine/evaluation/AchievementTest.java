package org.kaname.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.kaname.model.IndicatorDirection;

/** 達成率 computed by hand for each direction, with and without a baseline. */
class AchievementTest {
    @Test
    void upWithoutBaselineIsActualOverTarget() {
        // 研修修了者 target 200名, actual 150名: 150 / 200 = 0.75.
        assertThat(Achievement.of(IndicatorDirection.UP, null, 200, 150).getAsDouble()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void upWithBaselineIsTheShareOfThePlannedRise() {
        // オンライン申請率 from 40% to 86.2%, actual 63.1%: (63.1 − 40) / (86.2 − 40) = 23.1 / 46.2 = 0.5.
        assertThat(Achievement.of(IndicatorDirection.UP, 40.0, 86.2, 63.1).getAsDouble()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void downWithBaselineIsTheShareOfThePlannedFall() {
        // 窓口待ち時間 from 60 to 20 minutes, actual 30: (60 − 30) / (60 − 20) = 30 / 40 = 0.75.
        assertThat(Achievement.of(IndicatorDirection.DOWN, 60.0, 20, 30).getAsDouble()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void downWithoutBaselineIsTargetOverActual() {
        // target 20, actual 25: 20 / 25 = 0.8; actual 10 beats it: 2.0; an actual of 0 meets it.
        assertThat(Achievement.of(IndicatorDirection.DOWN, null, 20, 25).getAsDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(Achievement.of(IndicatorDirection.DOWN, null, 20, 10).getAsDouble()).isCloseTo(2.0, within(1e-12));
        assertThat(Achievement.of(IndicatorDirection.DOWN, null, 20, 0).getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void reachCountsTheDistanceFromTheTarget() {
        // 各区5箇所 from 2, actual 4: 1 − |4 − 5| / |5 − 2| = 1 − 1/3; actual 6 (over) is as far: the same.
        assertThat(Achievement.of(IndicatorDirection.REACH, 2.0, 5, 4).getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Achievement.of(IndicatorDirection.REACH, 2.0, 5, 6).getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Achievement.of(IndicatorDirection.REACH, 2.0, 5, 5).getAsDouble()).isEqualTo(1.0);
        // Far off is 0, never negative: 1 − |11 − 5| / 3 = −1 → 0.
        assertThat(Achievement.of(IndicatorDirection.REACH, 2.0, 5, 11).getAsDouble()).isEqualTo(0.0);
    }

    @Test
    void noRatioWhereThePlanPlannedNoChange() {
        assertThat(Achievement.of(IndicatorDirection.UP, 50.0, 50, 60)).isEmpty();
        assertThat(Achievement.of(IndicatorDirection.DOWN, 50.0, 50, 40)).isEmpty();
        assertThat(Achievement.of(IndicatorDirection.UP, null, 0, 5)).isEmpty();
    }
}
