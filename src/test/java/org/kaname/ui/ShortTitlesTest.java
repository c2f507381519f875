package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTitlesTest {
    @Test
    void theLabelBeforeTheColonIsTheShortTitle() {
        assertThat(ShortTitles.of("支援策①：DX推進リーダーの確保・育成と組織体制の強化")).isEqualTo("支援策①");
        assertThat(ShortTitles.of("Support 2: front-yard reform")).isEqualTo("Support 2");
    }

    @Test
    void aTitleWithoutALabelIsShownWhole() {
        assertThat(ShortTitles.of("保育人材の確保")).isEqualTo("保育人材の確保");
        assertThat(ShortTitles.of("避難所の運営体制を地域住民と共同で強化する：第二期")).startsWith("避難所の運営体制");
        assertThat(ShortTitles.of("支援策①：")).isEqualTo("支援策①：");
        assertThat(ShortTitles.of(null)).isEmpty();
    }
}
