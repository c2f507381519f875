package org.kaname.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kaname.sheets.SheetFixture.cell;
import static org.kaname.sheets.SheetFixture.edit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/**
 * Sheets written from the sample plan (raters r1–r3, 10 measures × 5 criteria, scores 1–5, all 150 scores given),
 * filled in with POI as a department would, then collected. Rows: 記入!4 is S1-1 × speed, 5 feasibility, 6 cost,
 * 7 fairness, 8 evidence, 9 S1-2 × speed…; column G the score, H the rationale. The control sheet _kaname has the
 * fingerprint in B3 and the entry sheet with its rater in row 8.
 */
class ScoreCollectionTest {
    @TempDir
    Path dir;
    SheetFixture f;
    Path out;

    @BeforeEach
    void open() throws Exception {
        f = new SheetFixture(dir.resolve("data"), Locale.JAPANESE);
        out = dir.resolve("out");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Path sheetOf(String rater) throws Exception {
        return f.sheets.writeSheets(1, out, List.of(rater)).get(0);
    }

    private Optional<Score> score(String measure, String criterion, String rater) throws Exception {
        return f.plan().scores().stream()
                .filter(s -> s.measure().equals(measure) && s.criterion().equals(criterion) && s.rater().equals(rater))
                .findFirst();
    }

    private static Sheet entry(org.apache.poi.ss.usermodel.Workbook wb) {
        return wb.getSheet("記入");
    }

    @Test
    void aFilledSheetReplacesTheRatersScoresAndAnEmptiedCellRemovesOne() throws Exception {
        Path file = sheetOf("r1");
        assertThat(score("S1-1", "speed", "r1")).map(Score::value).contains(3.0);
        assertThat(score("S1-1", "cost", "r1")).map(Score::value).contains(5.0);
        edit(file, wb -> {
            cell(entry(wb), "G4").setCellValue(1);
            cell(entry(wb), "H4").setCellValue("再検討の結果、効果発現は遅い");
            cell(entry(wb), "G5").setBlank();
            cell(entry(wb), "H5").setBlank();
            cell(entry(wb), "G6").setCellValue("４"); // full-width digit typed as text: still a 4
        });

        CollectionReport report = f.sheets.preview(1, List.of(file));
        assertThat(report.problems()).isEmpty();
        FileReport fr = report.files().get(0);
        assertThat(fr.raters()).containsExactly("r1");
        assertThat(fr.accepted()).hasSize(50);
        assertThat(fr.accepted().get(0).location()).isEqualTo("記入!G4");

        CollectionResult result = f.sheets.apply(report, false);
        assertThat(result.stored()).containsExactly(file);
        assertThat(result.rejected()).isEmpty();
        assertThat(score("S1-1", "speed", "r1")).get()
                .satisfies(s -> assertThat(s.value()).isEqualTo(1.0))
                .satisfies(s -> assertThat(s.note()).isEqualTo("再検討の結果、効果発現は遅い"))
                .satisfies(s -> assertThat(s.time()).isEqualTo(SheetFixture.NOW));
        assertThat(score("S1-1", "feasibility", "r1")).isEmpty();
        assertThat(score("S1-1", "cost", "r1")).map(Score::value).contains(4.0);
        assertThat(result.changed()).isEqualTo(2); // speed 3 → 1, cost 5 → 4
        assertThat(result.removed()).isEqualTo(1);
        assertThat(result.added()).isZero();
        assertThat(f.scoresOf("r1")).hasSize(49);
        assertThat(f.scoresOf("r2")).hasSize(50);
        assertThat(f.plan().scores()).hasSize(149);
    }

    @Test
    void collectingTheSameSheetTwiceNeverDuplicates() throws Exception {
        Path file = sheetOf("r2");
        edit(file, wb -> cell(entry(wb), "G9").setCellValue(2));
        CollectionResult first = f.sheets.apply(f.sheets.preview(1, List.of(file)), false);
        assertThat(first.changed()).isEqualTo(1); // the sample's 5 → 2
        List<Score> afterFirst = f.plan().scores();

        CollectionResult second = f.sheets.apply(f.sheets.preview(1, List.of(file)), false);
        assertThat(second.added() + second.changed() + second.removed()).isZero();
        assertThat(second.unchanged()).isEqualTo(50);
        assertThat(f.plan().scores()).isEqualTo(afterFirst).hasSize(150);

        edit(file, wb -> cell(entry(wb), "G9").setCellValue(5));
        CollectionResult third = f.sheets.apply(f.sheets.preview(1, List.of(file)), false);
        assertThat(third.changed()).isEqualTo(1);
        assertThat(f.plan().scores()).hasSize(150);
        assertThat(f.plan().scores().stream().filter(s -> s.measure().equals("S1-2") && s.criterion().equals("speed")
                && s.rater().equals("r2"))).singleElement().extracting(Score::value).isEqualTo(5.0);
    }

    @Test
    void aValueOutsideTheScaleRejectsTheWholeFileUnlessTheValidRowsAreAccepted() throws Exception {
        Path file = sheetOf("r1");
        double newCost = 1; // the sample's r1 gives S1-1 × cost a 5
        edit(file, wb -> {
            cell(entry(wb), "G4").setCellValue(7);
            cell(entry(wb), "G6").setCellValue(newCost);
        });
        Plan before = f.plan();

        CollectionReport report = f.sheets.preview(1, List.of(file));
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.sheet()).isEqualTo("記入");
            assertThat(p.cell()).isEqualTo("G4");
            assertThat(p.location()).isEqualTo("記入!G4");
            assertThat(p.reason()).contains("7").contains("即効性・波及効果").contains("1〜5");
        });
        assertThat(report.files().get(0).accepted()).hasSize(49);

        CollectionResult refused = f.sheets.apply(report, false);
        assertThat(refused.stored()).isEmpty();
        assertThat(refused.rejected()).containsExactly(file);
        assertThat(f.plan()).isEqualTo(before);

        CollectionResult partial = f.sheets.apply(report, true);
        assertThat(partial.stored()).containsExactly(file);
        assertThat(partial.changed()).isEqualTo(1);
        assertThat(score("S1-1", "cost", "r1")).map(Score::value).contains(newCost);
        assertThat(score("S1-1", "speed", "r1")).isEqualTo(before.scores().stream()
                .filter(s -> s.measure().equals("S1-1") && s.criterion().equals("speed") && s.rater().equals("r1"))
                .findFirst());
    }

    @Test
    void textDecimalsAndARationaleWithoutAScoreAreEachReportedAtTheirCell() throws Exception {
        Path file = sheetOf("r3");
        edit(file, wb -> {
            cell(entry(wb), "G7").setCellValue("高い");
            cell(entry(wb), "G10").setCellValue(2.5);
            cell(entry(wb), "G11").setBlank();
            cell(entry(wb), "H11").setCellValue("判断材料が不足");
        });
        CollectionReport report = f.sheets.preview(1, List.of(file));
        assertThat(report.problems()).extracting(SheetProblem::location)
                .containsExactly("記入!G7", "記入!G10", "記入!G11");
        assertThat(report.problems().get(0).reason()).contains("高い").contains("数値ではありません");
        assertThat(report.problems().get(1).reason()).contains("2.5").contains("整数");
        assertThat(report.problems().get(2).reason()).contains("根拠");
        assertThat(report.files().get(0).accepted()).hasSize(47);
    }

    @Test
    void aSheetOfAnotherPlanIsRejectedAsAWhole() throws Exception {
        Plan other = f.plan().withMeasures(appended(f.plan().measures(), Measure.of("S9-1", "S3", "追加の施策")));
        long otherId = f.services.plans().create(other);
        Path file = f.sheets.writeSheets(otherId, out, List.of("r1")).get(0);

        CollectionReport report = f.sheets.preview(1, List.of(file));
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("_kaname!B3");
            assertThat(p.reason()).contains("別の計画");
        });
        assertThat(report.files().get(0).accepted()).isEmpty();
        assertThat(f.sheets.apply(report, true).stored()).isEmpty();
    }

    @Test
    void reorderingOrRewordingThePlanAfterExportKeepsTheSheetValid() throws Exception {
        Path file = sheetOf("r1");
        Plan plan = f.plan();
        List<Measure> reversed = new ArrayList<>(plan.measures());
        java.util.Collections.reverse(reversed);
        f.services.plans().save(1, plan.withMeasures(reversed).withTitle("改題した計画"));
        edit(file, wb -> cell(entry(wb), "G4").setCellValue(2));
        CollectionReport report = f.sheets.preview(1, List.of(file));
        assertThat(report.problems()).isEmpty();
        f.sheets.apply(report, false);
        // Row 4 was S1-1 × speed when written; the plan's order now starts with S3-3, which must stay untouched.
        assertThat(score("S1-1", "speed", "r1")).map(Score::value).contains(2.0);
    }

    @Test
    void aTamperedHeaderOrAMovedRowIsReportedWhereItIs() throws Exception {
        Path header = sheetOf("r1");
        edit(header, wb -> cell(entry(wb), "G3").setCellValue("点数"));
        Path rows = f.sheets.writeSheets(1, dir.resolve("out2"), List.of("r2")).get(0);
        edit(rows, wb -> {
            cell(entry(wb), "A9").setCellValue("S1-3");
            cell(entry(wb), "E10").setCellValue("cost");
        });

        CollectionReport report = f.sheets.preview(1, List.of(header, rows));
        FileReport h = report.files().get(0);
        assertThat(h.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("記入!G3");
            assertThat(p.reason()).contains("評点").contains("点数");
        });
        assertThat(h.accepted()).isEmpty();
        FileReport r = report.files().get(1);
        assertThat(r.problems()).extracting(SheetProblem::location).containsExactly("記入!A9", "記入!E10");
        assertThat(r.problems().get(0).reason()).contains("S1-2").contains("S1-3");
        assertThat(r.problems().get(1).reason()).contains("feasibility").contains("cost");
        assertThat(r.accepted()).hasSize(48);
    }

    @Test
    void aWorkbookWithoutTheHiddenSheetIsNotASheetOfKaname() throws Exception {
        Path file = sheetOf("r1");
        edit(file, wb -> {
            wb.unLock();
            wb.removeSheetAt(wb.getSheetIndex(SheetLayout.META_SHEET));
        });
        CollectionReport report = f.sheets.preview(1, List.of(file));
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEmpty();
            assertThat(p.reason()).contains("_kaname");
        });
    }

    @Test
    void anUnknownOrMissingRaterIsReportedInTheControlSheet() throws Exception {
        Path unknown = sheetOf("r1");
        edit(unknown, wb -> cell(wb.getSheet(SheetLayout.META_SHEET), "C8").setCellValue("r9"));
        Path missing = sheetOf("r2");
        edit(missing, wb -> cell(wb.getSheet(SheetLayout.META_SHEET), "C8").setBlank());

        CollectionReport report = f.sheets.preview(1, List.of(unknown, missing));
        assertThat(report.files().get(0).problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("_kaname!C8");
            assertThat(p.reason()).contains("r9");
        });
        assertThat(report.files().get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("_kaname!C8");
            assertThat(p.reason()).contains("評価者");
        });
        assertThat(report.files()).allMatch(fr -> fr.accepted().isEmpty());
    }

    @Test
    void aFolderStoresItsCleanFilesInOneSaveAndRejectsTheOthers() throws Exception {
        List<Path> files = f.sheets.writeSheets(1, out, List.of());
        edit(files.get(0), wb -> cell(entry(wb), "G4").setCellValue(9)); // r1: rejected
        edit(files.get(1), wb -> cell(entry(wb), "G4").setCellValue(1)); // r2: accepted
        Files.writeString(out.resolve("~$採点表_r2_情報政策課.xlsx"), "Excel's lock file while the sheet is open");
        Files.writeString(out.resolve("メモ.txt"), "not a score file");
        Plan before = f.plan();

        CollectionReport report = f.sheets.preview(1, List.of(out));
        assertThat(report.files()).extracting(FileReport::file).containsExactlyElementsOf(files);
        assertThat(report.files()).extracting(FileReport::clean).containsExactly(false, true, true);

        CollectionResult result = f.sheets.apply(report, false);
        assertThat(result.stored()).containsExactly(files.get(1), files.get(2));
        assertThat(result.rejected()).containsExactly(files.get(0));
        assertThat(score("S1-1", "speed", "r2")).map(Score::value).contains(1.0);
        assertThat(f.scoresOf("r1")).isEqualTo(before.scores().stream().filter(s -> s.rater().equals("r1")).toList());
    }

    @Test
    void twoFilesForTheSameRaterAreBothRejected() throws Exception {
        Path a = sheetOf("r1");
        Path b = dir.resolve("copy.xlsx");
        Files.copy(a, b, StandardCopyOption.REPLACE_EXISTING);
        CollectionReport report = f.sheets.preview(1, List.of(a, b));
        for (FileReport fr : report.files()) {
            assertThat(fr.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                    .contains("r1").contains(a.getFileName().toString()).contains("copy.xlsx"));
            assertThat(fr.accepted()).isEmpty();
        }
    }

    @Test
    void aDepartmentWorkbookHoldsASheetPerRater() throws Exception {
        Path file = f.sheets.writeWorkbook(1, out.resolve(f.sheets.workbookFileName("企画部/情報")), List.of("r1", "r3"));
        assertThat(file.getFileName().toString()).isEqualTo("採点表_企画部_情報.xlsx");
        edit(file, wb -> {
            cell(wb.getSheet("記入_企画課"), "G4").setCellValue(2);
            cell(wb.getSheet("記入_人事課"), "G4").setCellValue(6);
        });
        CollectionReport report = f.sheets.preview(1, List.of(file));
        FileReport fr = report.files().get(0);
        assertThat(fr.raters()).containsExactly("r1", "r3");
        assertThat(fr.problems()).extracting(SheetProblem::location).containsExactly("記入_人事課!G4");
        assertThat(fr.accepted()).hasSize(99);
        f.sheets.apply(report, true);
        assertThat(score("S1-1", "speed", "r1")).map(Score::value).contains(2.0);
    }

    @Test
    void storingRefusesWhenThePlanStructureChangedAfterThePreview() throws Exception {
        Path file = sheetOf("r1");
        CollectionReport report = f.sheets.preview(1, List.of(file));
        Plan plan = f.plan();
        f.services.plans().save(1, plan.withMeasures(appended(plan.measures(), Measure.of("S9-1", "S3", "追加"))));
        assertThatThrownBy(() -> f.sheets.apply(report, false)).isInstanceOf(SheetException.class)
                .hasMessageContaining("計画");
    }

    @Test
    void problemsAreInTheCollectorsLanguage() throws Exception {
        Path file = sheetOf("r1");
        edit(file, wb -> cell(entry(wb), "G4").setCellValue("high"));
        try (SheetFixture en = new SheetFixture(dir.resolve("data-en"), Locale.ENGLISH)) {
            Path copy = dir.resolve("r1.xlsx");
            Files.copy(file, copy);
            CollectionReport report = en.sheets.preview(1, List.of(copy));
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.location()).isEqualTo("記入!G4");
                assertThat(p.reason()).isEqualTo("The score is not a number (\"high\"); enter a whole number from 1 to 5");
            });
        }
    }

    @Test
    void anEnglishSheetIsCheckedAgainstItsOwnHeadingsWhateverTheCollectorsLanguage() throws Exception {
        Path file;
        try (SheetFixture en = new SheetFixture(dir.resolve("data-en"), Locale.ENGLISH)) {
            file = en.sheets.writeSheets(1, out, List.of("r2")).get(0);
        }
        assertThat(file.getFileName().toString()).isEqualTo("score-sheet_r2_情報政策課.xlsx");
        edit(file, wb -> cell(wb.getSheet("Scores"), "G4").setCellValue(2));
        CollectionReport report = f.sheets.preview(1, List.of(file));
        assertThat(report.problems()).isEmpty();
        f.sheets.apply(report, false);
        assertThat(score("S1-1", "speed", "r2")).map(Score::value).contains(2.0);
    }

    @Test
    void anUnknownRaterOrAMissingFolderIsAClearError() {
        assertThatThrownBy(() -> f.sheets.writeSheets(1, out, List.of("r7"))).isInstanceOf(SheetException.class)
                .hasMessageContaining("r7").hasMessageContaining("r1, r2, r3");
        assertThatThrownBy(() -> f.sheets.preview(1, List.of(dir.resolve("nowhere"))))
                .isInstanceOf(SheetException.class).hasMessageContaining("nowhere");
    }

    private static List<Measure> appended(List<Measure> measures, Measure m) {
        List<Measure> all = new ArrayList<>(measures);
        all.add(m);
        return all;
    }
}
