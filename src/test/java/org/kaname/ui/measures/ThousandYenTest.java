package org.kaname.ui.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ThousandYenTest {
    @Test
    void amountsAreTypedInThousandYenAndKeptInYen() {
        assertThat(ThousandYen.parse("1,500")).isEqualTo(OptionalLong.of(1_500_000));
        assertThat(ThousandYen.parse("１，２３４．５千円")).isEqualTo(OptionalLong.of(1_234_500));
        assertThat(ThousandYen.parse("0.001")).isEqualTo(OptionalLong.of(1));
        assertThat(ThousandYen.parse("")).isEqualTo(OptionalLong.of(0));
        assertThat(ThousandYen.parse("0.0001")).isEmpty();
        assertThat(ThousandYen.parse("たくさん")).isEmpty();
        assertThat(ThousandYen.format(1_234_500)).isEqualTo("1,234.5");
        assertThat(ThousandYen.format(25_000_000)).isEqualTo("25,000");
        assertThat(ThousandYen.format(617_284)).isEqualTo("617.284");
        assertThat(ThousandYen.rounded(617_500)).isEqualTo("618");
        assertThat(ThousandYen.rounded(-1_500)).isEqualTo("△2");
        assertThat(ThousandYen.rounded(-400)).isEqualTo("0");
    }
}
