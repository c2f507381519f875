package org.kaname.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaname.edit.EditCheck.EN;
import static org.kaname.edit.EditCheck.JA;
import static org.kaname.edit.EditCheck.apply;
import static org.kaname.edit.EditCheck.refused;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.model.Budget;
import org.kaname.model.FiscalYears;
import org.kaname.model.Plan;
import org.kaname.model.Tier;

/** The plan's head: title, texts, horizon, budget cap and priority tiers. */
class PlanHeadEditsTest {
    private final Plan plan = TestPlans.rich();

    @Test
    void renamingThePlanChangesOnlyItsTitle() throws Exception {
        Plan after = apply(plan, new RenamePlan("  新しい計画名 "));
        assertThat(after.title()).isEqualTo("新しい計画名");
        assertThat(new RenamePlan("新しい計画名").resolve(plan).parts()).containsExactly(PlanPart.HEAD);
        assertThat(JA.describe(new RenamePlan("新計画"))).isEqualTo("計画名を「新計画」に変更");
        assertThat(EN.describe(new RenamePlan("New plan"))).isEqualTo("Plan renamed to \"New plan\"");
        refused(plan, new RenamePlan("  "), "titleBlank");
        assertThat(RenamePlan.copyTitled(plan, "写し").title()).isEqualTo("写し");
        assertThat(new RenamePlan(plan.title()).resolve(plan).isEmpty()).isTrue();
    }

    @Test
    void theHeadTextsChangeOneAtATime() throws Exception {
        Plan org = apply(plan, new SetPlanText(SetPlanText.Field.ORGANIZATION, " 練馬区 "));
        assertThat(org.organization()).isEqualTo("練馬区");
        assertThat(org.description()).isEqualTo(plan.description());
        Plan desc = apply(plan, new SetPlanText(SetPlanText.Field.DESCRIPTION, "一行目\n二行目"));
        assertThat(desc.description()).isEqualTo("一行目\n二行目");
        Plan summary = apply(plan, new SetPlanText(SetPlanText.Field.SUMMARY, "要点"));
        assertThat(summary.summary()).isEqualTo("要点");
        assertThat(new SetPlanText(SetPlanText.Field.SUMMARY, "x").kind()).isEqualTo("set-summary");
        assertThat(new SetPlanText(SetPlanText.Field.DESCRIPTION, "あ".repeat(50)).arguments().get(0))
                .hasSize(30).endsWith("…");
    }

    @Test
    void theHorizonMustNotRunBackwards() throws Exception {
        Plan after = apply(plan, new SetFiscalYears(2027, 2032));
        assertThat(after.fiscalYears()).isEqualTo(new FiscalYears(2027, 2032));
        EditRefusedException e = refused(plan, new SetFiscalYears(2030, 2027), "yearsReversed");
        assertThat(JA.refusal(e)).contains("2030年度").contains("2027年度");
        assertThat(JA.describe(new SetFiscalYears(2027, 2031))).isEqualTo("計画期間を 2027年度〜2031年度に変更");
    }

    @Test
    void theBudgetCapSaysWhichShapeItTakes() throws Exception {
        SetBudget uniform = new SetBudget(Budget.uniform(200_000_000L));
        assertThat(apply(plan, uniform).budget().uniform()).isEqualTo(200_000_000L);
        assertThat(uniform.kind()).isEqualTo("set-budget-uniform");
        assertThat(JA.describe(uniform)).isEqualTo("予算上限を毎年度 200,000,000 円に設定");
        SetBudget none = new SetBudget(Budget.UNLIMITED);
        assertThat(apply(plan, none).budget().isUnlimited()).isTrue();
        assertThat(none.kind()).isEqualTo("remove-budget-cap");
        SetBudget byYear = new SetBudget(Budget.byYear(Map.of(2027, 1_000L, 2029, 2_000L)));
        assertThat(apply(plan, byYear).budget().byYear()).containsOnlyKeys(2027, 2029);
        assertThat(byYear.kind()).isEqualTo("set-budget-by-year");
        assertThat(byYear.arguments()).containsExactly("2027: 1,000, 2029: 2,000");
        refused(plan, new SetBudget(Budget.uniform(-1)), "negativeAmount");
    }

    @Test
    void tiersAreAddedRemovedAndSetWithUniqueNames() throws Exception {
        Plan added = apply(plan, SetTiers.add(new Tier("C", -10)));
        assertThat(added.tiers()).extracting(Tier::name).containsExactly("S", "A", "B", "C");
        Plan removed = apply(plan, SetTiers.remove("A"));
        assertThat(removed.tiers()).extracting(Tier::name).containsExactly("S", "B");
        Plan set = apply(plan, SetTiers.of(List.of(new Tier("高", 70), new Tier("低", 0))));
        assertThat(set.tiers()).extracting(Tier::name).containsExactly("高", "低");
        assertThat(JA.describe(SetTiers.of(List.of(new Tier("高", 70), new Tier("低", 0)))))
                .isEqualTo("優先度区分を変更: 高 ≥ 70, 低 ≥ 0");
        refused(plan, SetTiers.add(new Tier("S", 10)), "duplicateTier");
        refused(plan, SetTiers.remove("Z"), "unknownTier");
        refused(removed.withTiers(List.of(new Tier("only", 0))), SetTiers.remove("only"), "lastTier");
        refused(plan, SetTiers.of(List.of(new Tier(" ", 0))), "tierNameBlank");
    }
}
