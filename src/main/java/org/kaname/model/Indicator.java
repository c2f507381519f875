package org.kaname.model;

/** A KGI / KSI / KPI with its target and how its data are collected; {@code targetYear} is optional. */
public record Indicator(IndicatorKind kind, String name, String target, String unit, String method, Integer targetYear) {
    /** Words that bound a target ("50以上"); in Japanese the unit goes before them: 50名以上, not 50以上名. */
    private static final java.util.regex.Pattern BOUND = java.util.regex.Pattern.compile("(以上|以下|未満|超|程度)$");

    public Indicator {
        target = Texts.orEmpty(target);
        unit = Texts.orEmpty(unit);
        method = Texts.orEmpty(method);
    }

    /**
     * A number followed by a remark in brackets ("23（100%）"); the unit belongs to the number, before the remark:
     * 23区（100%）, not 23（100%）区.
     */
    private static final java.util.regex.Pattern NUMBER_THEN_REMARK =
            java.util.regex.Pattern.compile("^([0-9０-９][0-9０-９,，.．]*)\\s*([（(].*)$");

    /**
     * The target with its unit as a person writes it: {@code 50以上} + {@code 名} → {@code 50名以上};
     * {@code 23（100%）} + {@code 区} → {@code 23区（100%）}.
     */
    public String targetWithUnit() {
        if (unit.isBlank()) {
            return target;
        }
        java.util.regex.Matcher remark = NUMBER_THEN_REMARK.matcher(target);
        if (remark.matches()) {
            return remark.group(1) + unit + remark.group(2);
        }
        java.util.regex.Matcher bound = BOUND.matcher(target);
        if (bound.find() && bound.start() > 0) {
            return target.substring(0, bound.start()).stripTrailing() + unit + bound.group(1);
        }
        return target + unit;
    }
}
