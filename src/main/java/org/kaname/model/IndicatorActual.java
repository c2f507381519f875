package org.kaname.model;

import java.time.LocalDate;

/**
 * An indicator's actual value (実績値) for one fiscal year: when it was measured ({@code date}, optional), where it
 * comes from (the survey, the system, the division that reported it) and a free note.
 */
public record IndicatorActual(int year, double value, LocalDate date, String source, String note) {
    public IndicatorActual {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("an actual is a finite number: " + value);
        }
        source = Texts.orEmpty(source);
        note = Texts.orEmpty(note);
    }

    public static IndicatorActual of(int year, double value) {
        return new IndicatorActual(year, value, null, "", "");
    }
}
