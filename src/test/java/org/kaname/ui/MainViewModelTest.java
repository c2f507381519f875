package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.RenamePlan;
import org.kaname.service.Services;
import org.kaname.store.PlanSummary;
import org.kaname.ui.task.CurrentThreadTaskExecutor;

/** The main window's logic without a screen: everything runs synchronously on the test thread. */
class MainViewModelTest {
    @TempDir
    Path dir;
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    MainViewModel vm;

    @BeforeEach
    void open() throws Exception {
        services = Services.open(dir.resolve("data"), Locale.JAPANESE);
        vm = new MainViewModel(services.plans(), new CurrentThreadTaskExecutor(), Runnable::run, Runnable::run,
                dialogs, Locale.JAPANESE);
        vm.refreshPlans();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void opensTheFirstPlanAndSavesEditsAtOnce() throws Exception {
        assertThat(vm.editorProperty().get()).isNotNull();
        assertThat(vm.apply(new RenamePlan("改題"))).isTrue();
        assertThat(vm.saveStateProperty().get()).isEqualTo(MainViewModel.SaveState.SAVED);
        assertThat(vm.statusProperty().get()).isEqualTo("保存済み");
        assertThat(services.plans().open(vm.editorProperty().get().planId()).plan().title()).isEqualTo("改題");
        assertThat(vm.planList()).extracting(PlanSummary::title).containsExactly("改題");
        assertThat(vm.undoTextProperty().get()).isEqualTo("計画名を「改題」に変更");
        vm.undo();
        assertThat(services.plans().plans().get(0).title()).contains("情報化推進リーダー");
        vm.redo();
        assertThat(services.plans().plans().get(0).title()).isEqualTo("改題");
    }

    @Test
    void writesTheEvaluationSheetsOfTheYearTypedAndRefusesAYearOutsideThePlan() throws Exception {
        // The sample plan runs from 2026 to 2030年度 and has no actuals: its first year is offered.
        assertThat(vm.evaluationYearDefault()).hasValue(2026);
        assertThat(vm.evaluationYear("２０２７年度")).hasValue(2027);
        assertThat(vm.evaluationYear("2031")).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().contains("「2031」").contains("2026年度（令和8年度）")
                .contains("2030年度（令和12年度）");
        Path pdf = dir.resolve("評価シート.pdf");
        vm.exportEvaluationSheets(2027, pdf);
        assertThat(vm.statusProperty().get()).contains("評価シート.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            // A cover, then a sheet for each of the sample's ten measures.
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(11);
            assertThat(text).contains("評価シート").contains("特別区合同デジタル人材戦略の策定と実行");
        }
    }

    @Test
    void importsActualsFromACsvAsOneUndoableEditAndRefusesABadFileWhole() throws Exception {
        // S1-KGI-1 (配置率, %) gets a target of 100 in 2030 so that it takes actuals.
        assertThat(vm.apply(new org.kaname.edit.SetIndicatorNumbers(org.kaname.edit.Holder.GROUP, "S1", "S1-KGI-1",
                org.kaname.model.IndicatorDirection.UP, null, null,
                java.util.List.of(new org.kaname.model.IndicatorTarget(2030, 100, true))))).isTrue();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "indicator,year,actual\nS1-KGI-1,2026,60\nS1-KGI-9,2026,5\n");
        vm.importActuals(bad);
        assertThat(dialogs.errors).singleElement().asString().contains("bad.csv").contains("S1-KGI-9");
        assertThat(vm.editorProperty().get().plan().groups().get(0).indicators().get(0).actuals()).isEmpty();

        Path good = dir.resolve("実績.csv");
        Files.writeString(good, "indicator,year,actual\nS1-KGI-1,2026,60\n");
        vm.importActuals(good);
        assertThat(dialogs.confirmations).last().asString().contains("実績.csv").contains("1 件");
        assertThat(vm.statusProperty().get()).isEqualTo("1 件の実績を保存しました");
        long id = vm.editorProperty().get().planId();
        assertThat(services.plans().open(id).plan().groups().get(0).indicators().get(0).actualFor(2026)
                .orElseThrow().value()).isEqualTo(60.0);
        vm.undo();
        assertThat(services.plans().open(id).plan().groups().get(0).indicators().get(0).actuals()).isEmpty();

        vm.writeActualSheets(dir);
        long numeric = org.kaname.engine.evaluation.IndicatorResults.indicators(vm.editorProperty().get().plan())
                .stream().filter(o -> o.indicator().isNumeric()).count();
        assertThat(vm.statusProperty().get()).contains(".xlsx").contains("指標 " + numeric + " 件");
    }

    @Test
    void newDuplicateAndRename() throws Exception {
        vm.newPlan("子育て支援計画");
        assertThat(vm.planList()).extracting(PlanSummary::title).contains("子育て支援計画");
        assertThat(vm.selectedPlanProperty().get().title()).isEqualTo("子育て支援計画");
        vm.renameSelected("子育て支援計画（案）");
        assertThat(vm.editorProperty().get().plan().title()).isEqualTo("子育て支援計画（案）");
        vm.renameSelected("  ");
        assertThat(vm.statusProperty().get()).contains("名前を入力");
        vm.duplicateSelected();
        assertThat(vm.planList()).extracting(PlanSummary::title).contains("子育て支援計画（案）（複製）");
        assertThat(services.plans().plans()).hasSize(3);
    }

    @Test
    void deleteAsksFirstAndCanBeUndone() throws Exception {
        String title = vm.selectedPlanProperty().get().title();
        dialogs.answer = false;
        vm.deleteSelected();
        assertThat(services.plans().plans()).hasSize(1);
        dialogs.answer = true;
        vm.deleteSelected();
        assertThat(dialogs.confirmations).hasSize(2);
        assertThat(services.plans().plans()).isEmpty();
        assertThat(vm.canUndoProperty().get()).isTrue();
        vm.undo();
        assertThat(services.plans().plans()).extracting(PlanSummary::title).containsExactly(title);
        assertThat(services.plans().plans().get(0).measureCount()).isEqualTo(10);
        assertThat(vm.selectedPlanProperty().get().title()).isEqualTo(title);
    }

    @Test
    void anInvalidImportShowsTheLocatedMessageAndStoresNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"other\"}");
        vm.importPlan(bad);
        assertThat(dialogs.errors).singleElement().asString().contains("bad.json").contains("/format");
        assertThat(services.plans().plans()).hasSize(1);
    }

    @Test
    void exportThenImportAddsAnEqualPlan() throws Exception {
        Path file = dir.resolve("out.json");
        vm.exportPlan(file);
        vm.importPlan(file);
        assertThat(services.plans().plans()).hasSize(2);
        assertThat(services.plans().open(2).plan()).isEqualTo(services.plans().open(1).plan());
        assertThat(vm.selectedPlanProperty().get().id()).isEqualTo(2);
    }

    @Test
    void fiscalYearStartsInApril() {
        assertThat(MainViewModel.fiscalYearOf(java.time.LocalDate.of(2027, 3, 31))).isEqualTo(2026);
        assertThat(MainViewModel.fiscalYearOf(java.time.LocalDate.of(2027, 4, 1))).isEqualTo(2027);
    }
}
