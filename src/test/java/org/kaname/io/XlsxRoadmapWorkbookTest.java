package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.PaneInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.RankingService;
import org.kaname.engine.roadmap.RoadmapScheduler;
import org.kaname.engine.roadmap.RoadmapTexts;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

/** The workbook opened back with POI: sheets, headers, values, number formats, frozen panes, Japanese text. */
class XlsxRoadmapWorkbookTest {
    @TempDir
    Path dir;

    private static Workbook open(Plan plan) throws IOException {
        var ranking = new RankingService().rank(plan);
        byte[] bytes = XlsxRoadmapWorkbook.bytes(plan, ranking, new RoadmapScheduler().schedule(plan, ranking),
                RoadmapTexts.of(Locale.JAPANESE));
        return WorkbookFactory.create(new ByteArrayInputStream(bytes));
    }

    private static List<String> row(Sheet sheet, int r) {
        DataFormatter f = new DataFormatter(Locale.JAPAN);
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(r);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(f.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    @Test
    void hasTheThreeSheetsInOrderWithFrozenFilterableHeaders() throws IOException {
        try (Workbook wb = open(CsvRoadmapFixture.plan())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("ランキング", "ロードマップ", "年度別予算");
            for (int i = 0; i < 3; i++) {
                PaneInformation pane = wb.getSheetAt(i).getPaneInformation();
                assertThat(pane).as(wb.getSheetName(i)).isNotNull();
                assertThat(pane.isFreezePane()).isTrue();
                assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
                assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) wb.getSheetAt(i)).getCTWorksheet().isSetAutoFilter())
                        .isTrue();
            }
            assertThat(wb.getSheet("ロードマップ").getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
        }
    }

    @Test
    void theRankingSheetListsRankIdTitleGroupScoreTier() throws IOException {
        try (Workbook wb = open(CsvRoadmapFixture.plan())) {
            Sheet s = wb.getSheet("ランキング");
            assertThat(row(s, 0)).containsExactly("順位", "ID", "施策", "支援策", "得点", "優先度");
            assertThat(row(s, 1)).containsExactly("1", "A", "窓口の改革", "支援策①", "90.00", "高");
            assertThat(s.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(90.0);
            assertThat(s.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(row(s, 5)).containsExactly("", "U", "未評価の施策", "支援策②", "", "未評価");
        }
    }

    @Test
    void theRoadmapSheetHasAmountsInYenInTheYearsAMeasureRunsAndTheReasons() throws IOException {
        try (Workbook wb = open(CsvRoadmapFixture.plan())) {
            Sheet s = wb.getSheet("ロードマップ");
            assertThat(row(s, 0)).containsExactly("ID", "施策", "開始年度", "終了年度", "状態", "順位", "優先度", "固定",
                    "2026年度\n（令和8年度）", "2027年度\n（令和9年度）", "2028年度\n（令和10年度）", "合計", "理由");
            assertThat(row(s, 1)).containsExactly("A", "窓口の改革", "2026", "2027", "実施", "1", "高", "",
                    "80円", "30円", "", "110円");
            Cell cost = s.getRow(1).getCell(8);
            assertThat(cost.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cost.getNumericCellValue()).isEqualTo(80.0);
            assertThat(cost.getCellStyle().getDataFormatString()).isEqualTo("#,##0\"円\";[Red]\"△\"#,##0\"円\"");
            assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("研修, \"基礎\"\n二行目");
            assertThat(row(s, 4).get(4)).isEqualTo("見送り");
            assertThat(row(s, 4).get(12)).startsWith("予算超過: 2026〜2028年度");
            // Columns are as wide as their content plus 4: the year heading's wider line, （令和8年度）, is 6 wide
            // characters and a digit; 2028年度（令和10年度） is 4 digits, 9 wide characters and 2 digits.
            assertThat(s.getColumnWidth(8)).isEqualTo((13 + 4) * 256);
            assertThat(wb.getSheet("年度別予算").getColumnWidth(0)).isEqualTo((22 + 4) * 256);
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getColumnWidth(0)).isLessThan(s.getColumnWidth(1));
        }
    }

    @Test
    void theBudgetSheetShowsEachYearAgainstTheCapAndMarksOverrunsInWords() throws IOException {
        Plan plan = CsvRoadmapFixture.plan();
        List<Measure> measures = new ArrayList<>(plan.measures());
        // C (80) and D (90) pinned into 2026: 170 against 100. A then runs 2027–2028 (80, 30), B 2028 (40).
        measures.set(2, measures.get(2).withPinnedStart(2026));
        measures.set(3, measures.get(3).withPinnedStart(2026));
        try (Workbook wb = open(plan.withMeasures(measures))) {
            Sheet s = wb.getSheet("年度別予算");
            assertThat(row(s, 0)).containsExactly("年度", "支出", "予算上限", "残額", "超過");
            assertThat(row(s, 1)).containsExactly("2026年度（令和8年度）", "170円", "100円", "△70円", "▲超過");
            assertThat(s.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(-70.0);
            assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("合計");
            // 170 + 80 + (30 + 40); caps 3 × 100.
            assertThat(s.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(320.0);
            assertThat(s.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(300.0);
        }
    }

    @Test
    void anEndedMeasureShowsAsEndedWithItsReasonAndPhasedCostsFillTheirYears() throws IOException {
        Plan plan = CsvRoadmapFixture.planWithCEnded();
        List<Measure> measures = new ArrayList<>(plan.measures());
        // B by 年度: 事業費 10 + 人工 0.5 × 単価 40 = 30 in its first year, 5 in its second: 2026 would be 80 + 30 = 110,
        // so it starts in 2027 (A 30 + 30 = 60) and runs into 2028 (5).
        measures.set(1, measures.get(1).withYearCosts(List.of(
                new org.kaname.model.YearCost(2026, 10, List.of(), 0.5, 0, 0, 0),
                org.kaname.model.YearCost.project(2027, 5))));
        plan = plan.withMeasures(measures).withFollowUp(plan.followUp().withPersonnelRate(40));
        try (Workbook wb = open(plan)) {
            Sheet s = wb.getSheet("ロードマップ");
            assertThat(row(s, 2).subList(0, 5)).containsExactly("B", "研修, \"基礎\"\n二行目", "2027", "2028", "実施");
            assertThat(row(s, 2).subList(8, 12)).containsExactly("", "30円", "5円", "35円");
            assertThat(row(s, 3).subList(0, 5)).containsExactly("C", "拠点の整備", "", "", "終了");
            assertThat(row(s, 3).get(12)).startsWith("評価結果: 2026年度の評価で今後の方向性が「廃止」");
            Sheet budget = wb.getSheet("年度別予算");
            // 2026: A 80; 2027: A 30 + B 30; 2028: B 5 + D 90.
            assertThat(row(budget, 1).subList(0, 2)).containsExactly("2026年度（令和8年度）", "80円");
            assertThat(row(budget, 2).get(1)).isEqualTo("60円");
            assertThat(row(budget, 3).get(1)).isEqualTo("95円");
        }
    }

    @Test
    void writesAtomicallyAndAMissingFolderLeavesNothing() throws IOException {
        Plan plan = CsvRoadmapFixture.plan();
        Path file = dir.resolve("ロードマップ.xlsx");
        XlsxRoadmapWorkbook.write(file, plan, CsvRoadmapFixture.ranking(), CsvRoadmapFixture.roadmap(),
                RoadmapTexts.of(Locale.JAPANESE));
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            assertThat(wb.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).isEqualTo("窓口の改革");
        }
        assertThat(dir.toFile().list()).containsExactly("ロードマップ.xlsx");
        assertThatThrownBy(() -> XlsxRoadmapWorkbook.write(dir.resolve("none/x.xlsx"), plan,
                CsvRoadmapFixture.ranking(), CsvRoadmapFixture.roadmap(), RoadmapTexts.of(Locale.JAPANESE)))
                .isInstanceOf(IOException.class);
        assertThat(Files.exists(dir.resolve("none"))).isFalse();
    }
}
