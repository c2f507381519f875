package org.kaname.model;

import java.util.List;

/**
 * A candidate measure (施策 / 主な取組). Costs are in yen, in one of two forms. The simple form: it costs
 * {@code initialCost + annualCost} in its first fiscal year and {@code annualCost} in each later one, for
 * {@code durationYears}. The 行政 form, when {@code yearCosts} is not empty: 事業費, 人件費 and 財源 by 年度 (see
 * {@link YearCost}); the years are the measure's phases as planned, and if the roadmap starts it later, they move
 * with it. {@code earliestStart} and {@code pinnedStart} are optional.
 */
public record Measure(String id, String group, String title, String description, String owner,
                      long initialCost, long annualCost, int durationYears, Integer earliestStart,
                      List<String> dependsOn, List<String> addresses, List<Indicator> indicators,
                      List<Evidence> evidence, Integer pinnedStart, List<YearCost> yearCosts) {
    public Measure {
        yearCosts = Texts.list(yearCosts).stream().sorted(java.util.Comparator.comparingInt(YearCost::year)).toList();
        description = Texts.orEmpty(description);
        owner = Texts.orEmpty(owner);
        dependsOn = Texts.list(dependsOn);
        addresses = Texts.list(addresses);
        indicators = Texts.list(indicators);
        evidence = Texts.list(evidence);
    }

    /** A measure with costs in the simple form only, as older plans have it. */
    public Measure(String id, String group, String title, String description, String owner,
                   long initialCost, long annualCost, int durationYears, Integer earliestStart,
                   List<String> dependsOn, List<String> addresses, List<Indicator> indicators,
                   List<Evidence> evidence, Integer pinnedStart) {
        this(id, group, title, description, owner, initialCost, annualCost, durationYears, earliestStart, dependsOn,
                addresses, indicators, evidence, pinnedStart, List.of());
    }

    /** True when costs are given by 年度 (the 行政 form) rather than as initial plus annual. */
    public boolean hasYearCosts() {
        return !yearCosts.isEmpty();
    }

    public Measure withYearCosts(List<YearCost> costs) {
        return new Measure(id, group, title, description, owner, initialCost, annualCost, durationYears, earliestStart,
                dependsOn, addresses, indicators, evidence, pinnedStart, costs);
    }

    public Measure withIndicators(List<Indicator> newIndicators) {
        return new Measure(id, group, title, description, owner, initialCost, annualCost, durationYears, earliestStart,
                dependsOn, addresses, newIndicators, evidence, pinnedStart, yearCosts);
    }

    /** A measure with only the fields a quick test or a new row needs; everything else at its default. */
    public static Measure of(String id, String group, String title) {
        return new Measure(id, group, title, "", "", 0, 0, 1, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Measure withCosts(long initial, long annual, int duration) {
        return new Measure(id, group, title, description, owner, initial, annual, duration, earliestStart, dependsOn,
                addresses, indicators, evidence, pinnedStart, yearCosts);
    }

    public Measure withDependsOn(List<String> prerequisites) {
        return new Measure(id, group, title, description, owner, initialCost, annualCost, durationYears, earliestStart,
                prerequisites, addresses, indicators, evidence, pinnedStart, yearCosts);
    }

    public Measure withEarliestStart(Integer year) {
        return new Measure(id, group, title, description, owner, initialCost, annualCost, durationYears, year,
                dependsOn, addresses, indicators, evidence, pinnedStart, yearCosts);
    }

    public Measure withPinnedStart(Integer year) {
        return new Measure(id, group, title, description, owner, initialCost, annualCost, durationYears, earliestStart,
                dependsOn, addresses, indicators, evidence, year, yearCosts);
    }
}
