package org.kaname.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaname.edit.EditCheck.EN;
import static org.kaname.edit.EditCheck.JA;
import static org.kaname.edit.EditCheck.apply;
import static org.kaname.edit.EditCheck.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.model.Evidence;
import org.kaname.model.EvidenceKind;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorKind;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/** The measure tree: adding, removing and changing pillars, support measures and measures. */
class MeasureEditsTest {
    // rich(): pillars people, service; groups G1 (people), G2 (service); B01, B02 in G1 (B01 needs B02), B03 in G2.
    private final Plan plan = TestPlans.rich();

    @Test
    void addedItemsGoAfterTheLastOfTheirParentWithAFreshId() throws Exception {
        assertThat(AddMeasure.newId(plan, "G1")).isEqualTo("G1-3");
        assertThat(AddMeasure.newId(plan, null)).isEqualTo("M1");
        Plan m = apply(plan, new AddMeasure(Measure.of("G1-3", "G1", "新しい施策")));
        assertThat(m.measures()).extracting(Measure::id).containsExactly("B01", "B02", "G1-3", "B03");
        assertThat(AddGroup.newId(plan)).isEqualTo("S3");
        Plan g = apply(plan, new AddGroup(new MeasureGroup("S3", "people", "新しい支援策", "", null, null)));
        assertThat(g.groups()).extracting(MeasureGroup::id).containsExactly("G1", "S3", "G2");
        assertThat(AddPillar.newId(plan)).isEqualTo("pillar3");
        Plan p = apply(plan, new AddPillar(new Pillar("pillar3", "新しい柱", "")));
        assertThat(p.pillars()).extracting(Pillar::id).containsExactly("people", "service", "pillar3");
        assertThat(JA.describe(new AddMeasure(Measure.of("G1-3", "G1", "新しい施策"))))
                .isEqualTo("施策 G1-3「新しい施策」を追加");
        refused(plan, new AddMeasure(Measure.of("B01", "G1", "重複")), "duplicateId");
        refused(plan, new AddGroup(new MeasureGroup("S3", "nowhere", "x", "", null, null)), "unknownPillar");
        refused(plan, new AddPillar(new Pillar("people", "x", "")), "duplicateId");
    }

    @Test
    void removingAMeasureTakesItsScoresAndPrerequisiteLinksAndUndoBringsThemBack() throws Exception {
        Plan after = apply(plan, RemoveMeasures.of("B02"));
        assertThat(after.measures()).extracting(Measure::id).containsExactly("B01", "B03");
        assertThat(after.measure("B01").orElseThrow().dependsOn()).isEmpty();
        assertThat(after.scores()).extracting(Score::measure).doesNotContain("B02");
        RemoveMeasures two = RemoveMeasures.of("B01", "B03");
        assertThat(two.kind()).isEqualTo("remove-measures");
        assertThat(two.arguments()).containsExactly("B01, B03");
        assertThat(JA.describe(two)).isEqualTo("施策を削除（評価・前提関係を含む）: B01, B03");
        assertThat(EN.describe(two)).isEqualTo("Measures removed (with their scores and prerequisite links): B01, B03");
        refused(plan, RemoveMeasures.of("B01", "X9"), "unknownMeasure");
    }

    @Test
    void removingAGroupOrPillarTakesEverythingUnderIt() throws Exception {
        Plan noG1 = apply(plan, new RemoveGroup("G1"));
        assertThat(noG1.measures()).extracting(Measure::id).containsExactly("B03");
        assertThat(noG1.cases().get(0).groups()).isEmpty();
        Plan noService = apply(plan, new RemovePillar("service"));
        assertThat(noService.groups()).extracting(MeasureGroup::id).containsExactly("G1");
        assertThat(noService.measures()).extracting(Measure::id).containsExactly("B01", "B02");
        refused(plan, new RemoveGroup("G9"), "unknownGroup");
        refused(plan, new RemovePillar("nowhere"), "unknownPillar");
    }

    @Test
    void aMeasureFieldIsCheckedAndSetAndANewIdFollowsEveryReference() throws Exception {
        Plan renumbered = apply(plan, ChangeMeasure.id("B02", "B20"));
        assertThat(renumbered.measure("B01").orElseThrow().dependsOn()).containsExactly("B20");
        assertThat(renumbered.scores()).extracting(Score::measure).contains("B20").doesNotContain("B02");
        assertThat(apply(plan, ChangeMeasure.title("B03", " 窓口の電子化 ")).measure("B03").orElseThrow().title())
                .isEqualTo("窓口の電子化");
        assertThat(apply(plan, ChangeMeasure.initialCost("B03", 1_200_000)).measure("B03").orElseThrow()
                .initialCost()).isEqualTo(1_200_000);
        assertThat(apply(plan, ChangeMeasure.duration("B03", 3)).measure("B03").orElseThrow().durationYears())
                .isEqualTo(3);
        assertThat(apply(plan, ChangeMeasure.earliestStart("B01", null)).measure("B01").orElseThrow()
                .earliestStart()).isNull();
        assertThat(apply(plan, ChangeMeasure.owner("B03", "窓口課")).measure("B03").orElseThrow().owner())
                .isEqualTo("窓口課");
        assertThat(ChangeMeasure.initialCost("B03", 1_200_000).kind()).isEqualTo("change-measure-initial-cost");
        assertThat(JA.describe(ChangeMeasure.initialCost("B03", 1_200_000)))
                .isEqualTo("施策 B03 の初期費用を 1,200,000 円に変更");
        assertThat(EN.describe(ChangeMeasure.id("B02", "B20"))).isEqualTo("Measure B02 renumbered to B20");
        assertThat(ChangeMeasure.id("B02", "B02").resolve(plan).isEmpty()).isTrue();
        refused(plan, ChangeMeasure.id("B02", "B01"), "duplicateId");
        refused(plan, ChangeMeasure.id("B02", " "), "idBlank");
        refused(plan, ChangeMeasure.title("B02", ""), "titleBlank");
        refused(plan, new ChangeMeasure("B02", ChangeMeasure.Field.ANNUAL_COST, "千円"), "notAmount");
        refused(plan, ChangeMeasure.annualCost("B02", -5), "negativeAmount");
        refused(plan, ChangeMeasure.duration("B02", 0), "durationShort");
        refused(plan, new ChangeMeasure("B02", ChangeMeasure.Field.EARLIEST_START, "来年"), "notYear");
        refused(plan, ChangeMeasure.title("X9", "x"), "unknownMeasure");
    }

    @Test
    void aPrerequisiteThatClosesACycleIsRefusedNamingTheCycle() throws Exception {
        Plan after = apply(plan, SetPrerequisite.add("B03", "B01"));
        assertThat(after.measure("B03").orElseThrow().dependsOn()).containsExactly("B01");
        EditRefusedException e = refused(plan, SetPrerequisite.add("B02", "B01"), "cycle");
        assertThat(JA.refusal(e)).contains("B01").contains("→");
        refused(plan, SetPrerequisite.add("B02", "B02"), "cycle");
        refused(plan, SetPrerequisite.add("B02", "X9"), "unknownMeasure");
        Plan removed = apply(plan, SetPrerequisite.remove("B01", "B02"));
        assertThat(removed.measure("B01").orElseThrow().dependsOn()).isEmpty();
        assertThat(SetPrerequisite.remove("B03", "B01").resolve(plan).isEmpty()).isTrue();
        assertThat(JA.describe(SetPrerequisite.add("B03", "B01"))).isEqualTo("施策 B03 の前提に B01 を追加");
    }

    @Test
    void linksIndicatorsAndEvidenceOfMeasuresGroupsAndProblems() throws Exception {
        Plan addressed = apply(plan, new SetAddresses("B03", List.of("P1")));
        assertThat(addressed.measure("B03").orElseThrow().addresses()).containsExactly("P1");
        refused(plan, new SetAddresses("B03", List.of("P9")), "unknownProblem");
        Indicator kpi = new Indicator(IndicatorKind.KPI_OUTPUT, "件数", "10", "件", "集計", null);
        Plan measureIndicators = apply(plan, new SetIndicators(Holder.MEASURE, "B03", List.of(kpi)));
        // An indicator without an id gets one from its owner and kind, unique in the plan.
        assertThat(measureIndicators.measure("B03").orElseThrow().indicators()).containsExactly(kpi.withId("B03-KPI-1"));
        Plan groupIndicators = apply(plan, new SetIndicators(Holder.GROUP, "G2", List.of(kpi, kpi)));
        assertThat(groupIndicators.group("G2").orElseThrow().indicators())
                .containsExactly(kpi.withId("G2-KPI-1"), kpi.withId("G2-KPI-2"));
        Evidence ev = new Evidence("白書", "https://example.jp/w", EvidenceKind.NATIONAL_PLAN, "");
        assertThat(apply(plan, new SetEvidence(Holder.PROBLEM, "P1", List.of(ev))).problems().get(0).evidence())
                .containsExactly(ev);
        assertThat(apply(plan, new SetEvidence(Holder.GROUP, "G2", List.of(ev))).group("G2").orElseThrow()
                .evidence()).containsExactly(ev);
        assertThat(new SetEvidence(Holder.PROBLEM, "P1", List.of(ev)).kind()).isEqualTo("set-problem-evidence");
        refused(plan, new SetEvidence(Holder.GROUP, "G9", List.of()), "unknownGroup");
        refused(plan, new SetIndicators(Holder.MEASURE, "X9", List.of()), "unknownMeasure");
    }

    @Test
    void groupsAndPillarsChangeOneFieldAtATime() throws Exception {
        Plan titled = apply(plan, new ChangeGroup("G2", ChangeGroup.Field.TITLE, " 窓口改革 "));
        assertThat(titled.group("G2").orElseThrow().title()).isEqualTo("窓口改革");
        Plan moved = apply(plan, new ChangeGroup("G2", ChangeGroup.Field.PILLAR, "people"));
        assertThat(moved.group("G2").orElseThrow().pillar()).isEqualTo("people");
        refused(plan, new ChangeGroup("G2", ChangeGroup.Field.PILLAR, "nowhere"), "unknownPillar");
        refused(plan, new ChangeGroup("G2", ChangeGroup.Field.TITLE, ""), "titleBlank");
        Plan named = apply(plan, new ChangePillar("service", ChangePillar.Field.NAME, "行政サービス"));
        assertThat(named.pillars().get(1).name()).isEqualTo("行政サービス");
        refused(plan, new ChangePillar("service", ChangePillar.Field.NAME, " "), "nameBlank");
        assertThat(JA.describe(new ChangePillar("service", ChangePillar.Field.NAME, "行政サービス")))
                .isEqualTo("柱 service の名称を「行政サービス」に変更");
    }

    @Test
    void theRoadmapPinsAStartInsideTheHorizon() throws Exception {
        Plan pinned = apply(plan, new PinStart("B03", 2028));
        assertThat(pinned.measure("B03").orElseThrow().pinnedStart()).isEqualTo(2028);
        Plan unpinned = apply(plan, PinStart.unpin("B02"));
        assertThat(unpinned.measure("B02").orElseThrow().pinnedStart()).isNull();
        assertThat(PinStart.unpin("B02").kind()).isEqualTo("unpin-start");
        refused(plan, new PinStart("B03", 2040), "outsideHorizon");
        assertThat(JA.describe(new PinStart("B03", 2028))).isEqualTo("施策 B03 の開始を 2028年度に固定");
        assertThat(EN.describe(new PinStart("B03", 2028))).isEqualTo("Start of measure B03 pinned to FY2028");
    }
}
