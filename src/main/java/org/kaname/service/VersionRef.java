package org.kaname.service;

import java.util.Locale;

/** One side of a comparison: a saved version by number, or the plan as it is now ({@link #CURRENT}). */
public record VersionRef(Integer number) {
    public static final VersionRef CURRENT = new VersionRef(null);

    public static VersionRef of(int number) {
        return new VersionRef(number);
    }

    /** {@code current}, or a version number ≥ 1; anything else is refused with the text as given. */
    public static VersionRef parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.toLowerCase(Locale.ROOT).equals("current")) {
            return CURRENT;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= 1) {
                return of(n);
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw new IllegalArgumentException(text);
    }

    public boolean isCurrent() {
        return number == null;
    }

    @Override
    public String toString() {
        return isCurrent() ? "current" : number.toString();
    }
}
