package org.kaname.ui.overview;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Numbers typed by a person (full-width digits from an IME accepted) and shown without a needless ".0". */
public final class NumberText {
    private NumberText() {
    }

    public static OptionalDouble parseDouble(String text) {
        String s = normalise(text);
        if (!s.matches("-?\\d+(\\.\\d+)?")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(s));
    }

    public static OptionalInt parseInt(String text) {
        String s = normalise(text);
        if (!s.matches("-?\\d{1,9}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(s));
    }

    /** 70.0 as {@code 70}, 62.5 as {@code 62.5}. */
    public static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String normalise(String text) {
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
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
