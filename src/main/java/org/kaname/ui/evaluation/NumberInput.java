package org.kaname.ui.evaluation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and dates as people type them into the evaluation screen: full-width or half-width digits, thousands
 * separators, the indicator's unit or a % sign after the number (「６８．５％」, 「1,234人」); dates as 2026-05-31,
 * 2026/5/31, 令和8年5月31日 or R8.5.31. Anything else is refused, never guessed.
 */
final class NumberInput {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern WESTERN = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern REIWA = Pattern.compile("(?:令和|R)(\\d{1,2}|元)[年.](\\d{1,2})[月.](\\d{1,2})日?");

    private NumberInput() {
    }

    /** The number typed, without its unit; empty for blank text (no value), null-free. Throws nothing. */
    static Optional<OptionalDouble> number(String text, String unit) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
        if (t.isEmpty()) {
            return Optional.of(OptionalDouble.empty());
        }
        String u = Normalizer.normalize(unit == null ? "" : unit, Normalizer.Form.NFKC).strip();
        if (!u.isEmpty() && t.endsWith(u)) {
            t = t.substring(0, t.length() - u.length()).strip();
        } else if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        t = t.replace(",", "").replace("−", "-").replace("△", "-");
        if (!NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        double v = new BigDecimal(t).doubleValue();
        return Double.isFinite(v) ? Optional.of(OptionalDouble.of(v)) : Optional.empty();
    }

    /** The date typed; empty optional inside for blank text; an empty result when it is not a date. */
    static Optional<Optional<LocalDate>> date(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip()
                .toUpperCase(Locale.ROOT).replace(" ", "");
        if (t.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        try {
            Matcher w = WESTERN.matcher(t);
            if (w.matches()) {
                return Optional.of(Optional.of(LocalDate.of(Integer.parseInt(w.group(1)),
                        Integer.parseInt(w.group(2)), Integer.parseInt(w.group(3)))));
            }
            Matcher r = REIWA.matcher(t);
            if (r.matches()) {
                int year = r.group(1).equals("元") ? 1 : Integer.parseInt(r.group(1));
                return Optional.of(Optional.of(LocalDate.of(2018 + year, Integer.parseInt(r.group(2)),
                        Integer.parseInt(r.group(3)))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A value as the screen shows it: grouped thousands, no trailing zeros, at most 4 decimals. */
    static String format(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(Locale.ROOT);
        f.setGroupingUsed(true);
        f.setMaximumFractionDigits(4);
        f.setMinimumFractionDigits(Math.max(0, d.scale()));
        return f.format(d.doubleValue());
    }

    /**
     * A 達成率 (1.0 = 100%) as a percentage with at most one decimal, cut down rather than rounded, so that the text
     * never reaches a grade's threshold the ratio misses: 0.925 → 92.5%, 0.7996 → 79.9% (C, not 「80%（C）」), 0.8 → 80%.
     */
    static String percent(double ratio) {
        BigDecimal d = BigDecimal.valueOf(ratio * 100 + 1e-7).setScale(1, java.math.RoundingMode.FLOOR)
                .stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString()) + "%";
    }
}
