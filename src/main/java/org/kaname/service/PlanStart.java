package org.kaname.service;

/**
 * What a new plan starts from: nothing, the five standard criteria of the sample plan (the seed article's criteria
 * with their level definitions and weights), or the criteria and weights of a stored plan. Only criteria are taken:
 * never measures, raters or scores.
 */
public record PlanStart(Kind kind, long sourcePlanId) {
    public enum Kind { EMPTY, STANDARD_CRITERIA, CRITERIA_OF_PLAN }

    public PlanStart {
        if (kind == null) {
            throw new IllegalArgumentException("a plan start needs a kind");
        }
    }

    public static PlanStart empty() {
        return new PlanStart(Kind.EMPTY, -1);
    }

    public static PlanStart standardCriteria() {
        return new PlanStart(Kind.STANDARD_CRITERIA, -1);
    }

    public static PlanStart criteriaOf(long planId) {
        return new PlanStart(Kind.CRITERIA_OF_PLAN, planId);
    }
}
