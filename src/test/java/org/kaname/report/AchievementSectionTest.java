package org.kaname.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/** The report's section 達成状況 (see {@link EvaluationPlans} for the hand-computed values). */
class AchievementSectionTest {
    @Test
    void followsTheRoadmapAndShowsEachSupportMeasuresIndicatorsAndEvaluations() throws IOException {
        TestReports.Written w = TestReports.write(EvaluationPlans.sampleWithActuals(), TestReports.options());
        List<ReportResult.Section> sections = w.result().sections();
        int roadmap = index(sections, "ロードマップ");
        int achievement = index(sections, "達成状況");
        assertThat(achievement).isEqualTo(roadmap + 1);
        try (PDDocument doc = Loader.loadPDF(w.pdf())) {
            int from = sections.get(achievement).firstPage();
            int to = sections.get(achievement + 1).firstPage() - 1;
            String text = PdfProbe.text(doc, from, to, false).replaceAll("\\s+", "");
            assertThat(text).contains("2026年度（令和8年度）のものです", "A0件、B1件、C2件",
                    // The sample's twelve group indicators have final targets; only S1's KGI has an actual here.
                    "実績値のない数値指標11件", "施策の評価（2026年度（令和8年度））",
                    // S1's KGI: 55 of 60 from 43.5 → 69.7% C; S1-1's: 17 of 20 → 85.0% B, 19 against 18 from 20 → 50.0% C.
                    "S1KGI", "%R8605569.7%C", "S1-1KPI活動研修修了者数名R8201785.0%B",
                    "S1-1KPI成果時間外勤務時間（月平均）時間R8181950.0%C",
                    // S1-1: 67.5%, C overridden to B＊, 改善; S1-2 has an evaluation (継続) and the KGI's grade C.
                    "S1-1特別区合同デジタル人材戦略の策定と実行人事課67.5%B＊改善", "S1-2外部専門人材の戦略的活用と登用人事課69.7%C継続");
        }
    }

    @Test
    void leftOutOfAPlanWithoutNumericIndicators() throws IOException {
        // The sample with its indicators as text only, as before they had numbers.
        Plan sample = TestReports.sample();
        List<MeasureGroup> groups = sample.groups().stream().map(g -> new MeasureGroup(g.id(), g.pillar(),
                g.title(), g.purpose(), g.indicators().stream()
                        .map(i -> i.withNumbers(IndicatorDirection.UP, null, null, List.of())).toList(),
                g.evidence())).toList();
        Plan textOnly = sample.withStructure(sample.pillars(), groups, sample.measures());
        assertThat(textOnly.groups()).allSatisfy(g -> assertThat(g.indicators()).noneMatch(Indicator::isNumeric));
        TestReports.Written w = TestReports.write(textOnly, TestReports.options());
        assertThat(w.result().sections()).noneMatch(s -> s.title().contains("達成状況"));
    }

    private static int index(List<ReportResult.Section> sections, String title) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).title().endsWith(title)) {
                return i;
            }
        }
        throw new AssertionError("no section " + title + " in " + sections);
    }
}
