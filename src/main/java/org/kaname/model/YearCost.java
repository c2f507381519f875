package org.kaname.model;

import java.util.List;

/**
 * A measure's cost in one fiscal year as 行政 writes it, in yen: 事業費 ({@code projectCost}, with an optional
 * breakdown that need not add up to it), 人件費 as 人工 ({@code staffYears}) × the plan's 単価, and the 財源 of the
 * total: {@code national} (国庫支出金), {@code prefectural} (都道府県支出金) and {@code other} (その他); 一般財源 is
 * what remains, so the sources always add up to the total.
 */
public record YearCost(int year, long projectCost, List<CostItem> breakdown, double staffYears,
                       long national, long prefectural, long other) {
    public YearCost {
        breakdown = Texts.list(breakdown);
        if (!Double.isFinite(staffYears)) {
            throw new IllegalArgumentException("人工 is a finite number: " + staffYears);
        }
    }

    /** A year with only a 事業費: the form an old plan's initial-plus-annual costs take. */
    public static YearCost project(int year, long projectCost) {
        return new YearCost(year, projectCost, List.of(), 0, 0, 0, 0);
    }

    /** 人件費: 人工 × {@code personnelRate} (yen per 人工 per year), rounded to the yen. */
    public long personnelCost(long personnelRate) {
        return Math.round(staffYears * personnelRate);
    }

    /** 事業費 + 人件費. */
    public long total(long personnelRate) {
        return projectCost + personnelCost(personnelRate);
    }

    /** 一般財源: the total less the specific sources (negative when the sources are more than the total). */
    public long generalFund(long personnelRate) {
        return total(personnelRate) - national - prefectural - other;
    }
}
