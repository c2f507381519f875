package org.kaname.ui.measures;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Money typed and shown in 千円 on the cost table, kept in yen: {@code 1,500} is 1,500,000 yen and
 * {@code 1,234.5} is 1,234,500 yen (up to three decimals, so any amount in yen can be typed). Full-width digits,
 * commas and a trailing 千円 from a Japanese IME are accepted.
 */
final class ThousandYen {
    private ThousandYen() {
    }

    /** The yen of {@code text} in 千円; empty when it is not a number of 千円 with at most three decimals. */
    static OptionalLong parse(String text) {
        String s = normalise(text);
        if (s.isEmpty()) {
            return OptionalLong.of(0);
        }
        if (!s.matches("-?\\d{1,13}(\\.\\d{1,3})?")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(new BigDecimal(s).movePointRight(3).longValueExact());
    }

    /** Yen as 千円 exactly: 1,500,000 as {@code 1,500}, 1,234,500 as {@code 1,234.5}. */
    static String format(long yen) {
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(BigDecimal.valueOf(yen).movePointLeft(3));
    }

    /** Yen as 千円 rounded half up, a negative amount with △ as public-sector tables write it. */
    static String rounded(long yen) {
        long k = Math.floorDiv(Math.abs(yen) + 500, 1000);
        String s = String.format(Locale.ROOT, "%,d", k);
        return yen < 0 && k > 0 ? "△" + s : s;
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '－' || c == '−') {
                b.append('-');
            } else if (c == ',' || c == '，' || c == '、' || c == ' ' || c == '\u3000' || c == '千' || c == '円') {
                // separators and the unit a person may type along with the number
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
