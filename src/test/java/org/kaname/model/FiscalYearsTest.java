package org.kaname.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiscalYearsTest {
    @Test
    void japaneseLabelsCarryTheReiwaYearWithGannenForTheFirst() {
        assertThat(FiscalYears.label(2027, Locale.JAPANESE)).isEqualTo("2027年度（令和9年度）");
        assertThat(FiscalYears.label(2019, Locale.JAPANESE)).isEqualTo("2019年度（令和元年度）");
        assertThat(FiscalYears.label(2018, Locale.JAPANESE)).isEqualTo("2018年度");
    }

    @Test
    void englishLabelsAreTheRoadmapsForm() {
        assertThat(FiscalYears.label(2027, Locale.ENGLISH)).isEqualTo("FY2027 (Reiwa 9)");
        assertThat(FiscalYears.label(2019, Locale.ENGLISH)).isEqualTo("FY2019 (Reiwa 1)");
        assertThat(FiscalYears.label(2018, Locale.ENGLISH)).isEqualTo("FY2018");
    }
}
