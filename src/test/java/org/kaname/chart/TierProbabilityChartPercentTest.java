package org.kaname.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kaname.engine.SamplePercent;

/** The chart's segment labels follow the rule of the screen's sentences and the report's table. */
class TierProbabilityChartPercentTest {
    @Test
    void aBorderlineShareReads99PercentAsEverywhereElse() {
        assertThat(TierProbabilityChart.percent(0.996)).isEqualTo("99%").isEqualTo(SamplePercent.text(0.996));
        assertThat(TierProbabilityChart.percent(0.004)).isEqualTo("1%");
        assertThat(TierProbabilityChart.percent(1.0)).isEqualTo("100%");
    }
}
