package org.kaname.ui.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.i18n.Messages;
import org.kaname.model.Evidence;
import org.kaname.model.EvidenceKind;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorKind;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.ui.ScreenFixture;

/** The measure tree's view model on the sample plan, without a screen. */
class MeasuresViewModelTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;
    MeasuresViewModel vm;
    Plan before;

    @BeforeEach
    void open() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        vm = new MeasuresViewModel(fixture.context, Messages.of(MeasuresScreen.BUNDLE, Locale.JAPANESE));
        before = fixture.editor.plan();
    }

    @AfterEach
    void close() {
        vm.dispose();
        fixture.close();
    }

    @Test
    void theTreeFollowsThePlansOrder() {
        List<MeasureTree> tree = vm.tree();
        assertThat(tree).extracting(t -> t.key().id()).containsExactly("people", "operations", "service");
        assertThat(tree.get(0).children()).extracting(t -> t.key().id()).containsExactly("S1");
        assertThat(tree.get(0).children().get(0).children()).extracting(t -> t.key().id())
                .containsExactly("S1-1", "S1-2", "S1-3", "S1-4");
        assertThat(vm.label(TreeKey.measure("S1-1"))).isEqualTo("S1-1  特別区合同デジタル人材戦略の策定と実行");
    }

    @Test
    void insertOnAGroupAddsAMeasureAtItsEndAndSelectsIt() throws Exception {
        assertThat(vm.add(TreeKey.group("S1"))).isEmpty();
        assertThat(vm.selectedProperty().get()).isEqualTo(TreeKey.measure("S1-5"));
        Plan stored = fixture.storedPlan();
        assertThat(stored.measures()).extracting(Measure::id)
                .startsWith("S1-1", "S1-2", "S1-3", "S1-4", "S1-5", "S2-1");
        assertThat(stored.measure("S1-5").orElseThrow().title()).isEqualTo("新しい施策");

        assertThat(vm.commit(MeasureField.TITLE, "S1-5", "庁内チャットの導入")).isEmpty();
        assertThat(vm.commit(MeasureField.INITIAL_COST, "S1-5", "1,200,000")).isEmpty();
        assertThat(vm.commit(MeasureField.ANNUAL_COST, "S1-5", "３００，０００")).isEmpty();
        Measure m = fixture.storedPlan().measure("S1-5").orElseThrow();
        assertThat(m.title()).isEqualTo("庁内チャットの導入");
        assertThat(m.initialCost()).isEqualTo(1_200_000L);
        assertThat(m.annualCost()).isEqualTo(300_000L);
    }

    @Test
    void insertOnAPillarAddsAGroupAndWithNothingSelectedAPillar() throws Exception {
        assertThat(vm.add(TreeKey.pillar("service"))).isEmpty();
        assertThat(vm.selectedProperty().get()).isEqualTo(TreeKey.group("S4"));
        assertThat(fixture.storedPlan().group("S4").orElseThrow().pillar()).isEqualTo("service");
        assertThat(vm.add(null)).isEmpty();
        assertThat(fixture.storedPlan().pillars()).hasSize(4);
    }

    @Test
    void invalidCostsAndDurationsAreRefusedAndLeaveThePlan() throws Exception {
        assertThat(vm.commit(MeasureField.INITIAL_COST, "S1-1", "abc")).hasValueSatisfying(
                m -> assertThat(m).contains("abc").contains("金額"));
        assertThat(vm.commit(MeasureField.ANNUAL_COST, "S1-1", "-5")).contains("金額に負の値は入力できません。");
        assertThat(vm.commit(MeasureField.DURATION, "S1-1", "0")).contains("実施期間は1年以上にしてください。");
        assertThat(vm.commit(MeasureField.TITLE, "S1-1", " ")).contains("名称を入力してください。");
        assertThat(vm.commit(MeasureField.ID, "S1-1", "S1-2")).contains("ID「S1-2」はすでに使われています。");
        assertThat(fixture.storedPlan()).isEqualTo(before);
        assertThat(fixture.editor.canUndo()).isFalse();
    }

    @Test
    void aPrerequisiteClosingACycleIsRefusedWithTheCycleNamed() throws Exception {
        // S1-3 already depends on S1-1, so S1-3 as a prerequisite of S1-1 closes S1-1 → S1-3 → S1-1.
        assertThat(vm.addPrerequisite("S1-1", "S1-3")).hasValueSatisfying(
                m -> assertThat(m).contains("S1-1 → S1-3 → S1-1"));
        assertThat(fixture.storedPlan()).isEqualTo(before);

        assertThat(vm.addPrerequisite("S1-1", "S1-2")).isEmpty();
        assertThat(fixture.storedPlan().measure("S1-1").orElseThrow().dependsOn()).containsExactly("S1-2");
        assertThat(vm.removePrerequisite("S1-1", "S1-2")).isEmpty();
        assertThat(fixture.storedPlan().measure("S1-1").orElseThrow().dependsOn()).isEmpty();
    }

    @Test
    void removingAMeasureAsksAndTakesItsScoresAndReferencesInOneUndoableEdit() throws Exception {
        long scores = before.scores().stream().filter(s -> s.measure().equals("S1-1")).count();
        assertThat(scores).isPositive();
        long dependents = before.measures().stream().filter(m -> m.dependsOn().contains("S1-1")).count();
        assertThat(dependents).isPositive();

        fixture.dialogs.answer = false;
        assertThat(vm.remove(TreeKey.measure("S1-1"))).isEmpty();
        assertThat(fixture.storedPlan()).isEqualTo(before);

        fixture.dialogs.answer = true;
        vm.selectedProperty().set(TreeKey.measure("S1-1"));
        assertThat(vm.remove(TreeKey.measure("S1-1"))).isEmpty();
        assertThat(fixture.dialogs.confirmations.get(1)).contains("S1-1").contains("評価 " + scores + " 件")
                .contains("前提としての指定 " + dependents + " 件");
        Plan after = fixture.storedPlan();
        assertThat(after.measure("S1-1")).isEmpty();
        assertThat(after.scores()).noneMatch(s -> s.measure().equals("S1-1"));
        assertThat(after.measure("S1-3").orElseThrow().dependsOn()).doesNotContain("S1-1");
        assertThat(vm.selectedProperty().get()).isNull();

        fixture.editor.undo();
        assertThat(fixture.storedPlan()).isEqualTo(before);
    }

    @Test
    void aMeasureIdChangeFollowsTheSelectionAndReferences() throws Exception {
        vm.selectedProperty().set(TreeKey.measure("S1-1"));
        assertThat(vm.commit(MeasureField.ID, "S1-1", "S1-01")).isEmpty();
        assertThat(vm.selectedProperty().get()).isEqualTo(TreeKey.measure("S1-01"));
        assertThat(fixture.storedPlan().measure("S1-3").orElseThrow().dependsOn()).containsExactly("S1-01");
    }

    @Test
    void problemsIndicatorsAndEvidenceOfAMeasureAreSetAsWholeLists() throws Exception {
        assertThat(vm.setAddresses("S3-1", List.of("P2", "P1"))).isEmpty();
        assertThat(fixture.storedPlan().measure("S3-1").orElseThrow().addresses()).containsExactly("P1", "P2");
        Indicator kpi = new Indicator(IndicatorKind.KPI_OUTPUT, "講座の開催数", "40", "回", "実績集計", 2028);
        assertThat(vm.setIndicators("S3-1", List.of(kpi))).isEmpty();
        // The edit gives a new indicator its id (the measure's id, KPI, a number); the store keeps it.
        assertThat(fixture.storedPlan().measure("S3-1").orElseThrow().indicators())
                .containsExactly(kpi.withId("S3-1-KPI-1"));
        Evidence e = new Evidence("白書", "https://example.jp/w", EvidenceKind.STATISTICS, "");
        assertThat(vm.setEvidence("S3-1", List.of(e))).isEmpty();
        assertThat(fixture.storedPlan().measure("S3-1").orElseThrow().evidence()).containsExactly(e);
        // An indicator without a name breaks the plan's rules: refused by the editor, plan kept.
        Plan stored = fixture.storedPlan();
        Indicator unnamed = new Indicator(IndicatorKind.KGI, null, "", "", "", null);
        assertThat(vm.setIndicators("S3-1", List.of(unnamed))).isPresent();
        assertThat(fixture.storedPlan()).isEqualTo(stored);
    }

    @Test
    void groupsAndPillarsAreRenamedAndMoved() throws Exception {
        assertThat(vm.rename(TreeKey.group("S2"), "支援策②：窓口改革")).isEmpty();
        assertThat(vm.rename(TreeKey.pillar("people"), "人材")).isEmpty();
        assertThat(vm.setGroupPillar("S2", "people")).isEmpty();
        Plan p = fixture.storedPlan();
        assertThat(p.group("S2").orElseThrow().title()).isEqualTo("支援策②：窓口改革");
        assertThat(p.group("S2").orElseThrow().pillar()).isEqualTo("people");
        assertThat(p.pillars().get(0).name()).isEqualTo("人材");
        assertThat(vm.rename(TreeKey.pillar("people"), "")).contains("名称を入力してください。");
    }
}
