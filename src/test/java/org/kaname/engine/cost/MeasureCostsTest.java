package org.kaname.engine.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaname.model.CostItem;
import org.kaname.model.FiscalYears;
import org.kaname.model.FollowUp;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;

/** Costs by 年度 and their totals, worked out by hand (yen; 単価 8,000,000 yen per 人工 unless said). */
class MeasureCostsTest {
    /** Phased: 2027 事業費 10,000,000, 人工 0.5, 国庫 2,000,000, その他 500,000; 2028 3,000,000, 人工 0.25, 国庫 1,000,000. */
    static final Measure PHASED = Measure.of("A", "S1", "相談窓口").withYearCosts(List.of(
            new YearCost(2028, 3_000_000, List.of(), 0.25, 1_000_000, 0, 0),
            new YearCost(2027, 10_000_000, List.of(new CostItem("委託料", 8_000_000)), 0.5, 2_000_000, 0, 500_000)));
    /** Simple form from 2028: 1,000,000 + 200,000 a year for three years. */
    static final Measure SIMPLE = Measure.of("B", "S1", "研修").withCosts(1_000_000, 200_000, 3).withEarliestStart(2028);
    /** No support measure, simple form from the plan's first year: 500,000 for one year. */
    static final Measure LOOSE = Measure.of("C", null, "広報").withCosts(0, 500_000, 1);
    /** Pinned to 2029: 100,000 a year for two years. */
    static final Measure PINNED = Measure.of("D", "S2", "調査").withCosts(0, 100_000, 2).withPinnedStart(2029)
            .withEarliestStart(2027);

    static Plan plan(long rate, Measure... measures) {
        return Plan.empty("費用", new FiscalYears(2026, 2030))
                .withStructure(List.of(new Pillar("P1", "人材", ""), new Pillar("P2", "基盤", "")),
                        List.of(new MeasureGroup("S1", "P1", "支援策1", "", List.of(), List.of()),
                                new MeasureGroup("S2", "P2", "支援策2", "", List.of(), List.of()),
                                new MeasureGroup("S3", "P1", "支援策3（施策なし）", "", List.of(), List.of())),
                        List.of(measures))
                .withFollowUp(FollowUp.NONE.withPersonnelRate(rate));
    }

    @Test
    void aPhasedMeasureCostsWhatEachYearSaysWithPersonnelAtTheRate() {
        List<CostLine> lines = MeasureCosts.planned(plan(8_000_000, PHASED), PHASED);
        // 人工 0.5 × 8,000,000 = 4,000,000; total 14,000,000; 一般財源 14,000,000 − 2,000,000 − 500,000 = 11,500,000.
        assertThat(lines).containsExactly(
                new CostLine(2027, 10_000_000, 4_000_000, 2_000_000, 0, 500_000),
                new CostLine(2028, 3_000_000, 2_000_000, 1_000_000, 0, 0));
        assertThat(lines.get(0).total()).isEqualTo(14_000_000);
        assertThat(lines.get(0).generalFund()).isEqualTo(11_500_000);
        assertThat(lines.get(1).total()).isEqualTo(5_000_000);
        assertThat(lines.get(1).generalFund()).isEqualTo(4_000_000);
    }

    @Test
    void personnelIsRoundedToTheYenAndNothingWhileTheRateIsUnset() {
        // 0.5 × 1,234,567 = 617,283.5 → 617,284.
        assertThat(MeasureCosts.planned(plan(1_234_567, PHASED), PHASED).get(0).personnel()).isEqualTo(617_284);
        assertThat(MeasureCosts.planned(plan(0, PHASED), PHASED).get(0))
                .isEqualTo(new CostLine(2027, 10_000_000, 0, 2_000_000, 0, 500_000));
    }

    @Test
    void theSimpleFormStartsAtThePinElseTheEarliestStartElseThePlansFirstYear() {
        Plan plan = plan(8_000_000, SIMPLE, LOOSE, PINNED);
        assertThat(MeasureCosts.planned(plan, SIMPLE)).containsExactly(
                new CostLine(2028, 1_200_000, 0, 0, 0, 0),
                new CostLine(2029, 200_000, 0, 0, 0, 0),
                new CostLine(2030, 200_000, 0, 0, 0, 0));
        assertThat(MeasureCosts.planned(plan, LOOSE)).containsExactly(new CostLine(2026, 500_000, 0, 0, 0, 0));
        assertThat(MeasureCosts.planned(plan, PINNED)).containsExactly(
                new CostLine(2029, 100_000, 0, 0, 0, 0), new CostLine(2030, 100_000, 0, 0, 0, 0));
        assertThat(MeasureCosts.planned(plan, SIMPLE).get(0).generalFund()).isEqualTo(1_200_000);
        // A duration of 0 is read as one year, as the roadmap does.
        Measure none = Measure.of("E", "S1", "無").withCosts(300, 0, 0);
        assertThat(MeasureCosts.planned(plan, none)).containsExactly(new CostLine(2026, 300, 0, 0, 0, 0));
    }

    @Test
    void startingInMovesEveryPhaseTogetherKeepingTheGaps() {
        Measure gapped = Measure.of("G", "S1", "隔年").withYearCosts(List.of(
                YearCost.project(2026, 700), YearCost.project(2028, 900)));
        Plan plan = plan(8_000_000, PHASED, SIMPLE, gapped);
        assertThat(MeasureCosts.startingIn(plan, PHASED, 2029)).containsExactly(
                new CostLine(2029, 10_000_000, 4_000_000, 2_000_000, 0, 500_000),
                new CostLine(2030, 3_000_000, 2_000_000, 1_000_000, 0, 0));
        assertThat(MeasureCosts.startingIn(plan, SIMPLE, 2026)).containsExactly(
                new CostLine(2026, 1_200_000, 0, 0, 0, 0),
                new CostLine(2027, 200_000, 0, 0, 0, 0),
                new CostLine(2028, 200_000, 0, 0, 0, 0));
        assertThat(MeasureCosts.startingIn(plan, gapped, 2027)).extracting(CostLine::year).containsExactly(2027, 2029);
        assertThat(MeasureCosts.phaseTotals(plan, gapped)).containsExactly(700, 0, 900);
        assertThat(MeasureCosts.phaseTotals(plan, PHASED)).containsExactly(14_000_000, 5_000_000);
        assertThat(MeasureCosts.phaseTotals(plan, SIMPLE)).containsExactly(1_200_000, 200_000, 200_000);
    }

    @Test
    void totalsPerSupportMeasureAndPillarAddUpEveryMeasureAndKeepTheLooseOnesApart() {
        Plan plan = plan(8_000_000, PHASED, SIMPLE, LOOSE, PINNED);
        Map<String, java.util.SortedMap<Integer, CostLine>> groups = CostTotals.byGroup(plan);
        // S1: A and B. 2028 = A (3,000,000 + 2,000,000 人件費, 国庫 1,000,000) + B 1,200,000.
        assertThat(groups).containsOnlyKeys("S1", "S2", CostTotals.NONE);
        assertThat(groups.keySet()).containsExactly("S1", "S2", CostTotals.NONE);
        assertThat(groups.get("S1")).containsOnlyKeys(2027, 2028, 2029, 2030);
        assertThat(groups.get("S1").get(2027)).isEqualTo(new CostLine(2027, 10_000_000, 4_000_000, 2_000_000, 0, 500_000));
        CostLine s1In2028 = groups.get("S1").get(2028);
        assertThat(s1In2028).isEqualTo(new CostLine(2028, 4_200_000, 2_000_000, 1_000_000, 0, 0));
        assertThat(s1In2028.total()).isEqualTo(6_200_000);
        assertThat(s1In2028.generalFund()).isEqualTo(5_200_000);
        assertThat(groups.get("S1").get(2030).total()).isEqualTo(200_000);
        assertThat(groups.get("S2")).containsOnlyKeys(2029, 2030);
        assertThat(groups.get("S2").get(2029).total()).isEqualTo(100_000);
        assertThat(groups.get(CostTotals.NONE)).containsOnlyKeys(2026);
        assertThat(groups.get(CostTotals.NONE).get(2026).total()).isEqualTo(500_000);

        Map<String, java.util.SortedMap<Integer, CostLine>> pillars = CostTotals.byPillar(plan);
        assertThat(pillars.keySet()).containsExactly("P1", "P2", CostTotals.NONE);
        assertThat(pillars.get("P1")).isEqualTo(groups.get("S1"));
        assertThat(pillars.get("P2")).isEqualTo(groups.get("S2"));
        assertThat(pillars.get(CostTotals.NONE)).isEqualTo(groups.get(CostTotals.NONE));
        // All years: 2026 500,000; 2027 14,000,000; 2028 6,200,000; 2029 200,000 + 100,000; 2030 the same.
        assertThat(CostTotals.all(plan).values()).extracting(CostLine::total)
                .containsExactly(500_000L, 14_000_000L, 6_200_000L, 300_000L, 300_000L);
    }

    @Test
    void aPlanWithoutMeasuresHasNoTotals() {
        assertThat(CostTotals.byGroup(plan(0))).isEmpty();
        assertThat(CostTotals.byPillar(plan(0))).isEmpty();
    }
}
