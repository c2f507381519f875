package org.kaname.report;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.kaname.engine.SamplePercent;
import org.kaname.i18n.Messages;
import org.kaname.model.FiscalYears;

/**
 * The report's words and numbers in its language: texts from {@code org.kaname.report.messages}, fiscal years as
 * {@code 2027年度（令和9年度）} (or {@code FY2027 (Reiwa 9)}), amounts in thousands of yen with {@code △} for negatives,
 * numbers with thousands separators, dates in the report's time zone.
 */
final class ReportTexts {
    /** The dash Japanese tables print for "no value" (U+2212), as opposed to 0 for "less than the unit". */
    static final String NONE = "−";

    private final Messages messages;
    private final ReportLanguage language;
    private final ZoneId zone;

    ReportTexts(ReportLanguage language, ZoneId zone) {
        this.messages = Messages.of("org.kaname.report.messages", language.locale());
        this.language = language;
        this.zone = zone;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    boolean isJapanese() {
        return language == ReportLanguage.JA;
    }

    ReportLanguage language() {
        return language;
    }

    /** {@code 2027年度（令和9年度）} or {@code FY2027 (Reiwa 9)}. */
    String fiscalYear(int year) {
        return FiscalYears.label(year, messages.locale());
    }

    /** First line of a year heading in a chart: {@code 2027年度} or {@code FY2027}. */
    String fiscalYearShort(int year) {
        return isJapanese() ? year + "年度" : "FY" + year;
    }

    /** Second line of a year heading in a chart: {@code 令和9年度} or {@code Reiwa 9}; empty before 令和. */
    String eraYear(int year) {
        int r = FiscalYears.reiwa(year);
        if (r < 1) {
            return "";
        }
        return isJapanese() ? (r == 1 ? "令和元年度" : "令和" + r + "年度") : "Reiwa " + r;
    }

    static String integer(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }

    /**
     * Yen as thousands of yen, rounded half up: {@code 12,346} for 12,345,678円; {@code △1,200} for a negative
     * amount; {@code 0} for a non-zero amount below 500円.
     */
    static String thousandYen(long yen) {
        long thousands = (Math.abs(yen) + 500) / 1000;
        String s = integer(thousands);
        return yen < 0 && thousands > 0 ? "△" + s : s;
    }

    /**
     * A score out of 100 as the report prints it: one decimal, half up ({@code 72.35} → {@code 72.4}). A council
     * paper reads a hundredth of a point as precision the raters' 1–5 values do not have; ranks are computed from
     * the unrounded scores.
     */
    static String score(double s) {
        return new java.math.BigDecimal(Double.toString(s)).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** A plain number: no decimals when whole ({@code 70}), else up to two ({@code 62.5}). */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return integer((long) v);
        }
        return new java.math.BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** A weight as a percentage with one decimal, e.g. {@code 20.0%}. */
    static String weightPercent(double w) {
        return String.format(Locale.ROOT, "%.1f%%", w * 100);
    }

    /**
     * A share of samples as a whole percentage. 100% only when every sample agrees and 0% only when none does, so a
     * reader is never told "always" about something that sometimes fails.
     */
    static String percent(double p) {
        return SamplePercent.text(p);
    }

    String dateTime(Instant t) {
        return DateTimeFormatter.ofPattern(isJapanese() ? "yyyy年M月d日 HH:mm" : "d MMM yyyy, HH:mm", language.locale())
                .withZone(zone).format(t) + " (" + zoneName() + ")";
    }

    String date(Instant t) {
        return DateTimeFormatter.ofPattern(isJapanese() ? "yyyy年M月d日" : "d MMMM yyyy", language.locale())
                .withZone(zone).format(t);
    }

    /**
     * The report's own date, on the cover and in the colophon, in the Western calendar and in 和暦 as official papers
     * carry it: {@code 2026年11月28日（令和8年11月28日）}, {@code 28 November 2026 (Reiwa 8)}. Dates inside tables
     * stay short ({@link #date}).
     */
    String dateWithEra(Instant t) {
        String western = date(t);
        JapaneseDate wareki = JapaneseDate.from(t.atZone(zone).toLocalDate());
        String era = wareki.getEra().getDisplayName(TextStyle.FULL, isJapanese() ? Locale.JAPANESE : Locale.ENGLISH);
        int year = wareki.get(ChronoField.YEAR_OF_ERA);
        if (isJapanese()) {
            return western + "（" + era + (year == 1 ? "元" : String.valueOf(year)) + "年"
                    + wareki.get(ChronoField.MONTH_OF_YEAR) + "月" + wareki.get(ChronoField.DAY_OF_MONTH) + "日）";
        }
        return western + " (" + era + " " + year + ")";
    }

    /** Short date-time for the page footer, the same in both languages: {@code 2026-11-28 10:15}. */
    String stamp(Instant t) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone).format(t);
    }

    private String zoneName() {
        return zone.equals(ReportOptions.JAPAN) ? "JST" : zone.getId();
    }

    /** Items joined as a list: {@code A、B、C} or {@code A, B, C}. */
    String list(java.util.List<String> items) {
        return String.join(isJapanese() ? "、" : ", ", items);
    }
}
