package org.kaname.model;

/** An indicator's target (目標値) for one fiscal year; {@code isFinal} marks the plan's final target (最終目標). */
public record IndicatorTarget(int year, double value, boolean isFinal) {
    public IndicatorTarget {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a target is a finite number: " + value);
        }
    }
}
