package org.kaname.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.TestEdits;
import org.kaname.edit.Cell;
import org.kaname.edit.OpenRound;
import org.kaname.edit.RevealRound;
import org.kaname.edit.ScoreEdits;
import org.kaname.edit.SetScale;

/** The scoring view model on the sample plan (3 raters r1–r3, 10 measures, 5 criteria on 1–5), without a screen. */
class ScoringViewModelTest {
    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

    @TempDir
    Path dir;
    ScreenFixture fixture;
    ScoringViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        vm = new ScoringViewModel(fixture.editor, fixture.dialogs, fixture.context.status(),
                Messages.of("org.kaname.ui.scoring.messages", Locale.JAPANESE), () -> NOW);
    }

    @AfterEach
    void tearDown() {
        vm.dispose();
        fixture.close();
    }

    private static Score score(Plan plan, String measure, String criterion, String rater) {
        return ScoreEdits.find(plan, new Cell(measure, criterion, rater)).orElse(null);
    }

    @Test
    void whileAWorkshopRoundIsOpenTheScreenSaysSoAndWhereItsScoresGo() throws Exception {
        assertThat(vm.roundNoticeProperty().get()).isEmpty();
        fixture.editor.apply(new OpenRound("", List.of("S1-1"), List.of("r1"), false, false, NOW));
        assertThat(vm.roundNoticeProperty().get()).startsWith("第1回のラウンドを実施中です").contains("Ctrl+8");
        fixture.editor.apply(new RevealRound(1, NOW));
        assertThat(vm.roundNoticeProperty().get()).isEmpty();
        fixture.editor.undo();
        assertThat(vm.roundNoticeProperty().get()).startsWith("第1回");
    }

    @Test
    void rowsAreTheMeasuresGroupedBySupportMeasureWithTheFirstOfEachGroupMarked() {
        assertThat(vm.rows()).hasSize(10);
        assertThat(vm.rows()).filteredOn(ScoringRow::firstOfGroup).extracting(ScoringRow::measureId)
                .containsExactly("S1-1", "S2-1", "S3-1");
        assertThat(vm.rows().get(0).groupTitle()).startsWith("支援策①");
        assertThat(vm.criteria()).extracting(Criterion::id)
                .containsExactly("speed", "feasibility", "cost", "fairness", "evidence");
        assertThat(vm.selectedRaterIdProperty().get()).isEqualTo("r1");
    }

    @Test
    void aTypedDigitIsOneSavedEditThatKeepsTheNoteAndStampsTheTime() throws Exception {
        String note = score(fixture.editor.plan(), "S1-1", "speed", "r1").note();
        assertThat(vm.cell("S1-1", "speed").text()).isEqualTo("3");

        assertThat(vm.typeDigit("S1-1", "speed", 2)).isTrue();

        Score stored = score(fixture.storedPlan(), "S1-1", "speed", "r1");
        assertThat(stored.value()).isEqualTo(2.0);
        assertThat(stored.note()).isEqualTo(note).isNotEmpty();
        assertThat(stored.time()).isEqualTo(NOW);
        assertThat(vm.cell("S1-1", "speed").text()).isEqualTo("2");
        // Other raters untouched.
        assertThat(score(fixture.storedPlan(), "S1-1", "speed", "r3").value()).isEqualTo(4.0);
        assertThat(fixture.editor.undoDescription()).hasValueSatisfying(d -> assertThat(d).contains("評価を 2 に変更"));

        fixture.editor.undo();
        assertThat(vm.cell("S1-1", "speed").text()).isEqualTo("3");
        assertThat(fixture.editor.canUndo()).isFalse();
    }

    @Test
    void aValueOutsideTheScaleIsRefusedWithAMessageAndNothingChanges() throws Exception {
        Plan before = fixture.editor.plan();

        assertThat(vm.typeDigit("S1-1", "speed", 7)).isFalse();
        assertThat(vm.typeDigit("S1-1", "speed", 0)).isFalse();

        assertThat(fixture.editor.plan()).isSameAs(before);
        assertThat(fixture.statusMessages).hasSize(2);
        assertThat(fixture.statusMessages.get(0)).contains("7", "即効性・波及効果", "1〜5");
    }

    @Test
    void digitsTypedInOneCellFormOneNumberOnlyWhenItIsOnTheScale() throws Exception {
        // On 1–5, "3" then "4" is 4 (34 is off the scale).
        vm.typeDigit("S1-1", "speed", 3);
        vm.typeDigit("S1-1", "speed", 4);
        assertThat(score(fixture.editor.plan(), "S1-1", "speed", "r1").value()).isEqualTo(4.0);

        // On a 0–10 criterion, "1" then "0" is 10; a third digit starts again.
        fixture.editor.apply(new SetScale(fixture.editor.plan().criteria().get(1).id(), 0, 10));
        vm.focus("S1-2", "feasibility");
        vm.typeDigit("S1-2", "feasibility", 1);
        vm.typeDigit("S1-2", "feasibility", 0);
        assertThat(score(fixture.storedPlan(), "S1-2", "feasibility", "r1").value()).isEqualTo(10.0);
        vm.typeDigit("S1-2", "feasibility", 5);
        assertThat(score(fixture.storedPlan(), "S1-2", "feasibility", "r1").value()).isEqualTo(5.0);

        // Moving away ends the number: "1" in another cell, back, "0" is 0, not 10.
        vm.typeDigit("S1-2", "feasibility", 1);
        vm.focus("S1-3", "feasibility");
        vm.focus("S1-2", "feasibility");
        vm.typeDigit("S1-2", "feasibility", 0);
        assertThat(score(fixture.storedPlan(), "S1-2", "feasibility", "r1").value()).isEqualTo(0.0);
    }

    @Test
    void clearRemovesTheChosenRatersScoreOnly() throws Exception {
        int count = fixture.editor.plan().scores().size();

        assertThat(vm.clear("S2-1", "cost")).isTrue();

        Plan stored = fixture.storedPlan();
        assertThat(stored.scores()).hasSize(count - 1);
        assertThat(score(stored, "S2-1", "cost", "r1")).isNull();
        assertThat(score(stored, "S2-1", "cost", "r2")).isNotNull();
        assertThat(vm.cell("S2-1", "cost").isEmpty()).isTrue();
        assertThat(vm.clear("S2-1", "cost")).as("nothing left to clear").isFalse();
    }

    @Test
    void theConsensusViewShowsMeanAndSpreadAndRefusesInput() {
        vm.consensusProperty().set(true);

        // S1-1 × speed: 3, 3, 4 → mean 3.33, SD √(1/3) = 0.58.
        ScoreCell cell = vm.cell("S1-1", "speed");
        assertThat(cell.text()).isEqualTo("3.33");
        assertThat(cell.detail()).isEqualTo("3〜4・SD 0.58・3名");
        assertThat(cell.disagreement()).isFalse();

        Plan before = fixture.editor.plan();
        assertThat(vm.typeDigit("S1-1", "speed", 5)).isFalse();
        assertThat(vm.clear("S1-1", "speed")).isFalse();
        assertThat(fixture.editor.plan()).isSameAs(before);
        assertThat(fixture.statusMessages).isNotEmpty().allSatisfy(m -> assertThat(m).contains("合意表示"));
    }

    @Test
    void aCellWhereRatersDisagreeStronglyIsMarkedInBothViews() {
        assertThat(vm.cell("S1-1", "speed").disagreement()).isFalse();

        vm.setValue("S1-1", "speed", 1); // 1, 3, 4: range 3

        assertThat(vm.cell("S1-1", "speed").disagreement()).isTrue();
        assertThat(vm.cell("S1-1", "speed").description()).contains("分かれて");
        vm.consensusProperty().set(true);
        assertThat(vm.cell("S1-1", "speed").disagreement()).isTrue();
        assertThat(vm.cell("S1-1", "speed").text()).isEqualTo("2.67");
    }

    @Test
    void theFocusedCellShowsItsCriterionLevelsWithTheValueMarkedAndEveryRatersValue() {
        vm.focus("S1-1", "speed");

        CellDetails d = vm.detailsProperty().get();
        assertThat(d.criterionName()).isEqualTo("即効性・波及効果");
        assertThat(d.levels()).extracting(CellDetails.Level::value).containsExactly(1, 2, 3, 4, 5);
        assertThat(d.levels()).filteredOn(CellDetails.Level::current).singleElement()
                .satisfies(l -> {
                    assertThat(l.value()).isEqualTo(3);
                    assertThat(l.text()).startsWith("中期的に効果が現れ");
                });
        assertThat(d.raterValues()).extracting(CellDetails.RaterValue::raterName, CellDetails.RaterValue::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("企画課", "3"),
                        org.assertj.core.groups.Tuple.tuple("情報政策課", "3"),
                        org.assertj.core.groups.Tuple.tuple("人事課", "4"));
        assertThat(d.canEditNote()).isTrue();

        vm.typeDigit("S1-1", "speed", 5);
        assertThat(vm.detailsProperty().get().levels()).filteredOn(CellDetails.Level::current)
                .extracting(CellDetails.Level::value).containsExactly(5);

        vm.selectedRaterIdProperty().set("r3");
        assertThat(vm.detailsProperty().get().levels()).filteredOn(CellDetails.Level::current)
                .extracting(CellDetails.Level::value).containsExactly(4);

        vm.focus(null, null);
        assertThat(vm.detailsProperty().get()).isNull();
    }

    @Test
    void aNoteIsSavedOnAScoredCellKeepingValueAndTime() throws Exception {
        Score before = score(fixture.editor.plan(), "S3-2", "cost", "r1");

        assertThat(vm.saveNote("S3-2", "cost", "  窓口の待ち時間が減る  ")).isTrue();

        Score after = score(fixture.storedPlan(), "S3-2", "cost", "r1");
        assertThat(after.note()).isEqualTo("窓口の待ち時間が減る");
        assertThat(after.value()).isEqualTo(before.value());
        assertThat(after.time()).isEqualTo(before.time());

        vm.clear("S3-2", "cost");
        assertThat(vm.saveNote("S3-2", "cost", "x")).isFalse();
        assertThat(fixture.statusMessages).last().asString().contains("先に評点を入力");
    }

    @Test
    void ratersCanBeAddedRenamedAndTheirNamesMustBeGivenAndUnique() throws Exception {
        assertThat(vm.addRater("  ")).isFalse();
        assertThat(vm.addRater("企画課")).isFalse();
        assertThat(fixture.statusMessages).hasSize(2);

        assertThat(vm.addRater("財政課")).isTrue();

        assertThat(fixture.storedPlan().raters()).last()
                .satisfies(r -> assertThat(r.id()).isEqualTo("r4"))
                .satisfies(r -> assertThat(r.name()).isEqualTo("財政課"));
        assertThat(vm.selectedRaterIdProperty().get()).isEqualTo("r4");
        assertThat(vm.cell("S1-1", "speed").isEmpty()).as("the new rater has not scored yet").isTrue();
        vm.typeDigit("S1-1", "speed", 5);
        assertThat(score(fixture.storedPlan(), "S1-1", "speed", "r4").value()).isEqualTo(5.0);

        assertThat(vm.renameSelectedRater("財政課（予算係）")).isTrue();
        assertThat(fixture.storedPlan().raters()).extracting(org.kaname.model.Rater::name)
                .containsExactly("企画課", "情報政策課", "人事課", "財政課（予算係）");
    }

    @Test
    void removingARaterAsksFirstAndRemovesTheirScoresInOneUndoableEdit() throws Exception {
        Plan original = fixture.editor.plan();
        vm.selectedRaterIdProperty().set("r2");

        fixture.dialogs.answer = false;
        assertThat(vm.removeSelectedRater()).isFalse();
        assertThat(fixture.editor.plan()).isSameAs(original);
        assertThat(fixture.dialogs.confirmations).singleElement().asString().contains("情報政策課", "50");

        fixture.dialogs.answer = true;
        assertThat(vm.removeSelectedRater()).isTrue();
        Plan stored = fixture.storedPlan();
        assertThat(stored.raters()).extracting(org.kaname.model.Rater::id).containsExactly("r1", "r3");
        assertThat(stored.scores()).hasSize(100).noneMatch(s -> s.rater().equals("r2"));
        assertThat(vm.selectedRaterIdProperty().get()).as("falls back to the first rater").isEqualTo("r1");

        fixture.editor.undo();
        TestEdits.assertSameContent(fixture.editor.plan(), original);
        assertThat(vm.raters()).hasSize(3);
    }
}
