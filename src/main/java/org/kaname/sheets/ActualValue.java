package org.kaname.sheets;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.ScoreEdits;
import org.kaname.i18n.Messages;

/**
 * An actual (実績値) and its date as people type them, read the same from a sheet's text cell and from a CSV field.
 * Full-width characters count as their plain forms (NFKC: ０-９, ，, ．, ／); a number may have thousands separators
 * ({@code 1,234}), a sign, and △ or ▲ for minus (as Japanese tables write negatives); the indicator's unit may follow
 * it ({@code 86.2%} for a unit of %, {@code 1,234人}). A date is {@code 2027-04-30}, {@code 2027/4/30} or
 * {@code 令和9年4月30日} (令和元年 too). Anything else is not read: the caller reports it with the cell or line.
 */
final class ActualValue {
    /** Actuals are below this in size: sums and ratios of them stay exact enough, as money does (10^15). */
    static final double BOUND = 1e15;
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern REIWA = Pattern.compile("令和(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日");

    private ActualValue() {
    }

    /**
     * Why a source or note cannot be stored, or null: longer than {@code max} (worded by {@code tooLongKey}), or
     * holding a character the plan may not hold (the rule of {@link ScoreEdits#checkNote}, worded for actuals).
     */
    static String textProblem(String text, int max, String tooLongKey, Messages messages) {
        if (text.length() > max) {
            return messages.get(tooLongKey, String.valueOf(text.length()), String.valueOf(max));
        }
        try {
            ScoreEdits.checkNote(text);
            return null;
        } catch (EditRefusedException e) {
            return messages.get("actuals.problem.character", e.arguments().toArray());
        }
    }

    static String normalize(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
    }

    /** The number {@code text} holds, its {@code unit} allowed after it; null when it is not one (or not finite). */
    static Double number(String text, String unit) {
        String t = normalize(text);
        String u = normalize(unit);
        if (!u.isEmpty() && t.endsWith(u)) {
            t = t.substring(0, t.length() - u.length()).strip();
        }
        if (t.startsWith("△") || t.startsWith("▲")) {
            t = "-" + t.substring(1).strip();
        }
        if (!PLAIN.matcher(t).matches() && !GROUPED.matcher(t).matches()) {
            return null;
        }
        double v = Double.parseDouble(t.replace(",", ""));
        return Double.isFinite(v) ? v : null;
    }

    /** The date {@code text} holds; null when it is not one (or no such day). */
    static LocalDate date(String text) {
        String t = normalize(text);
        try {
            Matcher iso = ISO.matcher(t);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher reiwa = REIWA.matcher(t);
            if (reiwa.matches()) {
                int year = reiwa.group(1).equals("元") ? 1 : Integer.parseInt(reiwa.group(1));
                return LocalDate.of(year + 2018, Integer.parseInt(reiwa.group(2)), Integer.parseInt(reiwa.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The 年度 {@code text} names: {@code 2026}, {@code 2026年度} or {@code 令和8年度}; null otherwise. */
    static Integer year(String text) {
        String t = normalize(text);
        if (t.endsWith("年度")) {
            t = t.substring(0, t.length() - 2).strip();
        }
        if (t.startsWith("令和")) {
            String r = t.substring(2).strip();
            if (r.equals("元")) {
                return 2019;
            }
            return r.matches("\\d{1,2}") ? Integer.parseInt(r) + 2018 : null;
        }
        return t.matches("\\d{4}") ? Integer.parseInt(t) : null;
    }
}
