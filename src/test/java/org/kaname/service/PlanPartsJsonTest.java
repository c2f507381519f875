package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.edit.PlanPart;
import org.kaname.edit.PlanParts;
import org.kaname.io.PlanJson;
import org.kaname.model.CostItem;
import org.kaname.model.Evaluation;
import org.kaname.model.FollowUp;
import org.kaname.model.FutureDirection;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;

/** The journal keeps a change's parts as kaname-plan JSON: the follow-up and costs by 年度 come back whole. */
class PlanPartsJsonTest {
    private final PlanPartsJson codec = new PlanPartsJson(new PlanJson(Locale.JAPANESE));

    /** TestPlans.rich() with costs by 年度, a numeric indicator with actuals, and a follow-up. */
    private static Plan plan() {
        Plan base = TestPlans.rich();
        List<Measure> measures = new ArrayList<>(base.measures());
        Measure b01 = measures.get(0);
        Indicator kpi = b01.indicators().get(0).withId("B01-KPI-1")
                .withNumbers(IndicatorDirection.DOWN, 300.0, 2025, List.of(new IndicatorTarget(2030, 200, true)))
                .withActuals(List.of(new IndicatorActual(2027, 250, LocalDate.of(2028, 4, 30), "人事課", "速報")));
        measures.set(0, b01.withIndicators(List.of(kpi)).withYearCosts(List.of(
                new YearCost(2027, 30_000_000, List.of(new CostItem("委託料", 20_000_000)), 0.5, 5_000_000, 0, 0),
                YearCost.project(2028, 5_000_000))));
        FollowUp followUp = new FollowUp(8_500_000,
                new GradeRule(List.of(new GradeRule.Step("A", 1.0), new GradeRule.Step("B", 0.5)), "C"),
                List.of(new Evaluation("B01", 2027, "A", "実態は達成", FutureDirection.EXPAND, "対象を広げる", "", false),
                        new Evaluation("B02", 2027, "", "", FutureDirection.ABOLISH, "目的を達した", "", true)));
        return base.withMeasures(measures).withFollowUp(followUp);
    }

    @Test
    void aPlanHoldingOnlyTheFollowUpComesBackEqual() {
        Plan alone = PlanParts.of(plan(), EnumSet.of(PlanPart.FOLLOW_UP)).alone();
        assertThat(alone.measures()).isEmpty();
        assertThat(alone.followUp()).isEqualTo(plan().followUp());
        Plan back = codec.decode(codec.encode(alone));
        assertThat(back).isEqualTo(alone);
        assertThat(back.followUp().evaluations()).hasSize(2);
    }

    @Test
    void aPlanHoldingOnlyTheMeasuresKeepsTheirCostsByYearAndTheirIndicatorsNumbers() {
        Plan alone = PlanParts.of(plan(), EnumSet.of(PlanPart.MEASURES)).alone();
        assertThat(alone.followUp()).isEqualTo(FollowUp.NONE);
        Plan back = codec.decode(codec.encode(alone));
        assertThat(back).isEqualTo(alone);
        Measure b01 = back.measures().get(0);
        assertThat(b01.yearCosts()).hasSize(2);
        assertThat(b01.yearCosts().get(0).breakdown()).containsExactly(new CostItem("委託料", 20_000_000));
        assertThat(b01.indicators().get(0).actuals()).singleElement()
                .satisfies(a -> assertThat(a.date()).isEqualTo(LocalDate.of(2028, 4, 30)));
    }

    @Test
    void journalPartsAreDecodedAsWrittenWithoutGivingIds() {
        // An entry written before indicators had ids is read as it was: ids are given on import, not here.
        Plan alone = PlanParts.of(TestPlans.rich(), EnumSet.of(PlanPart.GROUPS, PlanPart.MEASURES)).alone();
        Plan back = codec.decode(codec.encode(alone));
        assertThat(back).isEqualTo(alone);
        assertThat(back.groups().get(0).indicators()).extracting(Indicator::id).containsExactly("");
    }
}
