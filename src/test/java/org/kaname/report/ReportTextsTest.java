package org.kaname.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportTextsTest {
    private final ReportTexts ja = new ReportTexts(ReportLanguage.JA, ReportOptions.JAPAN);
    private final ReportTexts en = new ReportTexts(ReportLanguage.EN, ReportOptions.JAPAN);

    @Test
    void moneyIsInThousandsOfYenRoundedHalfUpWithATriangleForNegatives() {
        assertThat(ReportTexts.thousandYen(12_345_678)).isEqualTo("12,346");
        assertThat(ReportTexts.thousandYen(200_000_000)).isEqualTo("200,000");
        assertThat(ReportTexts.thousandYen(1_500)).isEqualTo("2");
        assertThat(ReportTexts.thousandYen(499)).isEqualTo("0");
        assertThat(ReportTexts.thousandYen(0)).isEqualTo("0");
        assertThat(ReportTexts.thousandYen(-1_200_000)).isEqualTo("△1,200");
        assertThat(ReportTexts.thousandYen(-400)).isEqualTo("0");
    }

    @Test
    void fiscalYearsCarryTheEraYear() {
        assertThat(ja.fiscalYear(2027)).isEqualTo("2027年度（令和9年度）");
        assertThat(ja.fiscalYear(2019)).isEqualTo("2019年度（令和元年度）");
        assertThat(ja.eraYear(2027)).isEqualTo("令和9年度");
        assertThat(ja.fiscalYearShort(2027)).isEqualTo("2027年度");
        assertThat(en.fiscalYear(2027)).isEqualTo("FY2027 (Reiwa 9)");
        assertThat(en.fiscalYear(2010)).isEqualTo("FY2010");
    }

    @Test
    void percentagesSayAllOrNothingOnlyWhenTrue() {
        assertThat(ReportTexts.percent(1.0)).isEqualTo("100%");
        assertThat(ReportTexts.percent(0.9996)).isEqualTo("99%");
        // The borderline the sensitivity screen printed as 100%: the screen, its chart and the report agree.
        assertThat(ReportTexts.percent(0.996)).isEqualTo("99%").isEqualTo(org.kaname.engine.SamplePercent.text(0.996));
        assertThat(ReportTexts.percent(0.974)).isEqualTo("97%");
        assertThat(ReportTexts.percent(0.0004)).isEqualTo("1%");
        assertThat(ReportTexts.percent(0)).isEqualTo("0%");
    }

    @Test
    void numbersHaveThousandsSeparatorsAndNoNeedlessDecimals() {
        assertThat(ReportTexts.integer(1234567)).isEqualTo("1,234,567");
        assertThat(ReportTexts.number(70)).isEqualTo("70");
        assertThat(ReportTexts.number(62.5)).isEqualTo("62.5");
        // Scores with one decimal, half up as a person rounds the printed figure.
        assertThat(ReportTexts.score(76.666666)).isEqualTo("76.7");
        assertThat(ReportTexts.score(72.35)).isEqualTo("72.4");
        assertThat(ReportTexts.score(70)).isEqualTo("70.0");
        assertThat(ReportTexts.weightPercent(0.2)).isEqualTo("20.0%");
    }

    @Test
    void timesAreShownInJapanTime() {
        Instant t = Instant.parse("2026-03-31T15:30:00Z");
        assertThat(ja.dateTime(t)).isEqualTo("2026年4月1日 00:30 (JST)");
        assertThat(ja.stamp(t)).isEqualTo("2026-04-01 00:30");
    }

    @Test
    void theDateIsAlsoGivenInTheJapaneseEra() {
        assertThat(ja.dateWithEra(Instant.parse("2026-11-28T00:00:00Z"))).isEqualTo("2026年11月28日（令和8年11月28日）");
        assertThat(en.dateWithEra(Instant.parse("2026-11-28T00:00:00Z"))).isEqualTo("28 November 2026 (Reiwa 8)");
        assertThat(ja.date(Instant.parse("2026-11-28T00:00:00Z"))).isEqualTo("2026年11月28日");
        // 令和 began on 1 May 2019: the first year is 元年, and the day before is still 平成.
        assertThat(ja.dateWithEra(Instant.parse("2019-05-01T03:00:00Z"))).isEqualTo("2019年5月1日（令和元年5月1日）");
        assertThat(ja.dateWithEra(Instant.parse("2019-04-30T03:00:00Z"))).isEqualTo("2019年4月30日（平成31年4月30日）");
    }
}
