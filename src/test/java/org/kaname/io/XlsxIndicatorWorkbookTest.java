package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.PaneInformation;
import org.junit.jupiter.api.Test;
import org.kaname.model.FiscalYears;
import org.kaname.model.FollowUp;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorIds;
import org.kaname.model.IndicatorKind;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;

/** The workbook of indicators and costs read back with POI; every number computed by hand. */
class XlsxIndicatorWorkbookTest {
    /**
     * 2026–2028, 単価 6,000,000円. G1 (pillar p1) has a KGI: baseline 40 (2025), targets 50 (2026) and ★70 (2028),
     * actual 45 in 2026 → (45 − 40) / (50 − 40) = 50% → C, and a qualitative KSI. M1 (G1): 2026 事業費 1,000,000 +
     * 0.5人工 (3,000,000) = 4,000,000, 国庫 300,000 → 一般財源 3,700,000; 2027 事業費 2,000,000. M2 (G1), simple
     * form from 2027: 600,000 then 100,000. G1 = p1 = plan: 2026 4,000,000; 2027 2,600,000; 2028 100,000.
     */
    static Plan plan() {
        Indicator kgi = new Indicator("", IndicatorKind.KGI, "DX人材の配置率", "70", "%", "照会", 2028,
                IndicatorDirection.UP, 40.0, 2025, List.of(new IndicatorTarget(2026, 50, false),
                new IndicatorTarget(2028, 70, true)), List.of(IndicatorActual.of(2026, 45)));
        Indicator ksi = new Indicator(IndicatorKind.KSI, "研修の満足度", "高い", "", "アンケート", null);
        MeasureGroup g = new MeasureGroup("G1", "p1", "人材の確保", "", List.of(kgi, ksi), List.of());
        Measure m1 = Measure.of("M1", "G1", "研修の実施").withYearCosts(List.of(
                new YearCost(2026, 1_000_000L, List.of(), 0.5, 300_000L, 0, 0),
                YearCost.project(2027, 2_000_000L)));
        Measure m2 = Measure.of("M2", "G1", "人材の登用").withCosts(500_000L, 100_000L, 2).withEarliestStart(2027);
        Plan plan = Plan.empty("計画", new FiscalYears(2026, 2028))
                .withStructure(List.of(new Pillar("p1", "人材・組織", "")), List.of(g), List.of(m1, m2))
                .withFollowUp(new FollowUp(6_000_000L, GradeRule.DEFAULT, List.of()));
        return IndicatorIds.assignMissing(plan);
    }

    private static Workbook read(Locale locale) throws IOException {
        return WorkbookFactory.create(new ByteArrayInputStream(XlsxIndicatorWorkbook.bytes(plan(), locale)));
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                ? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue()));
        return out;
    }

    @Test
    void indicatorsByYearWithAchievementAndGrade() throws IOException {
        try (Workbook wb = read(Locale.JAPANESE)) {
            Sheet s = wb.getSheet(XlsxIndicatorWorkbook.INDICATORS_SHEET);
            assertThat(texts(s.getRow(0))).containsExactly("対象", "指標ID", "区分", "指標名", "単位", "方向", "目標（文言）",
                    "現状値", "現状値の年度", "年度", "目標値", "最終目標", "実績値", "達成率", "評価");
            Row y2026 = s.getRow(1);
            assertThat(y2026.getCell(0).getStringCellValue()).isEqualTo("G1");
            assertThat(y2026.getCell(1).getStringCellValue()).isEqualTo("G1-KGI-1");
            assertThat(y2026.getCell(5).getStringCellValue()).isEqualTo("高いほど良い");
            assertThat(y2026.getCell(7).getNumericCellValue()).isEqualTo(40.0);
            assertThat(y2026.getCell(8).getStringCellValue()).isEqualTo("2025年度（令和7年度）");
            assertThat(y2026.getCell(9).getStringCellValue()).isEqualTo("2026年度（令和8年度）");
            assertThat(y2026.getCell(10).getNumericCellValue()).isEqualTo(50.0);
            assertThat(y2026.getCell(12).getNumericCellValue()).isEqualTo(45.0);
            assertThat(y2026.getCell(13).getNumericCellValue()).isEqualTo(0.5);
            assertThat(y2026.getCell(13).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(y2026.getCell(14).getStringCellValue()).isEqualTo("C");
            Row y2027 = s.getRow(2);
            assertThat(y2027.getCell(9).getStringCellValue()).isEqualTo("2027年度（令和9年度）");
            assertThat(y2027.getCell(10)).isNull(); // no target of its own, no actual
            assertThat(y2027.getCell(13)).isNull();
            Row y2028 = s.getRow(3);
            assertThat(y2028.getCell(10).getNumericCellValue()).isEqualTo(70.0);
            assertThat(y2028.getCell(11).getStringCellValue()).isEqualTo("★最終");
            Row ksi = s.getRow(4);
            assertThat(texts(ksi)).containsExactly("G1", "G1-KSI-1", "KSI", "研修の満足度", "高い");
            assertThat(s.getLastRowNum()).isEqualTo(4);
            PaneInformation pane = s.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void costsByMeasureAndYearInYenWithTotalsPerSupportMeasureAndPillar() throws IOException {
        try (Workbook wb = read(Locale.JAPANESE)) {
            Sheet s = wb.getSheet(XlsxIndicatorWorkbook.COSTS_SHEET);
            assertThat(texts(s.getRow(0))).containsExactly("柱", "支援策", "施策ID", "施策名", "年度", "事業費", "人件費",
                    "総事業費", "国庫支出金", "都道府県支出金", "その他", "一般財源");
            assertThat(texts(s.getRow(1))).containsExactly("人材・組織", "人材の確保", "M1", "研修の実施", "2026年度（令和8年度）",
                    "1000000.0", "3000000.0", "4000000.0", "300000.0", "0.0", "0.0", "3700000.0");
            assertThat(s.getRow(1).getCell(5).getCellStyle().getDataFormatString())
                    .isEqualTo(XlsxRoadmapWorkbook.YEN_FORMAT);
            assertThat(texts(s.getRow(2))).contains("M1", "2027年度（令和9年度）", "2000000.0");
            assertThat(texts(s.getRow(3))).contains("M2", "2027年度（令和9年度）", "600000.0");
            assertThat(texts(s.getRow(4))).contains("M2", "2028年度（令和10年度）", "100000.0");
            // 支援策計, 柱計 and 計画全体 by year: 4,000,000 / 2,600,000 / 100,000 each.
            for (int block = 0; block < 3; block++) {
                assertThat(s.getRow(5 + 3 * block).getCell(7).getNumericCellValue()).isEqualTo(4_000_000.0);
                assertThat(s.getRow(6 + 3 * block).getCell(7).getNumericCellValue()).isEqualTo(2_600_000.0);
                assertThat(s.getRow(7 + 3 * block).getCell(7).getNumericCellValue()).isEqualTo(100_000.0);
            }
            assertThat(texts(s.getRow(5))).startsWith("人材・組織", "人材の確保", "支援策計");
            assertThat(texts(s.getRow(8))).startsWith("人材・組織", "柱計");
            assertThat(texts(s.getRow(11))).startsWith("計画全体");
            assertThat(s.getRow(11).getCell(11).getNumericCellValue()).isEqualTo(3_700_000.0);
            assertThat(s.getLastRowNum()).isEqualTo(13);
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void englishHeaders() throws IOException {
        try (Workbook wb = read(Locale.ENGLISH)) {
            assertThat(texts(wb.getSheet(XlsxIndicatorWorkbook.INDICATORS_SHEET).getRow(0))).startsWith("Owner",
                    "Indicator ID");
            assertThat(wb.getSheet(XlsxIndicatorWorkbook.INDICATORS_SHEET).getRow(1).getCell(9).getStringCellValue())
                    .isEqualTo("FY2026 (Reiwa 8)");
            assertThat(texts(wb.getSheet(XlsxIndicatorWorkbook.COSTS_SHEET).getRow(0))).contains("General fund");
        }
    }
}
