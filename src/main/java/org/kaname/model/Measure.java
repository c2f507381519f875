package org.kaname.model;

import java.util.List;

/**
 * A candidate measure (施策 / 主な取組). Costs are in yen; it costs {@code initialCost + annualCost} in its first
 * fiscal year and {@code annualCost} in each later one. {@code earliestStart} and {@code pinnedStart} are optional.
 */
public record Measure(String id, String group, String title, String description, String owner,
                      long initialCost, long annualCost, int durationYears, Integer earliestStart,
                      List<String> dependsOn, List<String> addresses, List<Indicator> indicators,
                      List<Evidence> evidence, Integer pinnedStart) {
    public Measure {
        description = Texts.orEmpty(description);
        owner = Texts.orEmpty(owner);
        dependsOn = Texts.list(dependsOn);
        addresses = Texts.list(addresses);
        indicators = Texts.list(indicators);
        evidence = Texts.list(evidence);
    }

    /** A measure with only the fields a quick test or a new row needs; everything else at its default. */
    public static Measure of(String id, String group, String title) {
        return new Measure(id, group, title, "", "", 0, 0, 1, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Measure withCosts(long initial, long annual, int duration) {
        return new Measure(id, group, title, description, owner, initial, annual, duration, earliestStart, dependsOn,
                addresses, indicators, evidence, pinnedStart);
    }

    public Measure withDependsOn(List<String> prerequisites) {
        return new Measure(id, group, title, description, owner, initialCost, annualCost, durationYears, earliestStart,
                prerequisites, addresses, indicators, evidence, pinnedStart);
    }

    public Measure withEarliestStart(Integer year) {
        return new Measure(id, group, title, description, owner, initialCost, annualCost, durationYears, year,
                dependsOn, addresses, indicators, evidence, pinnedStart);
    }

    public Measure withPinnedStart(Integer year) {
        return new Measure(id, group, title, description, owner, initialCost, annualCost, durationYears, earliestStart,
                dependsOn, addresses, indicators, evidence, year);
    }
}
