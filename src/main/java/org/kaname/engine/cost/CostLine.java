package org.kaname.engine.cost;

import org.kaname.model.YearCost;

/**
 * What a measure (or a total of measures) costs in one 年度, in yen: 事業費 ({@code project}), 人件費
 * ({@code personnel}, already 人工 × 単価) and the specific 財源: 国庫支出金 ({@code national}), 都道府県支出金
 * ({@code prefectural}) and その他 ({@code other}). 一般財源 is what the total leaves after them.
 */
public record CostLine(int year, long project, long personnel, long national, long prefectural, long other) {

    /** A year that costs nothing. */
    public static CostLine zero(int year) {
        return new CostLine(year, 0, 0, 0, 0, 0);
    }

    /** A {@link YearCost} with its 人件費 at {@code personnelRate} yen per 人工 (rounded to the yen). */
    public static CostLine of(YearCost cost, long personnelRate) {
        return new CostLine(cost.year(), cost.projectCost(), cost.personnelCost(personnelRate), cost.national(),
                cost.prefectural(), cost.other());
    }

    /** 事業費 + 人件費: what the year costs, and what the roadmap counts against the year's budget. */
    public long total() {
        return project + personnel;
    }

    /** 一般財源: the total less 国庫支出金, 都道府県支出金 and その他 (negative when those are more than the total). */
    public long generalFund() {
        return total() - national - prefectural - other;
    }

    /** The same amounts in another year. */
    public CostLine inYear(int newYear) {
        return new CostLine(newYear, project, personnel, national, prefectural, other);
    }

    /** This line and {@code that} added up, in this line's year. */
    public CostLine plus(CostLine that) {
        return new CostLine(year, project + that.project, personnel + that.personnel, national + that.national,
                prefectural + that.prefectural, other + that.other);
    }
}
