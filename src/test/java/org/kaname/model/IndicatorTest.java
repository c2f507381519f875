package org.kaname.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorTest {
    private static String target(String target, String unit) {
        return new Indicator(IndicatorKind.KPI_OUTPUT, "x", target, unit, "", null).targetWithUnit();
    }

    @Test
    void theUnitGoesBeforeAWordThatBoundsTheTarget() {
        assertThat(target("50以上", "名")).isEqualTo("50名以上");
        assertThat(target("80 以上", "%")).isEqualTo("80%以上");
        assertThat(target("3以下", "件")).isEqualTo("3件以下");
        assertThat(target("10未満", "日")).isEqualTo("10日未満");
    }

    /** The sample's KPI 「23（100%）」 with unit 区 printed 「23（100%）区」 in the report. */
    @Test
    void theUnitGoesWithTheNumberBeforeARemarkInBrackets() {
        assertThat(target("23（100%）", "区")).isEqualTo("23区（100%）");
        assertThat(target("1,200 (80%)", "人")).isEqualTo("1,200人(80%)");
        assertThat(target("（参考）23", "区")).isEqualTo("（参考）23区");
    }

    @Test
    void otherwiseTheUnitFollowsTheTarget() {
        assertThat(target("100", "%")).isEqualTo("100%");
        assertThat(target("全区で実施", "")).isEqualTo("全区で実施");
        assertThat(target("以上", "名")).isEqualTo("以上名");
        assertThat(target("", "")).isEmpty();
    }
}
