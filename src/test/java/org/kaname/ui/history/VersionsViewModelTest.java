package org.kaname.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.RankedMeasure;
import org.kaname.service.VersionRef;
import org.kaname.ui.history.ComparisonRows.MovementRow;

/** Saving versions and comparing them, without a screen, on the sample plan. */
class VersionsViewModelTest {
    @TempDir
    Path dir;
    HistoryFixture f;
    int journalChanges;

    @BeforeEach
    void open() throws Exception {
        f = new HistoryFixture(dir, Locale.JAPANESE);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private VersionsViewModel vm() {
        return new VersionsViewModel(f.context, () -> journalChanges++);
    }

    @Test
    void proposesTheFiscalYearWithItsEraAndTheDate() {
        VersionsViewModel vm = vm();
        assertThat(vm.proposedName(LocalDate.of(2026, 11, 2))).isEqualTo("2026年度（令和8年度）11月2日時点");
        // January to March belong to the fiscal year that began the April before.
        assertThat(vm.proposedName(LocalDate.of(2027, 3, 31))).isEqualTo("2026年度（令和8年度）3月31日時点");
        assertThat(vm.proposedName(LocalDate.of(2019, 5, 1))).isEqualTo("2019年度（令和元年度）5月1日時点");
    }

    @Test
    void savesAVersionUnderTheNameGivenAndListsItNewestFirst() throws Exception {
        VersionsViewModel vm = vm();
        assertThat(vm.versions()).isEmpty();
        assertThat(vm.sides()).extracting(SideChoice::label).containsExactly("現在");
        f.screen.dialogs.promptAnswers.add("2026年度（令和8年度）部長会議提出版");
        vm.saveVersion();
        assertThat(f.screen.dialogs.prompts).singleElement().asString().contains("この版を保存");
        vm.saveVersion("議会説明版");
        assertThat(vm.versions()).extracting(VersionRow::number).containsExactly(2, 1);
        assertThat(vm.versions()).extracting(VersionRow::name).containsExactly("議会説明版",
                "2026年度（令和8年度）部長会議提出版");
        assertThat(vm.versions().get(0).user()).isEqualTo(f.context.users().current());
        assertThat(vm.versions().get(0).time()).matches("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}");
        assertThat(vm.messageProperty().get()).isEqualTo("版 2「議会説明版」を保存しました。");
        assertThat(vm.sides()).extracting(SideChoice::label).containsExactly("現在", "版 2「議会説明版」",
                "版 1「2026年度（令和8年度）部長会議提出版」");
        assertThat(journalChanges).isEqualTo(2);
        assertThat(f.context.versions().versions(f.context.planId())).hasSize(2);
    }

    @Test
    void anEmptyOrCancelledNameSavesNothing() throws Exception {
        VersionsViewModel vm = vm();
        vm.saveVersion(); // the prompt is cancelled
        vm.saveVersion("   ");
        assertThat(vm.messageProperty().get()).isEqualTo("版の名前を入力してください。何も保存していません。");
        vm.saveVersion("版".repeat(201));
        assertThat(vm.messageProperty().get()).contains("200 文字以内");
        assertThat(f.context.versions().versions(f.context.planId())).isEmpty();
        assertThat(vm.versions()).isEmpty();
    }

    @Test
    void comparingVersionOneWithNowShowsTheMovedMeasureWithArrowText() throws Exception {
        VersionsViewModel vm = vm();
        vm.saveVersion("当初案");
        RankedMeasure last = f.lastRanked();
        int rankBefore = last.rank().getAsInt();
        f.scoreTop(last.measureId());
        int rankAfter = new org.kaname.engine.RankingService().rank(f.plan()).find(last.measureId()).orElseThrow()
                .rank().getAsInt();
        assertThat(rankAfter).isLessThan(rankBefore);

        // The newest version against now is proposed; compare it.
        assertThat(vm.sideAProperty().get().ref()).isEqualTo(VersionRef.of(1));
        assertThat(vm.sideBProperty().get().ref()).isEqualTo(VersionRef.CURRENT);
        vm.compare();
        ComparisonRows rows = vm.resultProperty().get();
        assertThat(rows).isNotNull();
        MovementRow moved = rows.ranking().stream().filter(r -> r.measureId().equals(last.measureId())).findFirst()
                .orElseThrow();
        int places = rankBefore - rankAfter;
        assertThat(moved.move()).isEqualTo(Move.UP);
        assertThat(moved.moveText()).isEqualTo("↑" + places);
        assertThat(moved.moveSpoken()).isEqualTo(places + " 位上がった");
        assertThat(moved.rank()).isEqualTo(rankBefore + " → " + rankAfter);
        assertThat(moved.changed()).isTrue();
        // Someone moved down to make room, and says so in words.
        assertThat(rows.ranking()).anySatisfy(r -> assertThat(r.moveText()).startsWith("↓"));
        assertThat(rows.scores()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.measure()).startsWith(last.measureId());
            assertThat(s.changedBy()).isEqualTo(f.context.users().current());
        });
        assertThat(rows.summary()).startsWith("版 1「当初案」 → 現在: 順位が変わった施策");
        assertThat(vm.compareMessageProperty().get()).isEqualTo(rows.summary());

        // The other way round the same measure moves down.
        vm.sideAProperty().set(vm.sides().get(0));
        vm.sideBProperty().set(vm.sides().get(1));
        vm.compare();
        MovementRow back = vm.resultProperty().get().ranking().stream()
                .filter(r -> r.measureId().equals(last.measureId())).findFirst().orElseThrow();
        assertThat(back.moveText()).isEqualTo("↓" + places);
    }

    @Test
    void aVersionComparedWithItselfHasNoDifference() throws Exception {
        VersionsViewModel vm = vm();
        vm.saveVersion("当初案");
        vm.compareSelectedWithNow();
        assertThat(vm.resultProperty().get().summary()).isEqualTo("版 1「当初案」 と 現在 に違いはありません。");
        assertThat(vm.resultProperty().get().ranking()).allSatisfy(r -> {
            assertThat(r.moveText()).isIn("―", "未評価");
            assertThat(r.changed()).isFalse();
        });
    }

    @Test
    void movementWordsForNewRemovedAndSame() {
        org.kaname.i18n.Messages ja = org.kaname.i18n.Messages.of(HistoryContext.BUNDLE, Locale.JAPANESE);
        assertThat(ComparisonRows.movement(new org.kaname.engine.compare.RankMovement("M9", "新施策", null, 3, null,
                70.0, null, "A"), ja)).satisfies(r -> {
                    assertThat(r.moveText()).isEqualTo("新規");
                    assertThat(r.rank()).isEqualTo("— → 3");
                    assertThat(r.tier()).isEqualTo("— → A");
                });
        assertThat(ComparisonRows.movement(new org.kaname.engine.compare.RankMovement("M1", "旧施策", 2, null, 80.0,
                null, "S", null), ja).moveText()).isEqualTo("削除");
        assertThat(ComparisonRows.movement(new org.kaname.engine.compare.RankMovement("M2", "施策", 4, 4, 60.0,
                60.0, "B", "B"), ja)).satisfies(r -> {
                    assertThat(r.moveText()).isEqualTo("―");
                    assertThat(r.score()).isEqualTo("60.00 → 60.00");
                });
        org.kaname.i18n.Messages en = org.kaname.i18n.Messages.of(HistoryContext.BUNDLE, Locale.ENGLISH);
        assertThat(ComparisonRows.movement(new org.kaname.engine.compare.RankMovement("M2", "x", 5, 2, 60.0, 70.0,
                "B", "A"), en).moveSpoken()).isEqualTo("up 3 places");
        // The engine's 未評価 in the UI language; the plan's own tier names as written.
        assertThat(ComparisonRows.movement(new org.kaname.engine.compare.RankMovement("M3", "y", 2, null, 70.0, null,
                "A", "未評価"), en)).satisfies(r -> {
                    assertThat(r.moveText()).isEqualTo("Now unscored");
                    assertThat(r.tier()).isEqualTo("A → Not scored");
                });
        assertThat(ComparisonRows.movement(new org.kaname.engine.compare.RankMovement("M3", "y", 2, null, 70.0, null,
                "A", "未評価"), ja).tier()).isEqualTo("A → 未評価");
    }
}
