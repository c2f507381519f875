package org.kaname.model;

/**
 * The one set of limits on what a plan may hold (docs/plan-format.md, "Limits"). The validator checks them, the
 * database's columns are at least this wide (a test compares them), score sheets and exports can hold every value
 * within them. Lengths count Java characters (UTF-16 code units: a character outside the BMP counts as two), which is
 * how H2 and Excel count them.
 */
public final class Limits {
    /** Ids (measures, criteria, raters…), tier names, indicator units: columns of 200 characters. */
    public static final int CODE_LENGTH = 200;
    /** Titles, names, targets, methods, sources, addresses: columns of 4,000 characters. */
    public static final int SHORT_TEXT_LENGTH = 4_000;
    /**
     * Descriptions, notes, rationales: below Excel's 32,767 characters per cell, so every text fits in one cell of a
     * score sheet or an exported workbook.
     */
    public static final int LONG_TEXT_LENGTH = 30_000;

    /** The first fiscal year a plan may name: 平成元年度. */
    public static final int FIRST_FISCAL_YEAR = 1989;
    /** The last fiscal year a plan may name. */
    public static final int LAST_FISCAL_YEAR = 2100;
    /** The longest plan period, in fiscal years; also the longest duration of a measure. */
    public static final int MAX_PERIOD_YEARS = 30;
    /** The most levels a rating scale may have ({@code max - min + 1}), e.g. 0–100. */
    public static final int MAX_SCALE_LEVELS = 101;
    /** Every amount of money (yen) is below this: 10^15 yen, 1,000 兆円. */
    public static final long MONEY_BOUND = 1_000_000_000_000_000L;
    /**
     * The costs of all measures of a plan over their whole durations add up to less than this: 10^18 yen. With it,
     * every sum of costs a command makes (by year, by group, the plan's total, with a budget added) fits in a
     * {@code long}; without it, 300 measures at the largest cost would overflow one.
     */
    public static final long TOTAL_COST_BOUND = 1_000_000_000_000_000_000L;
    /**
     * The largest weight, swing point or scenario weight: weights are relative, and bounded ones keep their sums
     * and products finite.
     */
    public static final double MAX_WEIGHT = 1_000_000_000;

    private Limits() {
    }
}
