package org.kaname.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written workbook, read back with POI: layout, protection, validation, pre-filled scores, control sheet. */
class ScoreSheetWriterTest {
    @TempDir
    Path dir;

    private XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void oneWorkbookPerRaterNamedAfterTheRater() throws Exception {
        try (SheetFixture f = new SheetFixture(dir.resolve("data"), Locale.JAPANESE)) {
            List<Path> files = f.sheets.writeSheets(1, dir.resolve("out"), List.of());
            assertThat(files).extracting(p -> p.getFileName().toString())
                    .containsExactly("採点表_r1_企画課.xlsx", "採点表_r2_情報政策課.xlsx", "採点表_r3_人事課.xlsx");
            assertThat(files).allMatch(Files::isRegularFile);
            try (Stream<Path> left = Files.list(dir.resolve("out"))) {
                assertThat(left.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
            }
        }
    }

    @Test
    void theEntrySheetIsProtectedExceptTheScoreAndRationaleCellsAndPreFilled() throws Exception {
        try (SheetFixture f = new SheetFixture(dir.resolve("data"), Locale.JAPANESE);
             XSSFWorkbook wb = open(f.sheets.writeSheets(1, dir.resolve("out"), List.of("r1")).get(0))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("記入", "評価基準", "_kaname");
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetVisibility(2)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(wb.isStructureLocked()).isTrue();
            XSSFSheet entry = wb.getSheet("記入");
            assertThat(entry.getProtect()).isTrue();
            assertThat(wb.getSheet("評価基準").getProtect()).isTrue();
            assertThat(entry.isFormatRowsLocked()).isFalse();
            assertThat(entry.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);

            List<String> headers = new java.util.ArrayList<>();
            entry.getRow(2).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("施策ID", "支援策", "施策名", "施策の内容", "基準ID",
                    "評価基準（評点の範囲）", "評点", "評点の根拠");
            // 10 measures × 5 criteria from row 4 (index 3) to row 53
            assertThat(entry.getLastRowNum()).isEqualTo(52);
            assertThat(entry.getRow(3).getCell(0).getStringCellValue()).isEqualTo("S1-1");
            assertThat(entry.getRow(3).getCell(4).getStringCellValue()).isEqualTo("speed");
            assertThat(entry.getRow(3).getCell(5).getStringCellValue()).isEqualTo("即効性・波及効果\n1〜5");
            assertThat(entry.getRow(7).getCell(4).getStringCellValue()).isEqualTo("evidence");
            assertThat(entry.getRow(8).getCell(0).getStringCellValue()).isEqualTo("S1-2");
            assertThat(entry.getRow(52).getCell(0).getStringCellValue()).isEqualTo("S3-3");
            assertThat(entry.getRow(3).getCell(1).getStringCellValue()).startsWith("支援策①");
            assertThat(entry.getRow(3).getCell(2).getStringCellValue()).isEqualTo("特別区合同デジタル人材戦略の策定と実行");
            // pre-filled with r1's sample scores: S1-1 speed 3, cost 5
            assertThat(entry.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(3.0);
            assertThat(entry.getRow(5).getCell(6).getNumericCellValue()).isEqualTo(5.0);
            assertThat(entry.getRow(3).getCell(7).getStringCellValue()).startsWith("戦略・スキル標準の策定から");
            assertThat(entry.getRow(3).getCell(6).getCellStyle().getLocked()).isFalse();
            assertThat(entry.getRow(3).getCell(7).getCellStyle().getLocked()).isFalse();
            assertThat(entry.getRow(3).getCell(7).getCellStyle().getWrapText()).isTrue();
            for (int c = 0; c < 6; c++) {
                assertThat(entry.getRow(3).getCell(c).getCellStyle().getLocked()).as("column %d", c).isTrue();
            }
            assertThat(entry.getRow(3).getCell(3).getCellStyle().getWrapText()).isTrue();
            assertThat(entry.getColumnWidth(3)).isEqualTo(44 * 256);

            assertThat(entry.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(entry.getPrintSetup().getLandscape()).isTrue();
            assertThat(entry.getFitToPage()).isTrue();
            assertThat(entry.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(entry.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        }
    }

    @Test
    void eachScoreCellAcceptsOnlyWholeNumbersOfItsCriterionsScale() throws Exception {
        try (SheetFixture f = new SheetFixture(dir.resolve("data"), Locale.JAPANESE);
             XSSFWorkbook wb = open(f.sheets.writeSheets(1, dir.resolve("out"), List.of("r2")).get(0))) {
            List<? extends DataValidation> validations = wb.getSheet("記入").getDataValidations();
            assertThat(validations).hasSize(5);
            DataValidation speed = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddresses()[0].formatAsString().equals("G4"))
                    .findFirst().orElseThrow();
            assertThat(speed.getRegions().getCellRangeAddresses()).hasSize(10)
                    .extracting(r -> r.formatAsString()).contains("G4", "G9", "G49");
            assertThat(speed.getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
            assertThat(speed.getValidationConstraint().getOperator())
                    .isEqualTo(DataValidationConstraint.OperatorType.BETWEEN);
            assertThat(speed.getValidationConstraint().getFormula1()).isEqualTo("1");
            assertThat(speed.getValidationConstraint().getFormula2()).isEqualTo("5");
            assertThat(speed.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(speed.getShowErrorBox()).isTrue();
            assertThat(speed.getErrorBoxTitle()).isEqualTo("入力できない値です");
            assertThat(speed.getErrorBoxText()).isEqualTo("「即効性・波及効果」の評点は 1〜5 の整数で入力してください。採点しない場合は空欄にしてください。");
            assertThat(speed.getEmptyCellAllowed()).isTrue();
            assertThat(speed.getPromptBoxText()).hasSizeLessThanOrEqualTo(255).contains("5: 実施から効果発現までの期間が短く");
        }
    }

    @Test
    void theControlSheetIdentifiesPlanRaterFormatAndLayout() throws Exception {
        try (SheetFixture f = new SheetFixture(dir.resolve("data"), Locale.JAPANESE);
             XSSFWorkbook wb = open(f.sheets.writeSheets(1, dir.resolve("out"), List.of("r3")).get(0))) {
            XSSFSheet meta = wb.getSheet("_kaname");
            java.util.Map<String, String> first = new java.util.LinkedHashMap<>();
            List<String> measures = new java.util.ArrayList<>();
            meta.forEach(row -> {
                String key = row.getCell(0).getStringCellValue();
                if (key.equals("measure")) {
                    measures.add(row.getCell(1).getStringCellValue());
                }
                first.putIfAbsent(key, row.getCell(1).getStringCellValue()
                        + (row.getCell(2) == null ? "" : "|" + row.getCell(2).getStringCellValue()));
            });
            assertThat(first).containsEntry("format", "kaname-score-sheet").containsEntry("version", "1")
                    .containsEntry("planId", "1").containsEntry("exportedAt", "2026-01-15T03:00:00Z")
                    .containsEntry("language", "ja").containsEntry("sheet", "記入|r3")
                    .containsEntry("planFingerprint", PlanFingerprint.of(f.plan()));
            assertThat(first.get("planFingerprint")).matches("[0-9a-f]{64}");
            assertThat(measures).containsExactly("S1-1", "S1-2", "S1-3", "S1-4", "S2-1", "S2-2", "S2-3", "S3-1",
                    "S3-2", "S3-3");
        }
    }

    @Test
    void theCriteriaSheetListsEveryLevelHighestFirst() throws Exception {
        try (SheetFixture f = new SheetFixture(dir.resolve("data"), Locale.JAPANESE);
             XSSFWorkbook wb = open(f.sheets.writeSheets(1, dir.resolve("out"), List.of("r1")).get(0))) {
            XSSFSheet criteria = wb.getSheet("評価基準");
            assertThat(criteria.getLastRowNum()).isEqualTo(25); // header + 5 criteria × 5 levels
            assertThat(criteria.getRow(1).getCell(0).getStringCellValue()).isEqualTo("speed");
            assertThat(criteria.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(5.0);
            assertThat(criteria.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(criteria.getRow(5).getCell(4).getStringCellValue())
                    .isEqualTo("効果発現まで長期間を要し、便益も単一の課題・限られた範囲に留まる");
        }
    }

    @Test
    void fileNamesAreSafeOnWindows() {
        assertThat(SafeFileName.of("採点表_r1_企画課", ".xlsx")).isEqualTo("採点表_r1_企画課.xlsx");
        assertThat(SafeFileName.of("a<b>c:d\"e/f\\g|h?i*j", ".xlsx")).isEqualTo("a_b_c_d_e_f_g_h_i_j.xlsx");
        assertThat(SafeFileName.of("総務課. ", ".xlsx")).isEqualTo("総務課.xlsx");
        assertThat(SafeFileName.of("CON", ".json")).isEqualTo("_CON.json");
        assertThat(SafeFileName.of("com1.x", ".json")).isEqualTo("_com1.x.json");
        assertThat(SafeFileName.of("x".repeat(200), ".xlsx")).hasSize(85);
        assertThat(SafeFileName.of("\t", ".xlsx")).isEqualTo("_.xlsx");
        assertThat(SafeFileName.of("企画課\uD800", ".xlsx")).isEqualTo("企画課\uFFFD.xlsx");
        String cutInPair = "あ".repeat(79) + "😀";
        assertThat(SafeFileName.of(cutInPair, ".xlsx")).isEqualTo("あ".repeat(79) + ".xlsx");
        assertThat(java.nio.file.Path.of(SafeFileName.of("x\uDC00".repeat(50), ".json"))).isNotNull();
    }
}
