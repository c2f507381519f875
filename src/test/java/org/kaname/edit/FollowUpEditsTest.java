package org.kaname.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaname.edit.EditCheck.EN;
import static org.kaname.edit.EditCheck.JA;
import static org.kaname.edit.EditCheck.apply;
import static org.kaname.edit.EditCheck.refused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.model.CostItem;
import org.kaname.model.Evaluation;
import org.kaname.model.FutureDirection;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorIds;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;

/**
 * The edits of issue 16: indicator numbers, costs by 年度, the 単価 of a 人工, the grade rule, evaluations and
 * re-opening. Each is checked by {@link EditCheck} (valid plan after, undo gives the plan back, described in both
 * languages) and its refusals by key and text.
 */
class FollowUpEditsTest {
    // rich() with ids: G1 has the KGI G1-KGI-1 (text 80 %), measure B01 the KPI B01-KPI-1; plan period 2026–2030.
    private final Plan plan = IndicatorIds.assignMissing(TestPlans.rich());

    private static Indicator indicator(Plan p, String owner, String id) {
        List<Indicator> all = p.group(owner).map(g -> g.indicators())
                .orElseGet(() -> p.measure(owner).orElseThrow().indicators());
        return all.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static Plan withActual(Plan p) {
        IndicatorActual actual = new IndicatorActual(2027, 74.0, LocalDate.of(2028, 5, 31), "庁内システム集計", "");
        return p.withStructure(p.pillars(), p.groups().stream().map(g -> g.id().equals("G1")
                ? new org.kaname.model.MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(),
                List.of(g.indicators().get(0).withActual(actual)), g.evidence()) : g).toList(), p.measures());
    }

    @Test
    void indicatorNumbersAreSetInYearOrderAndKeepTheTextsAndActuals() throws Exception {
        assertThat(indicator(plan, "G1", "G1-KGI-1").isNumeric()).isFalse();
        Plan start = withActual(plan);
        SetIndicatorNumbers edit = new SetIndicatorNumbers(Holder.GROUP, "G1", "G1-KGI-1", IndicatorDirection.UP,
                70.5, 2024, List.of(new IndicatorTarget(2030, 80, true), new IndicatorTarget(2028, 75, false)));
        Plan after = apply(start, edit);
        Indicator kgi = indicator(after, "G1", "G1-KGI-1");
        assertThat(kgi.isNumeric()).isTrue();
        assertThat(kgi.baseline()).isEqualTo(70.5);
        assertThat(kgi.baselineYear()).isEqualTo(2024);
        assertThat(kgi.targets()).containsExactly(new IndicatorTarget(2028, 75, false),
                new IndicatorTarget(2030, 80, true));
        assertThat(kgi.name()).isEqualTo("デジタル手続の利用率");
        assertThat(kgi.target()).isEqualTo("80");
        assertThat(kgi.actualFor(2027)).hasValueSatisfying(a -> assertThat(a.value()).isEqualTo(74.0));
        assertThat(edit.target()).isEqualTo(EditTarget.PLAN);
        assertThat(JA.describe(edit)).isEqualTo("G1 の指標 G1-KGI-1 の現状値・目標値を変更（目標値 2 件）");
        assertThat(EN.describe(edit)).isEqualTo("Baseline and targets of indicator G1-KGI-1 of G1 changed (2 targets)");
        assertThat(JA.kindName(edit.kind())).isEqualTo("指標の現状値・目標値の変更");

        SetIndicatorNumbers down = new SetIndicatorNumbers(Holder.MEASURE, "B01", "B01-KPI-1",
                IndicatorDirection.DOWN, 120.0, 2025, List.of(new IndicatorTarget(2029, 100, false)));
        Plan measure = apply(after, down);
        assertThat(indicator(measure, "B01", "B01-KPI-1").direction()).isEqualTo(IndicatorDirection.DOWN);
        assertThat(down.target()).isEqualTo(EditTarget.measure("B01"));
        assertThat(indicator(measure, "G1", "G1-KGI-1")).isEqualTo(kgi);

        Plan qualitative = apply(after, new SetIndicatorNumbers(Holder.GROUP, "G1", "G1-KGI-1", null, null, null,
                List.of()));
        assertThat(indicator(qualitative, "G1", "G1-KGI-1").isNumeric()).isFalse();
        assertThat(indicator(qualitative, "G1", "G1-KGI-1").actuals()).hasSize(1);
    }

    @Test
    void indicatorNumbersRefuseRepeatedYearsTwoFinalsNonFiniteBaselineAndUnknownIndicators() {
        List<IndicatorTarget> one = List.of(new IndicatorTarget(2030, 80, true));
        EditRefusedException e = refused(plan, new SetIndicatorNumbers(Holder.GROUP, "G1", "G1-KGI-1",
                IndicatorDirection.UP, null, null, List.of(new IndicatorTarget(2030, 80, true),
                new IndicatorTarget(2030, 85, false))), "duplicateTargetYear");
        assertThat(JA.refusal(e)).isEqualTo("2030年度の目標値が二つあります。目標値は一つの年度に一つです。");
        e = refused(plan, new SetIndicatorNumbers(Holder.GROUP, "G1", "G1-KGI-1", IndicatorDirection.UP, null, null,
                List.of(new IndicatorTarget(2030, 80, true), new IndicatorTarget(2028, 75, true))),
                "severalFinalTargets");
        assertThat(JA.refusal(e)).isEqualTo("最終目標にできる年度は一つだけです（最終目標とした年度：2028, 2030）。");
        e = refused(plan, new SetIndicatorNumbers(Holder.GROUP, "G1", "G1-KGI-1", IndicatorDirection.UP,
                Double.NaN, 2024, one), "baselineNotFinite");
        assertThat(EN.refusal(e)).isEqualTo("The baseline \"NaN\" cannot be used. Enter a finite number.");
        refused(plan, new SetIndicatorNumbers(Holder.GROUP, "G1", "G1-KGI-1", IndicatorDirection.UP,
                Double.POSITIVE_INFINITY, 2024, one), "baselineNotFinite");
        e = refused(plan, new SetIndicatorNumbers(Holder.MEASURE, "B01", "G1-KGI-1", IndicatorDirection.UP, null,
                null, one), "indicatorNotOfOwner");
        assertThat(JA.refusal(e)).isEqualTo("指標「G1-KGI-1」は「B01」にありません。");
        refused(plan, new SetIndicatorNumbers(Holder.MEASURE, "X9", "B01-KPI-1", IndicatorDirection.UP, null, null,
                one), "unknownMeasure");
        refused(plan, new SetIndicatorNumbers(Holder.GROUP, "X9", "G1-KGI-1", IndicatorDirection.UP, null, null,
                one), "unknownGroup");
    }

    @Test
    void yearCostsAreSetCheckedAgainstThePersonnelRateAndClearedBackToTheSimpleForm() throws Exception {
        Plan rated = apply(plan, new SetPersonnelRate(8_000_000));
        assertThat(rated.followUp().personnelRate()).isEqualTo(8_000_000);
        // 2028: 事業費 5,000,000 + 0.5 人工 × 8,000,000 = 9,000,000; 国庫 9,000,000 leaves 一般財源 0.
        YearCost y2027 = new YearCost(2027, 30_000_000, List.of(new CostItem("委託料", 20_000_000)), 1.5,
                10_000_000, 2_000_000, 0);
        YearCost y2028 = new YearCost(2028, 5_000_000, List.of(), 0.5, 9_000_000, 0, 0);
        SetYearCosts edit = new SetYearCosts("B01", List.of(y2028, y2027));
        Plan after = apply(rated, edit);
        Measure b01 = after.measure("B01").orElseThrow();
        assertThat(b01.yearCosts()).containsExactly(y2027, y2028);
        assertThat(b01.yearCosts().get(1).generalFund(8_000_000)).isZero();
        assertThat(b01.yearCosts().get(0).generalFund(8_000_000)).isEqualTo(30_000_000 + 12_000_000 - 12_000_000);
        assertThat(edit.kind()).isEqualTo("set-year-costs");
        assertThat(edit.target()).isEqualTo(EditTarget.measure("B01"));
        assertThat(JA.describe(edit)).isEqualTo("施策 B01 の年度別事業費を設定（2027年度〜2028年度、2 年度分）");
        assertThat(EN.describe(edit)).isEqualTo("Costs of measure B01 by fiscal year set (FY2027 to FY2028, 2 years)");

        SetYearCosts clear = new SetYearCosts("B01", List.of());
        Plan simple = apply(after, clear);
        assertThat(simple.measure("B01").orElseThrow().hasYearCosts()).isFalse();
        assertThat(simple.measure("B01").orElseThrow().initialCost()).isEqualTo(30_000_000);
        assertThat(simple.measure("B01").orElseThrow().annualCost()).isEqualTo(5_000_000);
        assertThat(clear.kind()).isEqualTo("clear-year-costs");
        assertThat(JA.describe(clear)).isEqualTo("施策 B01 の年度別事業費を解除（初年度・毎年度の費用に戻す）");
        assertThat(EN.describe(clear))
                .isEqualTo("Costs of measure B01 by fiscal year removed (back to initial and annual cost)");

        // One yen more from 国庫 than the total: refused, naming the year.
        EditRefusedException e = refused(rated, new SetYearCosts("B01", List.of(y2027,
                new YearCost(2028, 5_000_000, List.of(), 0.5, 8_000_001, 1_000_000, 0))), "sourcesOverTotal");
        assertThat(JA.refusal(e)).isEqualTo("施策 B01 の2028年度は、特定財源（国庫支出金・都道府県支出金・その他）の合計"
                + " 9,000,001 円が事業費と人件費の合計 9,000,000 円を超えています（一般財源が負になります）。");
        // Without a 単価 the 人工 cost nothing: the same 2028 is then over by 4,000,000.
        e = refused(plan, new SetYearCosts("B01", List.of(y2028)), "sourcesOverTotal");
        assertThat(e.arguments()).containsExactly("B01", "2028", "9,000,000", "5,000,000");
        e = refused(rated, new SetYearCosts("B01", List.of(y2027, YearCost.project(2027, 1))), "duplicateCostYear");
        assertThat(EN.refusal(e)).isEqualTo("Measure B01 has two cost entries for FY2027. Give one per fiscal year.");
        e = refused(rated, new SetYearCosts("B01", List.of(new YearCost(2029, 1, List.of(), -0.5, 0, 0, 0))),
                "negativeCost");
        assertThat(JA.refusal(e)).startsWith("2029年度の費用に負の値があります。");
        refused(rated, new SetYearCosts("B01", List.of(new YearCost(2029, 10, List.of(new CostItem("備品購入費", -1)),
                0, 0, 0, 0))), "negativeCost");
        refused(rated, new SetYearCosts("B01", List.of(YearCost.project(2029, -1))), "negativeCost");
        refused(rated, new SetYearCosts("B01", List.of(YearCost.project(2029, 1_000_000_000_000_000L))),
                "costTooLarge");
        refused(rated, new SetYearCosts("X9", List.of(y2027)), "unknownMeasure");
        e = refused(rated, new SetYearCosts("B01", List.of(new YearCost(2029, 10, List.of(new CostItem(" ", 10)), 0,
                0, 0, 0))), "costItemNameBlank");
        assertThat(JA.refusal(e)).startsWith("2029年度の事業費の内訳に、名称のない行があります。");
        // 100,000 人工 is below the edit's own bound of a million, but at the largest 単価 (10^10 yen) its 人件費
        // reaches the bound of money, 10^15 yen.
        refused(apply(plan, new SetPersonnelRate(SetPersonnelRate.MAX_RATE)), new SetYearCosts("B01",
                List.of(new YearCost(2029, 0, List.of(), 100_000, 0, 0, 0))), "costTooLarge");
    }

    @Test
    void thePersonnelRateCannotBeNegativeHugeOrLeaveAYearWithANegativeGeneralFund() throws Exception {
        SetPersonnelRate rate = new SetPersonnelRate(8_000_000);
        apply(plan, rate);
        assertThat(JA.describe(rate)).isEqualTo("人件費単価（1人工あたり年額）を 8,000,000 円に変更");
        assertThat(EN.describe(rate)).isEqualTo("Personnel rate (per staff-year) changed to 8,000,000 yen");
        refused(plan, new SetPersonnelRate(-1), "negativeAmount");
        refused(plan, new SetPersonnelRate(SetPersonnelRate.MAX_RATE + 1), "personnelRateTooLarge");
        Plan costed = apply(apply(plan, rate), new SetYearCosts("B01",
                List.of(new YearCost(2028, 5_000_000, List.of(), 0.5, 9_000_000, 0, 0))));
        // At 7,000,000 the 2028 total is 5,000,000 + 3,500,000 = 8,500,000, below the 9,000,000 of 国庫.
        EditRefusedException e = refused(costed, new SetPersonnelRate(7_000_000), "rateLeavesSourcesOverTotal");
        assertThat(e.arguments()).containsExactly("B01", "2028", "9,000,000", "8,500,000");
        assertThat(apply(costed, new SetPersonnelRate(10_000_000)).followUp().personnelRate()).isEqualTo(10_000_000);
    }

    @Test
    void theGradeRuleMustHaveOrderedDistinctNamedGradesAndKeepTheGradesInUse() throws Exception {
        GradeRule four = new GradeRule(List.of(new GradeRule.Step("S", 1.2), new GradeRule.Step(" A ", 1.0),
                new GradeRule.Step("B", 0.8)), "C");
        SetGradeRule edit = new SetGradeRule(four);
        Plan after = apply(plan, edit);
        assertThat(after.followUp().gradeRule().grades()).containsExactly("S", "A", "B", "C");
        assertThat(edit.arguments()).containsExactly("S ≥ 120%, A ≥ 100%, B ≥ 80%, C");
        assertThat(JA.describe(edit)).isEqualTo("評価区分の基準を変更: S ≥ 120%, A ≥ 100%, B ≥ 80%, C");
        assertThat(EN.describe(edit)).isEqualTo("Grade rule changed: S ≥ 120%, A ≥ 100%, B ≥ 80%, C");

        refused(plan, new SetGradeRule(new GradeRule(List.of(), "C")), "gradeRuleNoSteps");
        refused(plan, new SetGradeRule(new GradeRule(List.of(new GradeRule.Step(" ", 1.0)), "C")), "gradeNameBlank");
        refused(plan, new SetGradeRule(new GradeRule(List.of(new GradeRule.Step("A", 1.0)), "")), "gradeNameBlank");
        EditRefusedException e = refused(plan, new SetGradeRule(new GradeRule(List.of(new GradeRule.Step("A", 1.0),
                new GradeRule.Step("B", 0.8)), "A")), "duplicateGrade");
        assertThat(JA.refusal(e)).isEqualTo("評価区分「A」が重複しています。");
        e = refused(plan, new SetGradeRule(new GradeRule(List.of(new GradeRule.Step("A", 0.8),
                new GradeRule.Step("B", 0.8)), "C")), "gradeRuleUnordered");
        assertThat(EN.refusal(e)).isEqualTo("Each grade must need a higher achievement than the grade below it"
                + " (entered: A ≥ 80%, B ≥ 80%, C).");
        refused(plan, new SetGradeRule(new GradeRule(List.of(new GradeRule.Step("A", Double.NaN)), "C")),
                "gradeRuleUnordered");

        Plan graded = apply(plan, new SetEvaluation("B01", 2027, "C", "事業の遅れ", null, "", ""));
        e = refused(graded, new SetGradeRule(new GradeRule(List.of(new GradeRule.Step("A", 1.0),
                new GradeRule.Step("B", 0.8)), "D")), "gradeInUse");
        assertThat(JA.refusal(e)).isEqualTo("評価区分「C」は施策 B01 の2027年度の評価で使われています。先にその評価を見直してください。");
    }

    @Test
    void anEvaluationIsSetWithItsReasonsAndRemovedWhenAllBlank() throws Exception {
        SetEvaluation edit = new SetEvaluation("B01", 2027, " B ", "研修の一部が翌年度に延期", FutureDirection.IMPROVE,
                "実施方法を見直す", "受講者の評価は高い");
        Plan after = apply(plan, edit);
        assertThat(after.followUp().evaluations()).containsExactly(new Evaluation("B01", 2027, "B",
                "研修の一部が翌年度に延期", FutureDirection.IMPROVE, "実施方法を見直す", "受講者の評価は高い", false));
        assertThat(edit.target()).isEqualTo(EditTarget.measure("B01"));
        assertThat(edit.reason()).isEqualTo("研修の一部が翌年度に延期 / 実施方法を見直す");
        assertThat(JA.describe(edit)).isEqualTo("施策 B01 の2027年度の評価を変更");
        assertThat(EN.describe(edit)).isEqualTo("Evaluation of measure B01 for FY2027 changed");
        assertThat(JA.kindName(edit.kind())).isEqualTo("施策評価の変更");
        assertThat(EN.kindName(edit.kind())).isEqualTo("Evaluation changed");

        Plan cleared = apply(after, new SetEvaluation("B01", 2027, "", "", null, "", ""));
        assertThat(cleared.followUp().evaluations()).isEmpty();
        // Five years either side of 2026–2030 may be evaluated.
        apply(plan, new SetEvaluation("B01", 2021, "", "", FutureDirection.CONTINUE, "", ""));
        apply(plan, new SetEvaluation("B01", 2035, "", "", null, "", "所見"));
    }

    @Test
    void anEvaluationRefusesUnknownGradesOverridesWithoutReasonEndingsWithoutReasonAndFarYears() {
        EditRefusedException e = refused(plan, new SetEvaluation("B01", 2027, "S", "理由", null, "", ""),
                "unknownGrade");
        assertThat(JA.refusal(e)).isEqualTo("評価「S」はこの計画の評価区分（A, B, C）にありません。");
        e = refused(plan, new SetEvaluation("B01", 2027, "A", " ", null, "", ""), "gradeReasonMissing");
        assertThat(EN.refusal(e)).isEqualTo("Enter why the grade is set to \"A\" (a grade that replaces the one"
                + " from the indicators needs a reason).");
        refused(plan, new SetEvaluation("B01", 2027, "", "", FutureDirection.ABOLISH, "", ""),
                "directionReasonMissing");
        e = refused(plan, new SetEvaluation("B01", 2027, "", "", FutureDirection.COMPLETE, "  ", ""),
                "directionReasonMissing");
        assertThat(JA.refusal(e)).isEqualTo("今後の方向性を廃止・完了とする理由を入力してください。");
        e = refused(plan, new SetEvaluation("B01", 2020, "", "", FutureDirection.CONTINUE, "", ""),
                "evaluationYearOutside");
        assertThat(JA.refusal(e)).isEqualTo("2020年度は評価できる年度（2021年度〜2035年度）の外です。");
        refused(plan, new SetEvaluation("B01", 2036, "", "", FutureDirection.CONTINUE, "", ""),
                "evaluationYearOutside");
        refused(plan, new SetEvaluation("X9", 2027, "", "", FutureDirection.CONTINUE, "", ""), "unknownMeasure");
        refused(plan, new SetEvaluation("B01", 2027, "", "", null, "", "あ".repeat(30_001)),
                "evaluationTextTooLong");
    }

    @Test
    void evaluationsFollowTheirMeasureWhenItIsRenamedAndGoWithItWhenRemoved() throws Exception {
        Plan evaluated = apply(apply(plan, new SetEvaluation("B01", 2027, "", "", FutureDirection.CONTINUE, "", "")),
                new SetEvaluation("B03", 2027, "", "", FutureDirection.EXPAND, "", ""));
        Plan renamed = apply(evaluated, ChangeMeasure.id("B01", "Z01"));
        assertThat(renamed.followUp().evaluations()).extracting(Evaluation::measureId).containsExactly("B03", "Z01");
        assertThat(renamed.followUp().evaluation("Z01", 2027)).hasValueSatisfying(
                e -> assertThat(e.direction()).isEqualTo(FutureDirection.CONTINUE));
        Plan removed = apply(evaluated, RemoveMeasures.of("B03"));
        assertThat(removed.followUp().evaluations()).extracting(Evaluation::measureId).containsExactly("B01");
        Plan groupRemoved = apply(evaluated, new RemoveGroup("G1"));
        assertThat(groupRemoved.followUp().evaluations()).extracting(Evaluation::measureId).containsExactly("B03");
    }

    @Test
    void anEndedMeasureIsReopenedOnceAndANewDirectionIsANewDecision() throws Exception {
        Plan ended = apply(plan, new SetEvaluation("B01", 2027, "", "", FutureDirection.ABOLISH, "目的を達成した",
                ""));
        assertThat(ended.followUp().hasEnded("B01")).isTrue();
        ReopenMeasure reopen = new ReopenMeasure("B01", 2027, "国の補助が新設された");
        Plan reopened = apply(ended, reopen);
        assertThat(reopened.followUp().hasEnded("B01")).isFalse();
        assertThat(reopened.followUp().evaluation("B01", 2027)).hasValueSatisfying(ev -> {
            assertThat(ev.reopened()).isTrue();
            assertThat(ev.direction()).isEqualTo(FutureDirection.ABOLISH);
            assertThat(ev.directionReason()).isEqualTo("目的を達成した");
        });
        assertThat(reopen.reason()).isEqualTo("国の補助が新設された");
        assertThat(JA.describe(reopen)).isEqualTo("施策 B01 を再開（2027年度の評価による廃止・完了を解除）");
        assertThat(EN.describe(reopen))
                .isEqualTo("Measure B01 reopened (its FY2027 evaluation had abolished or completed it)");

        EditRefusedException e = refused(reopened, reopen, "measureNotEnded");
        assertThat(JA.refusal(e)).isEqualTo(
                "施策 B01 は、最新の評価である2027年度の評価で廃止・完了とされていないため、再開できません。");
        refused(ended, new ReopenMeasure("B01", 2026, ""), "measureNotEnded");
        refused(plan, new ReopenMeasure("B01", 2027, ""), "measureNotEnded");
        refused(ended, new ReopenMeasure("X9", 2027, ""), "unknownMeasure");
        Plan later = apply(ended, new SetEvaluation("B01", 2028, "", "", FutureDirection.CONTINUE, "", ""));
        refused(later, new ReopenMeasure("B01", 2027, ""), "measureNotEnded");

        // Same direction again: still re-opened (only the comment changed). A new ending: a new decision.
        Plan commented = apply(reopened, new SetEvaluation("B01", 2027, "", "", FutureDirection.ABOLISH,
                "目的を達成した", "再開後の所見"));
        assertThat(commented.followUp().hasEnded("B01")).isFalse();
        Plan completed = apply(reopened, new SetEvaluation("B01", 2027, "", "", FutureDirection.COMPLETE,
                "計画どおり完了", ""));
        assertThat(completed.followUp().hasEnded("B01")).isTrue();
    }
}
