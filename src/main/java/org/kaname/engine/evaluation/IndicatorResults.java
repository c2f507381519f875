package org.kaname.engine.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/**
 * Where a plan's indicators stand, year by year. The target of a year is the one set for that year; a year without
 * one is measured against the final target, so an early actual shows the progress towards the goal.
 */
public final class IndicatorResults {
    private IndicatorResults() {
    }

    /** Every indicator of the plan: the support measures' in plan order, then the measures'. */
    public static List<OwnedIndicator> indicators(Plan plan) {
        List<OwnedIndicator> all = new ArrayList<>();
        for (MeasureGroup g : plan.groups()) {
            g.indicators().forEach(i -> all.add(new OwnedIndicator(g.id(), i)));
        }
        for (Measure m : plan.measures()) {
            m.indicators().forEach(i -> all.add(new OwnedIndicator(m.id(), i)));
        }
        return all;
    }

    public static Optional<OwnedIndicator> find(Plan plan, String indicatorId) {
        return indicators(plan).stream().filter(o -> o.indicator().id().equals(indicatorId)).findFirst();
    }

    /** Every indicator of the plan in {@code year}, in the order of {@link #indicators}. */
    public static List<IndicatorResult> forYear(Plan plan, int year) {
        GradeRule rule = plan.followUp().gradeRule();
        return indicators(plan).stream().map(o -> result(o, year, rule)).toList();
    }

    /** One indicator in every year that has a target or an actual, oldest first; empty for an unknown id. */
    public static List<IndicatorResult> trend(Plan plan, String indicatorId) {
        Optional<OwnedIndicator> owned = find(plan, indicatorId);
        if (owned.isEmpty()) {
            return List.of();
        }
        Indicator i = owned.get().indicator();
        TreeSet<Integer> years = new TreeSet<>();
        i.targets().forEach(t -> years.add(t.year()));
        i.actuals().forEach(a -> years.add(a.year()));
        GradeRule rule = plan.followUp().gradeRule();
        return years.stream().map(y -> result(owned.get(), y, rule)).toList();
    }

    /** The result of one indicator in {@code year} under {@code rule}. */
    public static IndicatorResult result(OwnedIndicator owned, int year, GradeRule rule) {
        Indicator i = owned.indicator();
        Double target = i.targetFor(year).or(i::finalTarget).map(IndicatorTarget::value).orElse(null);
        Double actual = i.actualFor(year).map(IndicatorActual::value).orElse(null);
        OptionalDouble achievement = target == null || actual == null || !i.isNumeric()
                ? OptionalDouble.empty()
                : Achievement.of(i.direction(), i.baseline(), target, actual);
        return new IndicatorResult(owned.owner(), i, year, target, actual, achievement, rule.grade(achievement));
    }
}
