package org.kaname.edit;

/**
 * The parts of a plan a change can replace, apart from its score cells. A part is small (a plan has tens of criteria,
 * thousands of measures at most), so a change keeps the whole part before and after.
 */
public enum PlanPart {
    /** Title, organization, description, summary, fiscal years and budget. */
    HEAD,
    TIERS,
    CRITERIA,
    WEIGHTING,
    PILLARS,
    GROUPS,
    MEASURES,
    SIGNIFICANCE,
    PROBLEMS,
    CASES,
    TIMELINE,
    RATERS,
    SCENARIOS,
    ROUNDS,
    /** The 単価 of a 人工, the grade rule and the evaluations by 年度. */
    FOLLOW_UP
}
