package org.kaname.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorKind;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

/** The 評価シート: hand-computed 達成率, grades and 千円 amounts read back from the pages (see {@link EvaluationPlans}). */
class EvaluationSheetServiceTest {
    private record Sheets(PDDocument doc, ReportResult result) {
    }

    private static Sheets write(Plan plan, int year, List<String> ids, ReportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportResult r = new EvaluationSheetService().write(plan, TestReports.LAST_CHANGE, year, ids, options, out);
        return new Sheets(Loader.loadPDF(out.toByteArray()), r);
    }

    /** The text of pages from–to with all white space removed (table cells come out with spaces between). */
    private static String text(PDDocument doc, int from, int to) throws IOException {
        return PdfProbe.text(doc, from, to, false).replaceAll("[\\s\u3000]+", "");
    }

    @Test
    void everySheetOfTheSamplePlanFitsOnePageAfterTheCover() throws IOException {
        Plan plan = EvaluationPlans.sampleWithActuals();
        Sheets s = write(plan, 2026, List.of(), TestReports.options());
        try (PDDocument doc = s.doc()) {
            assertThat(s.result().pageCount()).isEqualTo(1 + plan.measures().size()).isEqualTo(doc.getNumberOfPages());
            for (int i = 0; i < plan.measures().size(); i++) {
                ReportResult.Section sheet = s.result().sections().get(i);
                assertThat(sheet.firstPage()).isEqualTo(2 + i);
                Measure m = plan.measures().get(i);
                // The band first; the running header and footer are drawn last.
                assertThat(text(doc, sheet.firstPage(), sheet.firstPage()))
                        .startsWith("評価シート2026年度（令和8年度）" + m.id() + "施策名" + m.id() + m.title().replaceAll("\\s+", ""))
                        .endsWith("特別区における情報化推進リーダー（DX推進リーダー）の確保・育成・活用計画評価シート（2026年度（令和8年度））"
                                + (2 + i) + "/11データ更新2026-11-2010:15" + m.id());
            }
            String cover = text(doc, 1, 1);
            assertThat(cover).contains("評価シート一覧", "施策10件", "A：100%以上、B：80%以上、C：80%未満",
                    "1S1-1特別区合同デジタル人材戦略の策定と実行人事課B改善2",
                    "2S1-2外部専門人材の戦略的活用と登用人事課C継続3");
        }
    }

    @Test
    void theSheetShowsTheHandComputedAchievementsGradesAndAmounts() throws IOException {
        Sheets s = write(EvaluationPlans.sampleWithActuals(), 2026, List.of("S1-1"), TestReports.options());
        try (PDDocument doc = s.doc()) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            String sheet = text(doc, 2, 2);
            // 研修修了者数 17 of 20 → 85.0% B; 時間外勤務 20 → 19 against 18 → 50.0% C; the years after show targets only.
            assertThat(sheet).contains("研修修了者数", "0（R7）", "目標実績達成率評価", "20", "17", "85.0%", "B", "★50",
                    "50.0%", "★15", "R8評価年度", "R9計画");
            // Measure: mean(85%, 50%) = 67.5% → C, overridden to B with its reason.
            assertThat(sheet).contains("B（指標による評価C、達成率67.5%を変更）", "評価を変更した理由", "□拡充□継続■改善□縮小□廃止□完了",
                    "研修の定員を増やし、勤怠データで効果を確かめる", "各区の人事部門と連携して進める");
            // 千円: 事業費 15,235 + 8,000 = 23,235; 人件費 12,000 + 8,000; total 27,235 + 16,000 = 43,235; 国庫 7,000;
            // その他 1,000; 一般財源 21,235 + 14,000 = 35,235.
            assertThat(sheet).contains("事業費15,2358,000−−−23,235", "人件費12,0008,000−−−20,000",
                    "総事業費（事業費＋人件費）27,23516,000−−−43,235", "財源：国庫支出金5,0002,000−−−7,000",
                    "財源：都道府県支出金−−−−−−", "財源：その他1,000−−−−1,000", "財源：一般財源21,23514,000−−−35,235",
                    "1人工あたり年8,000千円");
        }
    }

    @Test
    void aMeasureWithoutNumericIndicatorsIsMeasuredByItsSupportMeasures() throws IOException {
        Sheets s = write(EvaluationPlans.sampleWithActuals(), 2026, List.of("S1-3"), TestReports.options());
        try (PDDocument doc = s.doc()) {
            String sheet = text(doc, 2, 2);
            // S1's KGI: (55 − 43.5) / (60 − 43.5) = 69.7% → C, the measure's grade too.
            assertThat(sheet).contains("43.5（R7）", "60", "55", "69.7%", "★100", "支援策の指標を示し",
                    "C（指標の達成率69.7%）", "□拡充□継続□改善□縮小□廃止□完了");
        }
    }

    @Test
    void yearsAfterTheOneEvaluatedShowThePlanOnly() throws IOException {
        Plan plan = EvaluationPlans.sampleWithActuals();
        Measure m = plan.measure("S1-1").orElseThrow();
        List<Indicator> indicators = new ArrayList<>(m.indicators());
        indicators.set(0, indicators.get(0).withActual(IndicatorActual.of(2027, 37.5)));
        plan = plan.withMeasures(plan.measures().stream().map(x -> x.id().equals("S1-1")
                ? x.withIndicators(indicators) : x).toList());
        Sheets in2026 = write(plan, 2026, List.of("S1-1"), TestReports.options());
        try (PDDocument doc = in2026.doc()) {
            assertThat(text(doc, 2, 2)).doesNotContain("37.5", "93.8%");
        }
        // 2027: 37.5 of 40 → 93.75% → 93.8% (half up) → B.
        Sheets in2027 = write(plan, 2027, List.of("S1-1"), TestReports.options());
        try (PDDocument doc = in2027.doc()) {
            assertThat(text(doc, 2, 2)).contains("R9評価年度", "R10計画", "37.5", "93.8%", "評価シート2027年度（令和9年度）");
        }
    }

    @Test
    void aSheetTooLongForOnePageGoesOnWithTheMeasureNamedAtTheTop() throws IOException {
        Plan plan = EvaluationPlans.sampleWithActuals();
        List<Indicator> many = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            many.add(new Indicator("", IndicatorKind.KPI_OUTPUT, "指標その" + i + "：研修の受講者数と修了者数の推移", "", "名",
                    "", null, IndicatorDirection.UP, 10.0, 2025, List.of(new IndicatorTarget(2026, 20, false),
                    new IndicatorTarget(2028, 40, true)), List.of(IndicatorActual.of(2026, 15))));
        }
        plan = plan.withMeasures(plan.measures().stream().map(x -> x.id().equals("S1-1")
                ? x.withIndicators(many) : x).toList());
        Sheets s = write(org.kaname.model.IndicatorIds.assignMissing(plan), 2026, List.of("S1-1"),
                TestReports.options());
        try (PDDocument doc = s.doc()) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            assertThat(text(doc, 2, 2)).endsWith("S1-1（1/2）").doesNotContain("（続き）");
            String second = text(doc, 3, 3);
            // The table goes on with its header row; 15 of 20 from a baseline of 10: (15 − 10) / (20 − 10) = 50.0%.
            assertThat(second).startsWith("区分指標名単位現状値項目R8評価年度").contains("■評価", "50.0%")
                    // The running header names the measure first (the plan's title, cut to the line, after it).
                    .endsWith("S1-1特別区合同デジタル人材戦略の策定と実行（続き）特別区における情報化推進リーダー（DX推進リーダー）の確保・育成・活用計画…"
                            + "3/3データ更新2026-11-2010:15S1-1（2/2）");
        }
    }

    @Test
    void englishSheets() throws IOException {
        Sheets s = write(EvaluationPlans.sampleWithActuals(), 2026, List.of("S1-1"),
                TestReports.options().withLanguage(ReportLanguage.EN));
        try (PDDocument doc = s.doc()) {
            assertThat(text(doc, 2, 2)).contains("Evaluationsheet", "FY2026(Reiwa8)", "FY26eval.", "FY27plan",
                    "85.0%", "□Expand□Continue■Improve", "43,235");
        }
    }

    @Test
    void aYearOutsideThePlanOrAnUnknownMeasureIsRefused() {
        Plan plan = EvaluationPlans.sampleWithActuals();
        EvaluationSheetService service = new EvaluationSheetService();
        assertThatThrownBy(() -> service.write(plan, null, 2031, List.of(), TestReports.options(),
                new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2031");
        assertThatThrownBy(() -> service.write(plan, null, 2026, List.of("X-9"), TestReports.options(),
                new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-9");
    }
}
