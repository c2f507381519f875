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

    @Test
    void otherwiseTheUnitFollowsTheTarget() {
        assertThat(target("100", "%")).isEqualTo("100%");
        assertThat(target("全区で実施", "")).isEqualTo("全区で実施");
        assertThat(target("以上", "名")).isEqualTo("以上名");
        assertThat(target("", "")).isEmpty();
    }
}
