package org.kaname.io;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kaname.model.Budget;
import org.kaname.model.CostItem;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.Evaluation;
import org.kaname.model.Evidence;
import org.kaname.model.EvidenceKind;
import org.kaname.model.FiscalYears;
import org.kaname.model.FollowUp;
import org.kaname.model.FutureDirection;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorIds;
import org.kaname.model.IndicatorKind;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Judgment;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.PeerCase;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Scenario;
import org.kaname.model.Score;
import org.kaname.model.Significance;
import org.kaname.model.Stakeholder;
import org.kaname.model.Tier;
import org.kaname.model.TimelineEntry;
import org.kaname.model.Weighting;
import org.kaname.model.WeightingMethod;
import org.kaname.model.YearCost;

/** Plans built by hand for the io tests: every field filled, awkward numbers and texts included. */
final class PlanFixtures {
    private PlanFixtures() {
    }

    /** A valid plan using every part of the format, with AHP weighting and a budget by year. */
    static Plan rich() {
        List<Criterion> criteria = List.of(
                new Criterion("speed", "即効性・波及効果", "早く効果が出るか", 20, Direction.BENEFIT,
                        Scale.of(1, 5, Map.of(1, "効果は数年先", 5, "すぐに効果"))),
                new Criterion("cost", "費用", "", 12.75, Direction.COST,
                        Scale.of(0, 10, Map.of(0, "なし", 10, "大きい"))),
                new Criterion("feasibility", "実現可能性", "\"引用\"と\\バックスラッシュ\\\n改行", 0.1, null, null));
        Weighting weighting = new Weighting(WeightingMethod.AHP,
                List.of(new Judgment("speed", "cost", 3), new Judgment("feasibility", "speed", 0.5),
                        new Judgment("cost", "feasibility", 1.0 / 3)),
                List.of("speed", "feasibility", "cost"), null);
        List<Pillar> pillars = List.of(new Pillar("people", "人材・組織", "人を育てる"), new Pillar("data", "データ", null));
        Evidence plan = new Evidence("デジタル社会の実現に向けた重点計画", "https://www.digital.go.jp/policies/priority-policy-program",
                EvidenceKind.NATIONAL_PLAN, "2024年6月閣議決定");
        Evidence stats = new Evidence("自治体DX推進状況調査", "", EvidenceKind.STATISTICS, "");
        List<MeasureGroup> groups = List.of(
                new MeasureGroup("S1", "people", "DX推進リーダーの育成", "全課に推進役を置く",
                        List.of(new Indicator(IndicatorKind.KGI, "リーダー配置率", "100", "%", "人事データ", 2030)),
                        List.of(plan)),
                new MeasureGroup("S2", null, "データ活用", "", null, null));
        List<Measure> measures = List.of(
                new Measure("S1-1", "S1", "研修プログラムの実施", "年2回の集合研修", "人事課",
                        30_000_000, 5_000_000, 2, 2027, List.of("S1-4"), List.of("P1"),
                        List.of(new Indicator(IndicatorKind.KPI_OUTPUT, "受講者数", "200", "人", "", null),
                                new Indicator(IndicatorKind.KPI_OUTCOME, "業務改善件数", "", "", "", 2029),
                                new Indicator(IndicatorKind.KSI, "上司の理解", "", "", "アンケート", null)),
                        List.of(stats), 2028),
                new Measure("S1-4", "S1", "推進体制の整備", "", "", 0, 1_500_000, 1, null, null, null, null, null,
                        null),
                new Measure("S2-1", "S2", "オープンデータの公開", "", "情報政策課", 999_999_999_999_999L, 0, 5,
                        null, List.of("S1-4", "S1-1"), List.of("P1", "P2"), null,
                        List.of(new Evidence("先行研究", "", EvidenceKind.RESEARCH, ""),
                                new Evidence("有識者の意見", "", EvidenceKind.EXPERT, "非公式"),
                                new Evidence("他自治体", "", EvidenceKind.PEER_CASE, ""),
                                new Evidence("その他", "", EvidenceKind.OTHER, "")),
                        null),
                Measure.of("X-1", null, "グループ未定の施策"));
        List<Problem> problems = List.of(
                new Problem("P1", Stakeholder.ADMINISTRATION, "推進役がいない", "各課任せ", "DXが進まない", List.of(plan)),
                new Problem("P2", Stakeholder.RESIDENTS, "手続が紙", null, null, null));
        List<Significance> significance = List.of(new Significance(Stakeholder.RESIDENTS, "窓口に行かずに済む"),
                new Significance(Stakeholder.COMMUNITY, "地域のデータを地域で使う"),
                new Significance(Stakeholder.ADMINISTRATION, "職員の負担を減らす"));
        List<PeerCase> cases = List.of(
                new PeerCase("渋谷区", "デジタル推進リーダー", "全課に配置", "首長の関与", "申請の8割がオンライン",
                        List.of(new Evidence("区の報告書", "https://example.jp/r.pdf", EvidenceKind.PEER_CASE, "")),
                        List.of("S1")),
                new PeerCase("町田市", "小さな事例", null, null, null, null, null));
        List<TimelineEntry> timeline = List.of(new TimelineEntry(2021, "自治体DX推進計画の策定", "総務省"),
                new TimelineEntry(2024, "推進体制の見直し", null));
        List<Rater> raters = List.of(new Rater("r1", "企画課"), new Rater("r2", "情報政策課"));
        List<Score> scores = List.of(
                new Score("S1-1", "speed", "r1", 4, "研修はすぐ始められる", Instant.parse("2026-11-01T09:00:00Z")),
                new Score("S1-1", "speed", "r2", 3.5, "", Instant.parse("2026-11-02T00:00:00.123456789Z")),
                new Score("S1-1", "cost", "r1", 7, "", null),
                Score.of("S2-1", "feasibility", "r2", 1),
                Score.of("S1-4", "cost", "r2", 0));
        Map<String, Double> fiscal = new LinkedHashMap<>();
        fiscal.put("cost", 40.0);
        fiscal.put("speed", 10.0);
        fiscal.put("feasibility", -0.0);
        Map<String, Double> tiny = new LinkedHashMap<>();
        tiny.put("speed", 1e-9);
        tiny.put("feasibility", 12_345_678.5);
        tiny.put("cost", 1e-300);
        List<Scenario> scenarios = List.of(new Scenario("財政重視", fiscal), new Scenario("極端な数", tiny));
        // Indicators have ids, as every plan read from a file has (files without them get them on reading).
        return IndicatorIds.assignMissing(new Plan("DX推進リーダー計画", "架空市", "説明\n二行目", "要約",
                new FiscalYears(2026, 2030), Budget.byYear(Map.of(2028, 120_000_000L, 2027, 80_000_000L)),
                List.of(new Tier("S", 85.5), new Tier("A", 60), new Tier("B", 0)),
                criteria, weighting, pillars, groups, measures, significance, problems, cases, timeline, raters,
                scores, scenarios));
    }

    /** Like {@link #rich()} but with a uniform budget, swing weighting and points. */
    static Plan richSwing() {
        Map<String, Double> points = new LinkedHashMap<>();
        points.put("speed", 100.0);
        points.put("cost", 62.5);
        points.put("feasibility", 0.0);
        return rich().withBudget(Budget.uniform(100_000_000))
                .withWeighting(new Weighting(WeightingMethod.SWING, null, List.of("speed", "cost", "feasibility"),
                        points));
    }

    /**
     * {@link #rich()} with every field of the follow-up (issue 16): a numeric indicator of each direction with
     * baseline, targets by 年度 (one final) and actuals with date, source and note; a qualitative one kept as text;
     * costs by 年度 with breakdown, 人工 and 財源; the 単価, a grade rule other than the default and evaluations.
     */
    static Plan followUp() {
        Plan base = rich();
        MeasureGroup s1 = base.groups().get(0);
        Indicator rate = s1.indicators().get(0)
                .withNumbers(IndicatorDirection.UP, 62.5, 2025,
                        List.of(new IndicatorTarget(2027, 80, false), new IndicatorTarget(2030, 100, true)))
                .withActuals(List.of(new IndicatorActual(2027, 75.5, LocalDate.of(2028, 5, 31), "人事課",
                        "4月1日現在\n\"速報値\""), IndicatorActual.of(2028, 90)));
        MeasureGroup group = new MeasureGroup(s1.id(), s1.pillar(), s1.title(), s1.purpose(),
                List.of(rate, new Indicator("S1-OVERTIME", IndicatorKind.KPI_OUTCOME, "超過勤務時間", "", "時間",
                        "勤怠システム", null, IndicatorDirection.DOWN, 1200.0, null,
                        List.of(new IndicatorTarget(2030, 900.25, false)), List.of(IndicatorActual.of(2027, 0)))),
                s1.evidence());
        Measure s11 = base.measures().get(0);
        List<Indicator> own = new java.util.ArrayList<>(s11.indicators());
        own.set(0, own.get(0).withNumbers(IndicatorDirection.REACH, null, 2024,
                List.of(new IndicatorTarget(2028, 200, true))));
        s11 = s11.withIndicators(own).withYearCosts(List.of(
                new YearCost(2028, 5_000_000, List.of(), 0.25, 0, 0, 1_000),
                new YearCost(2027, 30_000_000, List.of(new CostItem("委託料", 25_000_000),
                        new CostItem("備品購入費", 5_000_000)), 1.5, 10_000_000, 2_500_000, 0)));
        List<Measure> measures = new java.util.ArrayList<>(base.measures());
        measures.set(0, s11);
        FollowUp followUp = new FollowUp(8_000_000,
                new GradeRule(List.of(new GradeRule.Step("S", 1.2), new GradeRule.Step("A", 1.0),
                        new GradeRule.Step("B", 0.6)), "C"),
                List.of(new Evaluation("S1-1", 2027, "A", "把握が遅れたが実態は達成", FutureDirection.CONTINUE,
                                "研修を続ける", "次年度は受講者を増やす", false),
                        new Evaluation("S1-4", 2027, "", "", FutureDirection.COMPLETE, "体制が整った", "", false),
                        new Evaluation("S1-4", 2028, "", "", FutureDirection.IMPROVE, "", "", true),
                        new Evaluation("S2-1", 2027, "", "", null, "", "評価は翌年度", false)));
        return base.withStructure(base.pillars(), List.of(group, base.groups().get(1)), measures)
                .withFollowUp(followUp);
    }
}
