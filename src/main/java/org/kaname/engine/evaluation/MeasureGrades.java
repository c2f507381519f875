package org.kaname.engine.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kaname.model.Evaluation;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/**
 * The grade of each measure's year. Derived: the mean 達成率 of the measure's numeric indicators that have a result
 * that year, each capped at 100% so that one indicator far over its target cannot hide another's shortfall, graded
 * by the plan's rule; a measure without numeric indicators of its own is measured by its support measure's. An
 * evaluation's grade overrides the derived one.
 */
public final class MeasureGrades {
    private MeasureGrades() {
    }

    public static MeasureGrade of(Plan plan, String measureId, int year) {
        Measure m = plan.measure(measureId).orElseThrow(() -> new IllegalArgumentException("no measure " + measureId));
        return grade(plan, m, year);
    }

    /** Every measure's grade in {@code year}, in plan order. */
    public static List<MeasureGrade> forYear(Plan plan, int year) {
        List<MeasureGrade> out = new ArrayList<>(plan.measures().size());
        for (Measure m : plan.measures()) {
            out.add(grade(plan, m, year));
        }
        return out;
    }

    /** The mean of the capped 達成率 of {@code results}; empty when none has one. */
    public static OptionalDouble combined(List<IndicatorResult> results) {
        return results.stream().filter(r -> r.achievement().isPresent())
                .mapToDouble(r -> Math.min(1.0, r.achievement().getAsDouble())).average();
    }

    private static MeasureGrade grade(Plan plan, Measure m, int year) {
        GradeRule rule = plan.followUp().gradeRule();
        List<IndicatorResult> results = results(m.id(), m.indicators(), year, rule);
        if (results.isEmpty() && m.group() != null) {
            results = plan.group(m.group()).map(g -> results(g.id(), g.indicators(), year, rule)).orElse(List.of());
        }
        OptionalDouble achievement = combined(results);
        Optional<String> derived = rule.grade(achievement);
        Optional<String> override = plan.followUp().evaluation(m.id(), year).filter(Evaluation::overridesGrade)
                .map(Evaluation::grade);
        return new MeasureGrade(m.id(), year, achievement, derived, override.or(() -> derived), override.isPresent());
    }

    private static List<IndicatorResult> results(String owner, List<Indicator> indicators, int year, GradeRule rule) {
        return indicators.stream().filter(Indicator::isNumeric)
                .map(i -> IndicatorResults.result(new OwnedIndicator(owner, i), year, rule)).toList();
    }

    /** Convenience for screens and sheets that list a support measure's indicators. */
    public static List<IndicatorResult> ofGroup(Plan plan, MeasureGroup g, int year) {
        return results(g.id(), g.indicators(), year, plan.followUp().gradeRule());
    }
}
