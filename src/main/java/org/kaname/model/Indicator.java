package org.kaname.model;

/** A KGI / KSI / KPI with its target and how its data are collected; {@code targetYear} is optional. */
public record Indicator(IndicatorKind kind, String name, String target, String unit, String method, Integer targetYear) {
    public Indicator {
        target = Texts.orEmpty(target);
        unit = Texts.orEmpty(unit);
        method = Texts.orEmpty(method);
    }
}
