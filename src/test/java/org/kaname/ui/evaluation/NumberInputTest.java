package org.kaname.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Issue 16: actuals, targets and dates as people type them; what is not a number is refused, never guessed. */
class NumberInputTest {
    @Test
    void numbersAreReadInFullOrHalfWidthWithSeparatorsAndTheirUnit() {
        assertThat(NumberInput.number("68.5", "%")).contains(OptionalDouble.of(68.5));
        assertThat(NumberInput.number("６８．５％", "%")).contains(OptionalDouble.of(68.5));
        assertThat(NumberInput.number("1,234人", "人")).contains(OptionalDouble.of(1234));
        assertThat(NumberInput.number("△3", "")).contains(OptionalDouble.of(-3));
        assertThat(NumberInput.number("  ", "%")).contains(OptionalDouble.empty());
        assertThat(NumberInput.number("約50", "%")).isEmpty();
        assertThat(NumberInput.number("50件", "人")).isEmpty();
        assertThat(NumberInput.number("1e3", "")).isEmpty();
    }

    @Test
    void datesAreReadInWesternAndReiwaForms() {
        LocalDate d = LocalDate.of(2026, 5, 31);
        assertThat(NumberInput.date("2026-05-31")).contains(Optional.of(d));
        assertThat(NumberInput.date("2026/5/31")).contains(Optional.of(d));
        assertThat(NumberInput.date("令和8年5月31日")).contains(Optional.of(d));
        assertThat(NumberInput.date("R8.5.31")).contains(Optional.of(d));
        assertThat(NumberInput.date("令和元年5月1日")).contains(Optional.of(LocalDate.of(2019, 5, 1)));
        assertThat(NumberInput.date("")).contains(Optional.empty());
        assertThat(NumberInput.date("2026/2/30")).isEmpty();
        assertThat(NumberInput.date("5月ごろ")).isEmpty();
    }

    @Test
    void achievementIsCutToOneDecimalSoItNeverReachesAThresholdItMisses() {
        assertThat(NumberInput.percent(0.925)).isEqualTo("92.5%");
        assertThat(NumberInput.percent(0.8)).isEqualTo("80%");
        assertThat(NumberInput.percent(0.7996)).isEqualTo("79.9%");
        assertThat(NumberInput.percent(1.2)).isEqualTo("120%");
        assertThat(NumberInput.format(50000)).isEqualTo("50,000");
        assertThat(NumberInput.format(86.2)).isEqualTo("86.2");
    }
}
