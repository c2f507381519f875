package org.kaname.ui.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Estimates how many lines a text takes at a given width, in em (the width of one full-width character), without a
 * screen: full-width characters count 1 em, everything else 0.62 em (wider than the average Latin letter, so the
 * estimate errs towards more lines). Latin words wrap as a whole, Japanese wraps between any two characters — as
 * JavaFX does. The view still shrinks a page whose real text turns out taller, so an estimate never clips.
 */
final class TextFit {
    static final double NARROW = 0.62;
    static final double SPACE = 0.32;

    private TextFit() {
    }

    static boolean wide(int cp) {
        return cp >= 0x2E80 && cp <= 0xD7FF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000;
    }

    static double width(int cp) {
        return wide(cp) ? 1.0 : Character.isWhitespace(cp) ? SPACE : NARROW;
    }

    /** Units that wrap as a whole: one wide character, one run of narrow non-space characters, or one space. */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (wide(cp) || Character.isWhitespace(cp)) {
                if (!word.isEmpty()) {
                    units.add(word.toString());
                    word.setLength(0);
                }
                units.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (!word.isEmpty()) {
            units.add(word.toString());
        }
        return units;
    }

    static double width(String s) {
        return s.codePoints().mapToDouble(TextFit::width).sum();
    }

    /** Lines {@code text} takes in a box {@code widthEm} wide at {@code size} times the body type (≥ 1 line). */
    static int lines(String text, double widthEm, double size) {
        int total = 0;
        for (String paragraph : text.split("\n", -1)) {
            total += paragraphLines(paragraph, widthEm / size);
        }
        return Math.max(1, total);
    }

    private static int paragraphLines(String paragraph, double width) {
        int lines = 1;
        double x = 0;
        for (String unit : units(paragraph)) {
            if (unit.equals("\n")) {
                continue;
            }
            double w = width(unit);
            boolean space = unit.isBlank();
            if (x + w <= width || space) {
                x += space && x == 0 ? 0 : w;
                continue;
            }
            if (w <= width) {
                lines++;
                x = w;
                continue;
            }
            // A word longer than the line (an address) breaks between characters.
            for (int cp : unit.codePoints().toArray()) {
                double c = width(cp);
                if (x + c > width) {
                    lines++;
                    x = 0;
                }
                x += c;
            }
        }
        return lines;
    }

    /**
     * Splits {@code text} into a head that takes at most {@code maxLines} and the rest (see
     * {@link #split(String, Predicate)}).
     */
    static String[] split(String text, double widthEm, double size, int maxLines) {
        if (maxLines <= 0) {
            return new String[] {"", text};
        }
        return split(text, head -> lines(head, widthEm, size) <= maxLines);
    }

    /**
     * Splits {@code text} into the longest head that {@code fits} and the rest, at the end of a sentence when one
     * ends in the last quarter of that head (a page left emptier than that reads as a mistake), else at a unit
     * boundary. The head is empty when not even one unit fits; the rest empty when all fits.
     */
    static String[] split(String text, Predicate<String> fits) {
        if (fits.test(text)) {
            return new String[] {text, ""};
        }
        List<String> units = units(text);
        // The head's height grows with its length: search for the longest head that fits.
        int lo = 0;
        int hi = units.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (fits.test(String.join("", units.subList(0, mid)).strip())) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int fit = lo;
        int cut = fit;
        for (int i = fit; i > 0 && i >= fit * 3 / 4; i--) {
            String u = units.get(i - 1);
            if (u.equals("。") || u.equals("．") || u.equals("！") || u.equals("？") || u.equals("\n")
                    || u.endsWith(".") || u.endsWith("!") || u.endsWith("?")) {
                cut = i;
                break;
            }
        }
        String h = String.join("", units.subList(0, cut)).strip();
        String rest = String.join("", units.subList(cut, units.size())).strip();
        return new String[] {h, rest};
    }
}
