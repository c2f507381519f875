package org.kaname.ui.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaname.ui.sheets.Workbooks.cell;
import static org.kaname.ui.sheets.Workbooks.edit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.task.CurrentThreadTaskExecutor;
import org.kaname.edit.RemoveRater;

/**
 * The app's score-sheet flows on the sample plan (raters r1 企画課, r2 情報政策課, r3 人事課; 10 measures × 5
 * criteria, all 150 scores given; r1 gave S1-1 speed 3, feasibility 3, cost 5), with sheets really written and
 * filled with POI, and choosers and dialogs answered by a fake.
 */
class ScoreSheetActionsTest {
    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    @TempDir
    Path dir;
    ScreenFixture f;
    FakeSheets fake;
    ScoreSheetActions actions;
    Path out;

    @BeforeEach
    void open() throws Exception {
        f = new ScreenFixture(dir.resolve("data"), Locale.JAPANESE);
        fake = new FakeSheets();
        actions = new ScoreSheetActions(f.editor, new CurrentThreadTaskExecutor(), f.dialogs, Locale.JAPANESE,
                f.statusMessages::add, fake, fake, Clock.fixed(NOW, ZoneOffset.UTC));
        out = dir.resolve("配布");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Path writeSheetOf(String rater) {
        fake.export = m -> {
            m.raters().forEach(c -> c.selectedProperty().set(c.rater().id().equals(rater)));
            return m.request();
        };
        fake.folders.add(out);
        actions.exportSheets();
        return out.resolve("採点表_" + rater + "_" + f.editor.plan().raters().stream()
                .filter(r -> r.id().equals(rater)).findFirst().orElseThrow().name() + ".xlsx");
    }

    private static Optional<Double> score(Plan plan, String measure, String criterion, String rater) {
        return plan.scores().stream()
                .filter(s -> s.measure().equals(measure) && s.criterion().equals(criterion) && s.rater().equals(rater))
                .map(Score::value).findFirst();
    }

    private void collect(Path file, CollectDecision decision) {
        fake.fileChoices.add(List.of(file));
        fake.decisions.add(decision);
        actions.collectSheets();
    }

    @Test
    void exportWritesOneWorkbookPerTickedRaterAndListsTheFiles() throws Exception {
        fake.export = m -> {
            assertThat(m.selected()).as("every rater ticked at first").hasSize(3);
            m.raters().get(1).selectedProperty().set(false);
            return m.request();
        };
        fake.folders.add(out);
        actions.exportSheets();

        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("採点表_r1_企画課.xlsx", "採点表_r3_人事課.xlsx");
        }
        assertThat(fake.infos).singleElement().asString()
                .contains("2 件", "採点表_r1_企画課.xlsx", "採点表_r3_人事課.xlsx").doesNotContain("r2");
        assertThat(fake.progress).last().isEqualTo(1.0);
        assertThat(fake.busyClosed).isEqualTo(fake.busyOpened).isEqualTo(1);
        assertThat(f.dialogs.errors).isEmpty();
    }

    @Test
    void aDepartmentWorkbookHoldsAnEntrySheetPerRaterAndNeedsAName() throws Exception {
        fake.export = m -> {
            m.modeProperty().set(ExportRequest.Mode.DEPARTMENT);
            assertThat(m.request()).as("no department name yet").isEmpty();
            assertThat(m.problem().get()).contains("部署名");
            m.departmentProperty().set("政策企画部");
            return m.request();
        };
        fake.folders.add(out);
        actions.exportSheets();

        Path workbook = out.resolve("採点表_政策企画部.xlsx");
        assertThat(workbook).exists();
        assertThat(Workbooks.sheetNames(workbook)).contains("記入_企画課", "記入_情報政策課", "記入_人事課");
    }

    @Test
    void anExistingFileIsOverwrittenOnlyAfterConfirmation() throws Exception {
        Path file = writeSheetOf("r1");
        Files.writeString(file, "old");
        f.dialogs.answer = false;
        writeSheetOf("r1");
        assertThat(f.dialogs.confirmations).singleElement().asString().contains("採点表_r1_企画課.xlsx");
        assertThat(Files.readString(file)).isEqualTo("old");
    }

    @Test
    void aValidSheetIsStoredThroughTheEditorAsOneUndoStep() throws Exception {
        Path file = writeSheetOf("r1");
        edit(file, wb -> {
            cell(wb.getSheet("記入"), "G4").setCellValue(1);
            cell(wb.getSheet("記入"), "H4").setCellValue("再検討の結果、効果は遅い");
            cell(wb.getSheet("記入"), "G6").setBlank();
            cell(wb.getSheet("記入"), "H6").setBlank();
        });
        collect(file, CollectDecision.IMPORT_ALL);

        CollectModel seen = fake.reviewed.get(0);
        assertThat(seen.problems()).isEmpty();
        assertThat(seen.canImportAll()).isTrue();
        assertThat(seen.canImportValid()).isFalse();
        Plan plan = f.editor.plan();
        assertThat(score(plan, "S1-1", "speed", "r1")).contains(1.0);
        assertThat(score(plan, "S1-1", "cost", "r1")).as("emptied cell removes the score").isEmpty();
        assertThat(plan.scores()).hasSize(149);
        assertThat(f.storedPlan()).as("store and editor agree").isEqualTo(plan);
        assertThat(f.editor.undoDescription()).contains("採点表を回収: 採点表_r1_企画課.xlsx");
        assertThat(fake.infos).last().asString().contains("変更 1 件", "削除 1 件", "変更なし 48 件");

        f.editor.undo();
        assertThat(score(f.editor.plan(), "S1-1", "speed", "r1")).contains(3.0);
        assertThat(score(f.storedPlan(), "S1-1", "cost", "r1")).contains(5.0);
        assertThat(f.editor.canUndo()).as("the whole import was one step").isFalse();
    }

    @Test
    void aFileWithABadValueIsRejectedUnlessTheValidRowsAreAccepted() throws Exception {
        Path file = writeSheetOf("r1");
        edit(file, wb -> {
            cell(wb.getSheet("記入"), "G4").setCellValue(8);
            cell(wb.getSheet("記入"), "G5").setCellValue(1);
        });
        Plan before = f.editor.plan();

        collect(file, CollectDecision.CANCEL);
        CollectModel seen = fake.reviewed.get(0);
        assertThat(seen.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("記入");
            assertThat(p.cell()).isEqualTo("G4");
            assertThat(p.reason()).contains("8", "1〜5");
        });
        assertThat(seen.files()).singleElement().satisfies(r -> {
            assertThat(r.clean()).isFalse();
            assertThat(r.validRows()).isEqualTo(49);
        });
        assertThat(seen.canImportAll()).isFalse();
        assertThat(seen.canImportValid()).isTrue();
        assertThat(seen.warning()).contains("49 件");
        assertThat(f.editor.plan()).isSameAs(before);

        // A decision the dialog would not allow (its button is disabled) changes nothing either.
        collect(file, CollectDecision.IMPORT_ALL);
        assertThat(f.editor.plan()).isSameAs(before);
        assertThat(f.editor.canUndo()).isFalse();

        collect(file, CollectDecision.IMPORT_VALID);
        Plan after = f.editor.plan();
        assertThat(score(after, "S1-1", "feasibility", "r1")).contains(1.0);
        assertThat(score(after, "S1-1", "speed", "r1")).as("the bad cell keeps its score").contains(3.0);
        assertThat(f.storedPlan()).isEqualTo(after);
    }

    @Test
    void collectingTheSameSheetAgainReplacesAndNeverDuplicates() throws Exception {
        Path file = writeSheetOf("r2");
        edit(file, wb -> cell(wb.getSheet("記入"), "G4").setCellValue(5));
        collect(file, CollectDecision.IMPORT_ALL);
        collect(file, CollectDecision.IMPORT_ALL);

        Plan plan = f.editor.plan();
        assertThat(plan.scores()).hasSize(150);
        assertThat(plan.scores().stream().filter(s -> s.measure().equals("S1-1") && s.criterion().equals("speed")
                && s.rater().equals("r2"))).singleElement().extracting(Score::value).isEqualTo(5.0);
        assertThat(fake.infos).last().asString().contains("追加 0 件", "変更 0 件", "変更なし 50 件");
    }

    @Test
    void twoFilesForTheSameRaterInOneCollectionLeaveNothingToImport() throws Exception {
        Path file = writeSheetOf("r1");
        Path copy = Files.copy(file, out.resolve("コピー.xlsx"));
        fake.fileChoices.add(List.of(file, copy));
        fake.decisions.add(CollectDecision.IMPORT_VALID);
        actions.collectSheets();

        CollectModel seen = fake.reviewed.get(0);
        assertThat(seen.problems()).hasSize(2).allSatisfy(p -> assertThat(p.reason()).contains("r1"));
        assertThat(seen.canImportAll()).isFalse();
        assertThat(seen.canImportValid()).isFalse();
        assertThat(seen.warning()).contains("取り込める行がありません");
        assertThat(f.editor.canUndo()).isFalse();
    }

    @Test
    void aFolderIsCollectedWholeAndStoredInOneStep() throws Exception {
        Path r1 = writeSheetOf("r1");
        Path r3 = writeSheetOf("r3");
        edit(r1, wb -> cell(wb.getSheet("記入"), "G4").setCellValue(2));
        edit(r3, wb -> cell(wb.getSheet("記入"), "G4").setCellValue(2));
        fake.folders.add(out);
        fake.decisions.add(CollectDecision.IMPORT_ALL);
        actions.collectFolder();

        assertThat(fake.reviewed.get(0).files()).extracting(FileRow::file)
                .containsExactly("採点表_r1_企画課.xlsx", "採点表_r3_人事課.xlsx");
        assertThat(score(f.editor.plan(), "S1-1", "speed", "r1")).contains(2.0);
        assertThat(score(f.editor.plan(), "S1-1", "speed", "r3")).contains(2.0);
        f.editor.undo();
        assertThat(score(f.editor.plan(), "S1-1", "speed", "r1")).contains(3.0);
        assertThat(score(f.editor.plan(), "S1-1", "speed", "r3")).contains(4.0);
    }

    @Test
    void aPlanChangedAfterTheCheckIsNotWrittenTo() throws Exception {
        Path file = writeSheetOf("r1");
        edit(file, wb -> cell(wb.getSheet("記入"), "G4").setCellValue(1));
        fake.fileChoices.add(List.of(file));
        fake.decisions.add(CollectDecision.CANCEL);
        actions.collectSheets();
        var report = fake.reviewed.get(0).report();
        f.editor.apply(new RemoveRater("r1"));
        Plan changed = f.editor.plan();

        assertThat(actions.store(report, false, "回収")).isEmpty();
        assertThat(f.dialogs.errors).singleElement().asString().contains("もう一度回収");
        assertThat(f.editor.plan()).isSameAs(changed);
    }

    @Test
    void oneRatersScoresGoOutAsAScoreFileAndComeBackWithTheSameChecks() throws Exception {
        Path json = dir.resolve("r2.json");
        fake.raterId = "r2";
        fake.jsonToSave = json;
        actions.exportScoresJson();
        assertThat(fake.proposedJsonName).isEqualTo("評点_r2_情報政策課.json");
        assertThat(fake.infos).last().asString().contains("情報政策課", "50 件");
        String text = Files.readString(json);
        assertThat(text).contains("\"kaname-scores\"", "\"id\" : \"r2\"");

        // The first entry (S1-1 × speed) set to 1, the second to an out-of-scale 9.
        String first = "\"value\" : 3";
        int at = text.indexOf(first);
        String changed = text.substring(0, at) + "\"value\" : 1" + text.substring(at + first.length());
        int second = changed.indexOf("\"value\" : 4", at);
        changed = changed.substring(0, second) + "\"value\" : 9" + changed.substring(second + 11);
        Files.writeString(json, changed);
        fake.jsonToOpen = json;
        fake.decisions.add(CollectDecision.IMPORT_VALID);
        actions.importScoresJson();

        CollectModel seen = fake.reviewed.get(0);
        assertThat(seen.problems()).singleElement().satisfies(p -> {
            assertThat(p.cell()).isEqualTo("/scores/1/value");
            assertThat(p.reason()).contains("9");
        });
        assertThat(score(f.editor.plan(), "S1-1", "speed", "r2")).contains(1.0);
        assertThat(score(f.editor.plan(), "S1-1", "feasibility", "r2")).contains(4.0);
    }

    @Test
    void aPlanTooBigForOneWorksheetIsRefusedWithTheReasonBeforeAnyDialogOrFile() throws Exception {
        org.kaname.model.Plan sample = f.editor.plan();
        java.util.List<org.kaname.model.Criterion> criteria = new java.util.ArrayList<>(sample.criteria());
        for (int i = 0; i < 100; i++) {
            criteria.add(new org.kaname.model.Criterion("extra" + i, "追加基準" + i, "", 1,
                    org.kaname.model.Direction.BENEFIT, org.kaname.model.Scale.DEFAULT));
        }
        java.util.List<org.kaname.model.Measure> measures = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            measures.add(org.kaname.model.Measure.of("M" + i, null, "施策" + i));
        }
        org.kaname.model.Plan big = sample.withCriteria(criteria)
                .withStructure(sample.pillars(), sample.groups(), measures).withScores(java.util.List.of());
        long id = f.services.plans().create(big);
        ScoreSheetActions onBig = new ScoreSheetActions(
                f.services.editor(id, f.services.plans().open(id).plan(), Runnable::run),
                new CurrentThreadTaskExecutor(), f.dialogs, Locale.JAPANESE, f.statusMessages::add, fake, fake,
                Clock.fixed(NOW, ZoneOffset.UTC));
        fake.folders.add(out);

        onBig.exportSheets();

        // 10,000 measures × 105 criteria = 1,050,000 rows: more than a worksheet's 1,048,576.
        assertThat(f.dialogs.errors).singleElement().asString().contains("10,000", "105", "1 枚のシートに収まりません");
        assertThat(fake.folders).as("no folder was asked for").containsExactly(out);
        assertThat(out).doesNotExist();
    }

    @Test
    void aPlanWithoutRatersGetsAReasonInsteadOfADialog() throws Exception {
        for (org.kaname.model.Rater r : f.editor.plan().raters()) {
            f.editor.apply(new RemoveRater(r.id()));
        }
        actions.exportSheets();
        actions.exportScoresJson();
        assertThat(f.dialogs.errors).hasSize(2).allSatisfy(e -> assertThat(e).contains("評価者がいません"));
    }

    @Test
    void stoppingAReadShowsNoErrorAndStoresNothing() throws Exception {
        Path file = writeSheetOf("r1");
        java.util.List<java.util.function.Consumer<Throwable>> failures = new java.util.ArrayList<>();
        boolean[] handleCancelled = {false};
        org.kaname.ui.task.TaskExecutor later = new org.kaname.ui.task.TaskExecutor() {
            @Override
            public <T> Handle submit(Work<T> work, java.util.function.Consumer<T> onSuccess,
                                     java.util.function.Consumer<Throwable> onFailure,
                                     java.util.function.DoubleConsumer onProgress) {
                failures.add(onFailure);
                return () -> handleCancelled[0] = true;
            }
        };
        ScoreSheetActions slow = new ScoreSheetActions(f.editor, later, f.dialogs, Locale.JAPANESE,
                f.statusMessages::add, fake, fake, Clock.fixed(NOW, ZoneOffset.UTC));
        fake.fileChoices.add(List.of(file));
        slow.collectSheets();
        fake.stop.run();
        failures.get(0).accept(new java.nio.channels.ClosedByInterruptException());

        assertThat(handleCancelled[0]).isTrue();
        assertThat(f.dialogs.errors).isEmpty();
        assertThat(fake.reviewed).isEmpty();
        assertThat(f.statusMessages).last().asString().contains("中止しました");
    }

    @Test
    void aFailedReadIsShownWithItsReason() throws Exception {
        fake.fileChoices.add(List.of(dir.resolve("ない.xlsx")));
        actions.collectSheets();
        assertThat(f.dialogs.errors).singleElement().asString().contains("ない.xlsx");
        assertThat(fake.reviewed).isEmpty();
    }
}
