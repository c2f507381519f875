package org.kaname.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A plan's rule from 達成率 to grade: grades from best to worst, each with the lowest 達成率 (1.0 = 100%) that earns
 * it; {@code lowest} takes everything below. The default is the common 行政評価 rule A ≥ 100%, B ≥ 80%, C below.
 * The thresholds must fall strictly from the first step to the last ({@link #isOrdered()}); readers refuse a rule
 * that does not.
 */
public record GradeRule(List<Step> steps, String lowest) {
    /** A grade and the lowest 達成率 that earns it. */
    public record Step(String grade, double from) {
        public Step {
            Objects.requireNonNull(grade, "grade");
        }
    }

    public static final GradeRule DEFAULT = new GradeRule(List.of(new Step("A", 1.0), new Step("B", 0.8)), "C");

    public GradeRule {
        steps = List.copyOf(steps);
        Objects.requireNonNull(lowest, "lowest");
    }

    public boolean isOrdered() {
        for (int i = 1; i < steps.size(); i++) {
            if (!(steps.get(i).from() < steps.get(i - 1).from())) {
                return false;
            }
        }
        return steps.stream().allMatch(s -> Double.isFinite(s.from()));
    }

    /** Every grade, best first. */
    public List<String> grades() {
        List<String> all = new java.util.ArrayList<>(steps.stream().map(Step::grade).toList());
        all.add(lowest);
        return List.copyOf(all);
    }

    /** The grade of {@code achievement}; none where there is no 達成率. */
    public Optional<String> grade(OptionalDouble achievement) {
        if (achievement.isEmpty()) {
            return Optional.empty();
        }
        double a = achievement.getAsDouble();
        for (Step step : steps) {
            // A 達成率 a rounding error below the threshold (0.7999999999) still earns it.
            if (a >= step.from() - 1e-9) {
                return Optional.of(step.grade());
            }
        }
        return Optional.of(lowest);
    }
}
