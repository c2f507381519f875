package org.kaname.edit;

import java.math.BigDecimal;
import org.kaname.model.Score;

/** How a score's value is written in the journal and the history: 3 rather than 3.0, empty for no score. */
public final class ScoreValues {
    private ScoreValues() {
    }

    public static String text(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static String text(Score score) {
        return score == null ? "" : text(score.value());
    }
}
