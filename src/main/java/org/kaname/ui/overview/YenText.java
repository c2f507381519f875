package org.kaname.ui.overview;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Money typed and shown in yen with thousands separators ({@code 1,200,000}). Full-width digits and commas from a
 * Japanese IME are accepted, because planners type amounts with the IME on. 千円 is shown beside amounts as reports
 * use it: rounded half up to the thousand.
 */
public final class YenText {
    private YenText() {
    }

    /** The amount in {@code text}, or empty when it is not a whole number of yen (signs are kept, so -5 parses). */
    public static OptionalLong parse(String text) {
        String s = normalise(text);
        if (s.isEmpty() || !s.matches("-?\\d+")) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(s));
        } catch (NumberFormatException tooLarge) {
            return OptionalLong.empty();
        }
    }

    /** True when {@code text} has nothing but blanks. */
    public static boolean isBlank(String text) {
        return normalise(text).isEmpty();
    }

    /** {@code 1200000} as {@code 1,200,000}. */
    public static String format(long yen) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(yen);
    }

    /** {@code 1,234,567} yen as {@code 1,235} (thousand yen, rounded half up). */
    public static String thousands(long yen) {
        long k = Math.floorDiv(yen + 500, 1000);
        return format(k);
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '－' || c == '−') {
                b.append('-');
            } else if (c == ',' || c == '，' || c == '、' || c == ' ' || c == '\u3000' || c == '円' || c == '¥' || c == '￥') {
                // separators and units a person may type along with the number
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
