package org.kaname.ui.grid;

import org.kaname.model.Scale;

/**
 * What a digit typed into a score cell means: the digit itself, or — right after another digit in the same cell —
 * the two read as one number when that number is on the scale ("1" then "0" is 10 on a 0–10 scale, but "3" then "4"
 * on a 1–5 scale is 4). Remembers only the last cell typed into; moving elsewhere starts afresh.
 */
public final class DigitTyping {
    private String cell;
    private int typed;

    /** The value to store for {@code digit} typed into {@code cellKey}; {@code scale} null means the digit alone. */
    public int valueFor(String cellKey, int digit, Scale scale) {
        if (cellKey.equals(cell) && scale != null && typed != 0) {
            int combined = typed * 10 + digit;
            if (scale.contains(combined)) {
                return combined;
            }
        }
        return digit;
    }

    /** Records what was typed; a value that was not stored ends the number, so the next digit stands alone. */
    public void typed(String cellKey, int value, boolean stored) {
        cell = stored ? cellKey : null;
        typed = value;
    }

    /** Forgets the last cell (focus moved, rater changed…). */
    public void reset() {
        cell = null;
    }
}
