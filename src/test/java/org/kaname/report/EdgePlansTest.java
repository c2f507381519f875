package org.kaname.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.FiscalYears;
import org.kaname.model.Judgment;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Weighting;
import org.kaname.model.WeightingMethod;

/** Plans at the edges still give a valid, readable report that says what is missing. */
class EdgePlansTest {
    @TempDir
    Path dir;

    private static PDDocument pdf(TestReports.Written w) throws IOException {
        PDDocument doc = Loader.loadPDF(w.pdf());
        assertThat(doc.getNumberOfPages()).isEqualTo(w.result().pageCount()).isPositive();
        return doc;
    }

    @Test
    void veryLongTitlesWrapOnTheCoverAndAreShortenedInTheHeaderWithinTheMargins() throws IOException {
        Plan sample = TestReports.sample();
        String longTitle = "特別区における情報化推進リーダー（DX推進リーダー）の確保・育成・活用に関する基本計画".repeat(6);
        Plan plan = sample.withTitle(longTitle).withMeasures(sample.measures().stream()
                .map(m -> new Measure(m.id(), m.group(), m.title().repeat(5), m.description(), m.owner(),
                        m.initialCost(), m.annualCost(), m.durationYears(), m.earliestStart(), m.dependsOn(),
                        m.addresses(), m.indicators(), m.evidence(), m.pinnedStart()))
                .toList());
        try (PDDocument doc = pdf(TestReports.write(plan, TestReports.options()))) {
            Margins.check(doc);
            String cover = PdfProbe.text(doc, 1, 1).replaceAll("\\s", "");
            assertThat(cover).contains(longTitle);
            assertThat(PdfProbe.text(doc, 2, 2).lines().findFirst().orElse("")).endsWith("…");
        }
    }

    @Test
    void scenarioNamesOfFourThousandCharactersAreCutInTheTableHeaderInsteadOfMakingPagesWithoutEnd()
            throws IOException {
        Plan sample = TestReports.sample();
        String longName = "財政重視シナリオ".repeat(500);
        java.util.Map<String, Double> weights = new java.util.LinkedHashMap<>();
        sample.criteria().forEach(c -> weights.put(c.id(), 1.0));
        Plan plan = sample.withScenarios(List.of(new org.kaname.model.Scenario(longName, weights),
                new org.kaname.model.Scenario("公平重視", weights)));
        try (PDDocument doc = pdf(TestReports.write(plan, TestReports.options()))) {
            Margins.check(doc);
            // Before the header was capped, the scenarios table's header was taller than a page and the report never
            // finished; now it is the sample's length give or take the scenarios section.
            assertThat(doc.getNumberOfPages()).isLessThan(60);
            String text = PdfProbe.text(doc, 1, doc.getNumberOfPages()).replaceAll("\\s", "");
            assertThat(text).contains("財政重視シナリオ財政重視").contains("…").contains("公平重視");
        }
    }

    @Test
    void aPlanWithoutMeasuresSaysSo() throws IOException {
        Plan sample = TestReports.sample();
        Plan plan = sample.withStructure(sample.pillars(), sample.groups(), List.of()).withScores(List.of());
        try (PDDocument doc = pdf(TestReports.write(plan, TestReports.options()))) {
            Margins.check(doc);
            String text = PdfProbe.text(doc, 1, doc.getNumberOfPages());
            assertThat(text).contains("施策がありません").contains("この支援策には施策がありません")
                    .contains("評価値がありません");
        }
    }

    @Test
    void aPlanWithNothingButATitleStillPrints() throws IOException {
        Plan plan = Plan.empty("新しい計画", new FiscalYears(2026, 2030));
        try (PDDocument doc = pdf(TestReports.write(plan, TestReports.options()))) {
            Margins.check(doc);
            assertThat(PdfProbe.text(doc, 1, doc.getNumberOfPages())).contains("評価基準が設定されていません")
                    .contains("順位を計算できません").doesNotContain("背景と位置づけ");
        }
    }

    @Test
    void fiveHundredMeasuresGiveAValidReportWithEveryMeasureRankedAndScored() throws IOException {
        Plan plan = TestReports.large(500);
        TestReports.Written w = TestReports.write(plan, TestReports.options());
        try (PDDocument doc = pdf(w)) {
            Margins.check(doc);
            String text = PdfProbe.text(doc, 1, doc.getNumberOfPages());
            assertThat(text).contains("M500").contains("大規模計画（500施策）");
            // 500 × 5 × 3 = 7,500 values in the appendix alone need well over a hundred pages.
            assertThat(w.result().pageCount()).isGreaterThan(100);
            for (int i = 0; i < doc.getNumberOfPages(); i += 37) {
                assertThat(PdfProbe.ink(doc, i, 20)).as("ink on page %d", i + 1).isGreaterThan(0.003);
            }
        }
    }

    @Test
    void ahpWeightsShowTheJudgmentsAndTheConsistencyRatio() throws IOException {
        Plan sample = TestReports.sample();
        List<Judgment> judgments = List.of(new Judgment("speed", "feasibility", 3), new Judgment("speed", "cost", 2),
                new Judgment("speed", "fairness", 4), new Judgment("speed", "evidence", 2),
                new Judgment("feasibility", "cost", 1), new Judgment("feasibility", "fairness", 2),
                new Judgment("feasibility", "evidence", 1), new Judgment("cost", "fairness", 2),
                new Judgment("cost", "evidence", 1), new Judgment("fairness", "evidence", 0.5));
        Plan plan = sample.withWeighting(new Weighting(WeightingMethod.AHP, judgments, null, null));
        try (PDDocument doc = pdf(TestReports.write(plan, TestReports.options()))) {
            String text = PdfProbe.text(doc, 1, doc.getNumberOfPages());
            assertThat(text).contains("AHP").contains("CR = ").contains("即効性・波及効果は実現可能性の3倍重要");
        }
    }

    @Test
    void englishReportsUseTheEnglishTextsAndFiscalYears() throws IOException {
        try (PDDocument doc = pdf(TestReports.write(TestReports.sample(),
                TestReports.options().withLanguage(ReportLanguage.EN)))) {
            String text = PdfProbe.text(doc, 1, doc.getNumberOfPages());
            assertThat(text).contains("Criteria and weights").contains("Ranking").contains("Robustness of the ranking")
                    .contains("FY2027 (Reiwa 9)").contains("Appendix: all scores");
            Margins.check(doc);
        }
    }

    @Test
    void a3PutsTheRoadmapOnA3LandscapeAndEverythingElseOnA4Portrait() throws IOException {
        TestReports.Written w = TestReports.write(TestReports.sample(), TestReports.options().withPaper(Paper.A3));
        try (PDDocument doc = pdf(w)) {
            ReportResult.Section roadmap = w.result().sections().stream().filter(s -> s.title().contains("ロードマップ"))
                    .findFirst().orElseThrow();
            ReportResult.Section next = w.result().sections().get(w.result().sections().indexOf(roadmap) + 1);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDRectangle box = doc.getPage(p - 1).getMediaBox();
                boolean onRoadmap = p >= roadmap.firstPage() && p < next.firstPage();
                if (onRoadmap) {
                    assertThat(box.getWidth()).isCloseTo(PDRectangle.A3.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
                    assertThat(box.getHeight()).isCloseTo(PDRectangle.A3.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
                } else {
                    assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
                    assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
                }
            }
            Margins.check(doc);
        }
    }

    @Test
    void charactersTheFontLacksArePrintedAsGetaMarksInsteadOfFailing() throws IOException {
        Plan plan = TestReports.sample().withTitle("計画 \uD83D\uDE00 テスト\u0007");
        try (PDDocument doc = pdf(TestReports.write(plan, TestReports.options()))) {
            assertThat(PdfProbe.text(doc, 1, 1)).contains("計画 〓 テスト");
        }
    }

    @Test
    void writeFileMovesACompleteFileIntoPlaceAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.pdf");
        Files.writeString(target, "old");
        ReportResult r = new ReportService().writeFile(TestReports.sample(), TestReports.LAST_CHANGE,
                TestReports.options(), target);
        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(r.pageCount());
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("report.pdf");
        }
    }

    @Test
    void theCallersStreamIsLeftOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new ReportService().write(TestReports.sample(), TestReports.LAST_CHANGE, TestReports.options(), out);
        assertThat(closed[0]).isFalse();
        assertThat(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
