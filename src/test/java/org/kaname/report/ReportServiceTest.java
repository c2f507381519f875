package org.kaname.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/**
 * The report of the sample plan read back with PDFBox: text, fonts, page furniture, margins and ink. Expectations are
 * derived from the plan itself (e.g. the rank order is recomputed here from the raters' values), not from the report.
 */
class ReportServiceTest {
    static Plan plan;
    static TestReports.Written sample;
    static PDDocument doc;

    @BeforeAll
    static void writeSample() throws IOException {
        plan = TestReports.sample();
        sample = TestReports.write(plan, TestReports.options());
        doc = Loader.loadPDF(sample.pdf());
    }

    private static String sectionText(String titlePart) throws IOException {
        return sectionText(titlePart, true);
    }

    private static String sectionText(String titlePart, boolean sorted) throws IOException {
        List<ReportResult.Section> s = sample.result().sections();
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).title().contains(titlePart)) {
                int last = i + 1 < s.size() ? s.get(i + 1).firstPage() - 1 : doc.getNumberOfPages();
                return PdfProbe.text(doc, s.get(i).firstPage(), last, sorted);
            }
        }
        throw new AssertionError("no section " + titlePart + " in " + s);
    }

    /** The weighted sum by hand: mean of the raters' values per criterion, rescaled to 0–1, weighted, × 100. */
    private static List<String> expectedRankOrder() {
        double total = plan.criteria().stream().mapToDouble(Criterion::weight).sum();
        Map<String, Long> score = new HashMap<>();
        for (Measure m : plan.measures()) {
            double s = 0;
            for (Criterion c : plan.criteria()) {
                double mean = plan.scores().stream().filter(x -> x.measure().equals(m.id()) && x.criterion().equals(c.id()))
                        .mapToDouble(Score::value).average().orElseThrow();
                s += c.weight() / total * (mean - c.scale().min()) / (c.scale().max() - c.scale().min());
            }
            score.put(m.id(), Math.round(s * 100 * 100));
        }
        List<String> ids = new ArrayList<>(plan.measures().stream().map(Measure::id).toList());
        ids.sort(Comparator.comparingLong((String id) -> -score.get(id))); // stable: ties keep plan order
        return ids;
    }

    @Test
    void theRankingSectionListsTheMeasuresInRankOrder() throws IOException {
        String text = sectionText("優先順位");
        List<String> expected = expectedRankOrder();
        List<Integer> at = new ArrayList<>();
        for (String id : expected) {
            Matcher m = Pattern.compile(Pattern.quote(id) + "(?!\\d)").matcher(text);
            assertThat(m.find()).as("%s in the ranking section", id).isTrue();
            at.add(m.start());
        }
        assertThat(at).isSorted();
        assertThat(expected.get(0)).isEqualTo("S1-1");
    }

    @Test
    void theCriteriaSectionShowsEachCriterionWithItsNormalisedWeightAndScaleLevels() throws IOException {
        String text = sectionText("評価基準と重み");
        double total = plan.criteria().stream().mapToDouble(Criterion::weight).sum();
        for (Criterion c : plan.criteria()) {
            String weight = String.format(java.util.Locale.ROOT, "%.1f%%", 100 * c.weight() / total);
            assertThat(text).contains(c.name());
            assertThat(text).containsPattern(Pattern.quote(c.name()) + "\\s+" + Pattern.quote(weight));
            for (String level : c.scale().levels().values()) {
                assertThat(text.replaceAll("[\\s\u3000]", "")).contains(level.replaceAll("[\\s\u3000]", ""));
            }
        }
        assertThat(text).contains("直接入力");
    }

    @Test
    void everySectionStartsOnItsOwnPageWithItsTitleAndIsInTheContents() throws IOException {
        List<String> expected = new ArrayList<>(List.of("概要", "背景と位置づけ", "評価基準と重み", "優先順位"));
        plan.groups().stream().map(MeasureGroup::title).forEach(expected::add);
        // The sample's indicators have numeric targets (issue 16), so the report shows 達成状況 after the roadmap.
        expected.addAll(List.of("順位の頑健性", "ロードマップ", "達成状況", "付録　評価値一覧", "出典一覧"));
        List<ReportResult.Section> sections = sample.result().sections();
        assertThat(sections).extracting(s -> s.title().replaceFirst("^\\d+　", "")).containsExactlyElementsOf(expected);
        String cover = PdfProbe.text(doc, 1, 1);
        int previous = 1;
        for (ReportResult.Section s : sections) {
            assertThat(s.firstPage()).isGreaterThan(previous);
            previous = s.firstPage();
            String page = PdfProbe.text(doc, s.firstPage(), s.firstPage());
            // After the running header line, the page starts with the section's number and title.
            String afterHeader = page.substring(page.indexOf('\n') + 1).strip();
            String title = s.title().replaceAll("[\\s\u3000]", "");
            String start = title.substring(0, Math.min(8, title.length()));
            assertThat(afterHeader.replaceAll("[\\s\u3000]", "")).startsWith(start);
            assertThat(cover.replaceAll("[\\s\u3000]", "")).contains(start);
        }
        assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).hasSize(sections.size());
    }

    @Test
    void theSummaryNamesTheBasisTheTopMeasuresAndEverySupportMeasure() throws IOException {
        String text = sectionText("概要", false).replaceAll("[\\s\u3000]", "");
        assertThat(text).contains("5つの評価基準").contains("3名の評価者（企画課、情報政策課、人事課）");
        assertThat(text).contains("1位S1-1");
        for (MeasureGroup g : plan.groups()) {
            assertThat(text).contains(g.title().replaceAll("[\\s\u3000]", ""));
        }
    }

    /** S3-1, ③'s core measure, is deferred for 1,000千円 in 2029: the first pages must say so, in 千円. */
    @Test
    void theSummaryListsEveryDeferredMeasureWithItsReasonAndTheMoneyThatWouldFitIt() throws IOException {
        String text = sectionText("概要", false).replaceAll("[\\s\u3000]", "");
        assertThat(text).contains("見送った施策と理由").contains("次の1件は");
        assertThat(text).contains("S3-1デジタル活用支援員").contains("2029年度1,000千円超過")
                .contains("超過する年度の予算を計1,000千円増やせば、2026年度（令和8年度）から実施できます。");
        assertThat(text).doesNotContain("000円超過");
        String roadmap = sectionText("ロードマップ", false).replaceAll("[\\s\u3000]", "");
        assertThat(roadmap).contains("2029年度1,000千円超過").doesNotContain("1,000,000円");
    }

    /** Each scenario's resulting ranking, not only its weights; scores with one decimal. */
    @Test
    void theRankingSectionShowsEachScenariosRankingAndScoresWithOneDecimal() throws IOException {
        String text = sectionText("優先順位", false).replaceAll("[\\s\u3000]", "");
        assertThat(text).contains("重みシナリオ別の順位").contains("変動幅");
        for (org.kaname.model.Scenario s : plan.scenarios()) {
            org.kaname.engine.Ranking r = new org.kaname.engine.RankingService().rank(plan, s.name(), null);
            org.kaname.engine.RankedMeasure first = r.ranked().get(0);
            assertThat(text).contains("「" + s.name() + "」では、1位は" + first.measureId()
                    + first.title().replaceAll("[\\s\u3000]", ""));
        }
        org.kaname.engine.RankedMeasure top = new org.kaname.engine.RankingService().rank(plan).ranked().get(0);
        String oneDecimal = new java.math.BigDecimal(Double.toString(top.score().getAsDouble()))
                .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        assertThat(sectionText("優先順位")).contains(top.measureId()).contains(oneDecimal)
                .doesNotContainPattern("(?<![\\d.])\\d{1,3}\\.\\d{2}(?![\\d%])");
    }

    /** The plan's 意義 by stakeholder and its 経過 were stored but printed nowhere. */
    @Test
    void theBackgroundGivesTheSignificanceForEachStakeholderAndTheTimeline() throws IOException {
        String text = sectionText("背景と位置づけ", false).replaceAll("[\\s\u3000]", "");
        assertThat(text).contains("計画の意義").contains("住民にとっての意義").contains("地域社会にとっての意義")
                .contains("行政にとっての意義").contains("これまでの経過");
        plan.significance().forEach(s -> assertThat(text).contains(s.text().replaceAll("[\\s\u3000]", "")
                .substring(0, 30)));
        plan.timeline().forEach(e -> assertThat(text).contains(e.year() + "年")
                .contains(e.text().replaceAll("[\\s\u3000]", "").substring(0, 20)));
    }

    @Test
    void eachSupportMeasureSectionHasItsPurposeIndicatorsEvidenceProblemsAndCases() throws IOException {
        for (MeasureGroup g : plan.groups()) {
            String text = sectionText(g.title(), false).replaceAll("[\\s\u3000]", "");
            assertThat(text).contains(g.purpose().replaceAll("[\\s\u3000]", "").substring(0, 20));
            assertThat(text).contains("指標（KGI・KSI・KPI）");
            g.indicators().forEach(i -> assertThat(text).contains(i.name().replaceAll("[\\s\u3000]", "")));
            // Each source by its title and number here; its address once, in the 出典一覧.
            g.evidence().forEach(e -> assertThat(text).contains(e.title().replaceAll("[\\s\u3000]", ""))
                    .containsPattern("［出典\\d+］"));
            plan.measures().stream().filter(m -> m.group().equals(g.id()))
                    .forEach(m -> assertThat(text).contains(m.id() + m.title().replaceAll("[\\s\u3000]", "")));
            plan.cases().stream().filter(c -> c.groups().contains(g.id()))
                    .forEach(c -> assertThat(text).contains(c.municipality()));
        }
    }

    @Test
    void robustnessIsReadOutInPlainSentences() throws IOException {
        String text = sectionText("順位の頑健性").replaceAll("[\\s\u3000]", "");
        assertThat(text).containsPattern("S1-1は\\d{1,3}%のサンプルで「高」のまま");
        assertThat(text).contains("2,000通りのサンプル");
    }

    @Test
    void theRoadmapShowsFiscalYearsWithTheirEraAndTheDeferredMeasuresWithReasons() throws IOException {
        String text = sectionText("ロードマップ");
        assertThat(text).contains("2027年度（令和9年度）").contains("見送った施策と理由").doesNotContain("取組");
        // In the sample, S1-3 needs S1-1, which runs the whole horizon (see RoadmapCommandTest).
        assertThat(text).contains("S1-3");
        assertThat(text).contains("200,000");
    }

    @Test
    void theAppendixHasEveryRatersValueAndRationale() throws IOException {
        String text = sectionText("付録", false).replaceAll("[\\s\u3000]", "");
        plan.raters().forEach(r -> assertThat(text).contains(r.name()));
        plan.scores().stream().map(Score::note).filter(n -> !n.isBlank()).distinct().limit(20)
                .forEach(n -> assertThat(text).contains(n.replaceAll("[\\s\u3000]", "")));
    }

    @Test
    void theFingerprintIsOnTheCoverAndInTheColophonOnlyAndEveryPageCarriesTheDataTime() throws IOException {
        String fp = ReportService.fingerprint(plan);
        assertThat(fp).matches("[0-9a-f]{8}");
        assertThat(sample.result().fingerprint()).isEqualTo(fp);
        String cover = PdfProbe.text(doc, 1, 1);
        assertThat(cover).contains(fp).contains("2026年11月20日 10:15 (JST)")
                .contains("2026年11月28日（令和8年11月28日）");
        int n = doc.getNumberOfPages();
        String last = PdfProbe.text(doc, n, n);
        assertThat(last).contains("奥付").contains(fp).contains("2026年11月28日（令和8年11月28日）");
        for (int p = 2; p <= n; p++) {
            String page = PdfProbe.text(doc, p, p);
            assertThat(page).contains(p + " / " + n).contains("データ更新 2026-11-20 10:15");
            if (p < n) {
                assertThat(page).doesNotContain(fp);
            }
            assertThat(page.lines().findFirst().orElse("")).startsWith(plan.title().substring(0, 10));
        }
    }

    @Test
    void theFingerprintChangesWithTheContentAndOnlyWithIt() {
        assertThat(ReportService.fingerprint(TestReports.sample())).isEqualTo(ReportService.fingerprint(plan));
        assertThat(ReportService.fingerprint(plan.withTitle(plan.title() + "（案）")))
                .isNotEqualTo(ReportService.fingerprint(plan));
    }

    @Test
    void onlyTheBundledFontIsUsedEmbeddedAsASubset() throws IOException {
        int fonts = 0;
        for (PDPage page : doc.getPages()) {
            for (PDFont f : PdfProbe.fonts(page)) {
                fonts++;
                assertThat(f).isInstanceOf(PDType0Font.class);
                assertThat(f.isEmbedded()).isTrue();
                assertThat(f.getName()).matches("[A-Z]{6}\\+IPAexGothic");
                assertThat(((PDType0Font) f).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
            }
        }
        assertThat(fonts).isGreaterThanOrEqualTo(doc.getNumberOfPages());
        // A subset, not the 4 MB font: the whole report is far smaller than the font file.
        assertThat(sample.pdf().length).isLessThan(2_000_000);
    }

    @Test
    void chartsAreVectorsWithRealTextNotImages() throws IOException {
        String ranking = sectionText("優先順位");
        // The contribution chart's legend and axis are text in the PDF.
        assertThat(ranking).contains("得点（100点満点）");
        for (PDPage page : doc.getPages()) {
            for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
                assertThat(page.getResources().getXObject(name))
                        .isInstanceOf(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject.class);
            }
        }
    }

    @Test
    void thePageCountFollowsTheStructureAnEmptySupportMeasureAddsExactlyOnePage() throws IOException {
        ReportResult r = sample.result();
        assertThat(r.pageCount()).isEqualTo(doc.getNumberOfPages());
        // Cover + one page at least per section; the sample's sections are short, but the appendix
        // (10 measures × 5 criteria × 3 raters, 150 rationales) needs several pages.
        assertThat(r.pageCount()).isGreaterThanOrEqualTo(1 + r.sections().size() + 2).isLessThanOrEqualTo(40);
        MeasureGroup extra = new MeasureGroup("S9", "people", "支援策⑨：追加の支援策", "追加の目的", List.of(), List.of());
        List<MeasureGroup> groups = new ArrayList<>(plan.groups());
        groups.add(extra);
        Plan more = plan.withStructure(plan.pillars(), groups, plan.measures());
        assertThat(TestReports.write(more, TestReports.options()).result().pageCount()).isEqualTo(r.pageCount() + 1);
    }

    @Test
    void everyPageHasInk() throws IOException {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            assertThat(PdfProbe.ink(doc, i, 30)).as("ink on page %d", i + 1).isGreaterThan(0.004);
        }
    }

    @Test
    void noTextRunsOutsideTheMargins() throws IOException {
        Margins.check(doc);
    }

    @Test
    void noLineOfBodyTextStartsWithAClosingMarkOrEndsWithAnOpeningOne() throws IOException {
        String text = PdfProbe.text(doc, 2, doc.getNumberOfPages());
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            assertThat("、。）」』】".indexOf(l.charAt(0))).as("line start: %s", l).isNegative();
            assertThat("（「『【".indexOf(l.charAt(l.length() - 1))).as("line end: %s", l).isNegative();
        }
    }

    @Test
    void theReportIsTheSameForTheSameInputs() throws IOException {
        TestReports.Written again = TestReports.write(plan, TestReports.options());
        assertThat(PdfProbe.text(Loader.loadPDF(again.pdf()), 1, 99)).isEqualTo(PdfProbe.text(doc, 1, 99));
    }
}
