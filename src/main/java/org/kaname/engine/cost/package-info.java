/**
 * A plan's costs as 行政 writes them (issue 16): each measure's 事業費, 人件費 (人工 × the plan's 単価) and 財源 by
 * 年度 as planned ({@link org.kaname.engine.cost.MeasureCosts}), the same phases moved to another start (what the
 * roadmap does with them), and totals per 支援策 and per pillar ({@link org.kaname.engine.cost.CostTotals}). Amounts
 * are in yen. Pure functions over {@link org.kaname.model} records.
 */
package org.kaname.engine.cost;
