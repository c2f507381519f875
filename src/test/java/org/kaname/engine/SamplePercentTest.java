package org.kaname.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamplePercentTest {
    @Test
    void allOrNothingOnlyWhenTrueOtherwiseHalfUp() {
        assertThat(SamplePercent.text(1.0)).isEqualTo("100%");
        assertThat(SamplePercent.text(0.996)).isEqualTo("99%");
        assertThat(SamplePercent.text(0.9999)).isEqualTo("99%");
        assertThat(SamplePercent.text(0.995)).isEqualTo("99%");
        assertThat(SamplePercent.text(0.985)).isEqualTo("99%");
        assertThat(SamplePercent.text(0.974)).isEqualTo("97%");
        assertThat(SamplePercent.text(0.004)).isEqualTo("1%");
        assertThat(SamplePercent.text(0.0001)).isEqualTo("1%");
        assertThat(SamplePercent.text(0)).isEqualTo("0%");
        assertThat(SamplePercent.whole(0.5)).isEqualTo(50);
    }
}
