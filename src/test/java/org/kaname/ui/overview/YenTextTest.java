package org.kaname.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YenTextTest {
    @Test
    void readsAmountsWithSeparatorsFullWidthDigitsAndTheYenSign() {
        assertThat(YenText.parse("1,200,000").getAsLong()).isEqualTo(1_200_000L);
        assertThat(YenText.parse("１，２００，０００").getAsLong()).isEqualTo(1_200_000L);
        assertThat(YenText.parse(" 5000円 ").getAsLong()).isEqualTo(5_000L);
        assertThat(YenText.parse("-5").getAsLong()).isEqualTo(-5L);
    }

    @Test
    void refusesTextThatIsNoWholeAmount() {
        assertThat(YenText.parse("abc")).isEmpty();
        assertThat(YenText.parse("12.5")).isEmpty();
        assertThat(YenText.parse("")).isEmpty();
        assertThat(YenText.parse("99999999999999999999")).isEmpty();
        assertThat(YenText.isBlank(" \u3000")).isTrue();
    }

    @Test
    void formatsWithThousandsSeparatorsAndRoundsThousandsHalfUp() {
        assertThat(YenText.format(200_000_000L)).isEqualTo("200,000,000");
        assertThat(YenText.thousands(1_234_567L)).isEqualTo("1,235");
        assertThat(YenText.thousands(1_234_499L)).isEqualTo("1,234");
        assertThat(YenText.thousands(400L)).isEqualTo("0");
    }
}
