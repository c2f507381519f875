package org.kaname.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kaname.model.Evaluation;
import org.kaname.model.FollowUp;
import org.kaname.model.FutureDirection;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorIds;
import org.kaname.model.IndicatorKind;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;

/**
 * Plans with indicators by 年度, actuals, costs by 年度 and evaluations, and the values the evaluation sheet and the
 * 達成状況 section must show for them, computed by hand.
 * <p>The sample plan (2026–2030) with:
 * <ul>
 *   <li>S1's KGI 配置率: baseline 43.5 (2025), targets 60 (2026), 80 (2027), 100 (2028, final); actual 2026 55 →
 *       (55 − 43.5) / (60 − 43.5) = 11.5 / 16.5 = 69.70% → C.</li>
 *   <li>S1-1's own indicators: 研修修了者数 (UP, baseline 0 in 2025; targets 20, 40, ★50 in 2026–2028; actual 2026
 *       17 → 17 / 20 = 85.0% → B); 時間外勤務時間 (DOWN, baseline 20 in 2025; targets 18 (2026), ★15 (2027); actual
 *       2026 19 → (20 − 19) / (20 − 18) = 50.0% → C). Measure: mean(0.85, 0.5) = 67.5% → C, overridden to B.</li>
 *   <li>S1-1's costs at 単価 8,000,000円: 2026 事業費 15,234,567, 1.5人工 (人件費 12,000,000), 国庫 5,000,000,
 *       その他 1,000,000 → total 27,234,567 (27,235千円), 一般財源 21,234,567 (21,235千円); 2027 事業費 8,000,000,
 *       1人工 (8,000,000), 国庫 2,000,000 → total 16,000,000, 一般財源 14,000,000. Totals: 事業費 23,234,567
 *       (23,235千円), 人件費 20,000千円, 総事業費 43,235千円, 国庫 7,000千円, 一般財源 35,235千円.</li>
 *   <li>Evaluation of S1-1 for 2026: grade B (reason), 改善 (reason), a comment.</li>
 * </ul>
 */
final class EvaluationPlans {
    static final long RATE = 8_000_000L;

    private EvaluationPlans() {
    }

    static Plan sampleWithActuals() {
        Plan plan = TestReports.sample();
        List<MeasureGroup> groups = new ArrayList<>();
        for (MeasureGroup g : plan.groups()) {
            if (!g.id().equals("S1")) {
                groups.add(g);
                continue;
            }
            List<Indicator> indicators = new ArrayList<>();
            for (Indicator i : g.indicators()) {
                if (i.kind() == IndicatorKind.KGI) {
                    i = i.withNumbers(IndicatorDirection.UP, 43.5, 2025, List.of(new IndicatorTarget(2026, 60, false),
                            new IndicatorTarget(2027, 80, false), new IndicatorTarget(2028, 100, true)))
                            .withActual(new IndicatorActual(2026, 55, LocalDate.of(2027, 4, 30), "人事委員会", ""));
                }
                indicators.add(i);
            }
            groups.add(new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(), indicators, g.evidence()));
        }
        List<Measure> measures = new ArrayList<>();
        for (Measure m : plan.measures()) {
            if (m.id().equals("S1-1")) {
                Indicator trained = new Indicator("", IndicatorKind.KPI_OUTPUT, "研修修了者数", "50", "名", "研修記録",
                        2028, IndicatorDirection.UP, 0.0, 2025, List.of(new IndicatorTarget(2026, 20, false),
                        new IndicatorTarget(2027, 40, false), new IndicatorTarget(2028, 50, true)),
                        List.of(IndicatorActual.of(2026, 17)));
                Indicator overtime = new Indicator("", IndicatorKind.KPI_OUTCOME, "時間外勤務時間（月平均）", "15",
                        "時間", "勤怠システム", 2027, IndicatorDirection.DOWN, 20.0, 2025,
                        List.of(new IndicatorTarget(2026, 18, false), new IndicatorTarget(2027, 15, true)),
                        List.of(IndicatorActual.of(2026, 19)));
                m = m.withIndicators(List.of(trained, overtime)).withYearCosts(List.of(
                        new YearCost(2026, 15_234_567L, List.of(), 1.5, 5_000_000L, 0, 1_000_000L),
                        new YearCost(2027, 8_000_000L, List.of(), 1.0, 2_000_000L, 0, 0)));
            }
            measures.add(m);
        }
        Evaluation e = new Evaluation("S1-1", 2026, "B", "研修の修了者は目標の85%に達し、時間外勤務は翌年度の業務改善で減る見込みのため",
                FutureDirection.IMPROVE, "研修の定員を増やし、勤怠データで効果を確かめる", "各区の人事部門と連携して進める", false);
        Evaluation e2 = new Evaluation("S1-2", 2026, "", "", FutureDirection.CONTINUE, "計画どおり進んでいる", "", false);
        plan = plan.withStructure(plan.pillars(), groups, measures)
                .withFollowUp(new FollowUp(RATE, GradeRule.DEFAULT, List.of(e, e2)));
        return IndicatorIds.assignMissing(plan);
    }

    /** {@link TestReports#large} with numeric indicators, an actual in 2026 and costs by 年度 on every measure. */
    static Plan large(int n) {
        Plan plan = TestReports.large(n);
        List<MeasureGroup> groups = new ArrayList<>();
        for (MeasureGroup g : plan.groups()) {
            Indicator i = g.indicators().get(0).withNumbers(IndicatorDirection.UP, 40.0, 2025,
                    List.of(new IndicatorTarget(2026, 60, false), new IndicatorTarget(2030, 100, true)))
                    .withActual(IndicatorActual.of(2026, 52));
            groups.add(new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(), List.of(i), g.evidence()));
        }
        List<Measure> measures = new ArrayList<>();
        int k = 0;
        for (Measure m : plan.measures()) {
            k++;
            Indicator own = new Indicator("", IndicatorKind.KPI_OUTPUT, "取組" + k + "の実施件数", "100", "件", "実績報告",
                    2028, IndicatorDirection.UP, 10.0, 2025, List.of(new IndicatorTarget(2026, 40, false),
                    new IndicatorTarget(2028, 100, true)), List.of(IndicatorActual.of(2026, 20 + k % 30)));
            measures.add(m.withIndicators(List.of(own)).withYearCosts(List.of(
                    new YearCost(2026, 10_000_000L + k * 1000L, List.of(), 0.5, 2_000_000L, 0, 0),
                    new YearCost(2027, 5_000_000L, List.of(), 0.5, 0, 1_000_000L, 0))));
        }
        return IndicatorIds.assignMissing(plan.withStructure(plan.pillars(), groups, measures)
                .withFollowUp(new FollowUp(RATE, GradeRule.DEFAULT, List.of())));
    }
}
