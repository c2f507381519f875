package org.kaname.model;

import java.util.List;
import java.util.Optional;

/**
 * A KGI / KSI / KPI with its target and how its data are collected. {@code id} is unique within the plan
 * ({@code S1-KGI-1}; blank until {@link IndicatorIds} assigns one). {@code target} is the target as the article
 * words it; {@code targetYear} is optional.
 * <p>A numeric indicator also has a {@code direction}, a baseline (現状値, optional, with its 年度), targets by 年度
 * (one marked final) and actuals by 年度, all in {@code unit}. An indicator with no baseline and no targets is
 * qualitative: text only, and its actuals, if any, are not graded.
 */
public record Indicator(String id, IndicatorKind kind, String name, String target, String unit, String method,
                        Integer targetYear, IndicatorDirection direction, Double baseline, Integer baselineYear,
                        List<IndicatorTarget> targets, List<IndicatorActual> actuals) {
    /** Words that bound a target ("50以上"); in Japanese the unit goes before them: 50名以上, not 50以上名. */
    private static final java.util.regex.Pattern BOUND = java.util.regex.Pattern.compile("(以上|以下|未満|超|程度)$");

    public Indicator {
        id = Texts.orEmpty(id).strip();
        direction = direction == null ? IndicatorDirection.UP : direction;
        targets = Texts.list(targets);
        actuals = Texts.list(actuals);
        target = Texts.orEmpty(target);
        unit = Texts.orEmpty(unit);
        method = Texts.orEmpty(method);
    }

    /** A text-only indicator as older plans have it (no id yet, no numbers). */
    public Indicator(IndicatorKind kind, String name, String target, String unit, String method, Integer targetYear) {
        this("", kind, name, target, unit, method, targetYear, IndicatorDirection.UP, null, null, List.of(), List.of());
    }

    /** Numeric: it has a baseline or a target by 年度, so 達成率 can be computed. */
    public boolean isNumeric() {
        return baseline != null || !targets.isEmpty();
    }

    /** The target marked final, else the one for the latest year. */
    public Optional<IndicatorTarget> finalTarget() {
        return targets.stream().filter(IndicatorTarget::isFinal).findFirst()
                .or(() -> targets.stream().max(java.util.Comparator.comparingInt(IndicatorTarget::year)));
    }

    public Optional<IndicatorTarget> targetFor(int year) {
        return targets.stream().filter(t -> t.year() == year).findFirst();
    }

    public Optional<IndicatorActual> actualFor(int year) {
        return actuals.stream().filter(a -> a.year() == year).findFirst();
    }

    public Indicator withId(String newId) {
        return new Indicator(newId, kind, name, target, unit, method, targetYear, direction, baseline, baselineYear,
                targets, actuals);
    }

    /** The same indicator with its text fields replaced and its id and numbers kept. */
    public Indicator withText(IndicatorKind newKind, String newName, String newTarget, String newUnit,
                              String newMethod, Integer newTargetYear) {
        return new Indicator(id, newKind, newName, newTarget, newUnit, newMethod, newTargetYear, direction, baseline,
                baselineYear, targets, actuals);
    }

    /** The same indicator with its direction, baseline and targets replaced; its actuals kept. */
    public Indicator withNumbers(IndicatorDirection newDirection, Double newBaseline, Integer newBaselineYear,
                                 List<IndicatorTarget> newTargets) {
        return new Indicator(id, kind, name, target, unit, method, targetYear, newDirection, newBaseline,
                newBaselineYear, newTargets, actuals);
    }

    /** With {@code actual} in place of any actual of the same year; actuals kept in year order. */
    public Indicator withActual(IndicatorActual actual) {
        List<IndicatorActual> next = new java.util.ArrayList<>(
                actuals.stream().filter(a -> a.year() != actual.year()).toList());
        next.add(actual);
        next.sort(java.util.Comparator.comparingInt(IndicatorActual::year));
        return withActuals(next);
    }

    public Indicator withoutActual(int year) {
        return withActuals(actuals.stream().filter(a -> a.year() != year).toList());
    }

    public Indicator withActuals(List<IndicatorActual> newActuals) {
        return new Indicator(id, kind, name, target, unit, method, targetYear, direction, baseline, baselineYear,
                targets, newActuals);
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
