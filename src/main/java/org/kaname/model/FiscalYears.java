package org.kaname.model;

import java.util.Locale;
import java.util.stream.IntStream;

/** The plan's horizon: fiscal years (年度, April–March) from {@code start} to {@code end}, both included. */
public record FiscalYears(int start, int end) {
    /** 令和 year of a Western fiscal year (令和元年度 = 2019年度). */
    public static int reiwa(int westernYear) {
        return westernYear - 2018;
    }

    /** The Japanese label, e.g. {@code 2027年度（令和9年度）}; 令和元年度 for 2019. */
    public static String label(int westernYear) {
        int r = reiwa(westernYear);
        String era = r == 1 ? "令和元" : r >= 1 ? "令和" + r : "";
        return era.isEmpty() ? westernYear + "年度" : westernYear + "年度（" + era + "年度）";
    }

    /**
     * The label in the language of {@code locale}, the one form every screen, table and page uses:
     * {@code 2027年度（令和9年度）}, or {@code FY2027 (Reiwa 9)} in English ({@code FY2018} before 令和).
     */
    public static String label(int westernYear, Locale locale) {
        if (!"en".equals(locale.getLanguage())) {
            return label(westernYear);
        }
        int r = reiwa(westernYear);
        return r >= 1 ? "FY" + westernYear + " (Reiwa " + r + ")" : "FY" + westernYear;
    }

    public int length() {
        return end - start + 1;
    }

    public boolean contains(int year) {
        return year >= start && year <= end;
    }

    public IntStream years() {
        return IntStream.rangeClosed(start, end);
    }
}
