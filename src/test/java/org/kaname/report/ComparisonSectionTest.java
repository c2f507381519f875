package org.kaname.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaname.engine.compare.ScoreAuthors;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;

/**
 * The section 「前回版からの変更」 read back from the PDF. Two criteria on 1–5 weighted equally, raters 企画課 and
 * 情報政策課, score = 100 × mean of (value − 1) / 4 over both criteria.
 *
 * <p>Saved version: K1 all 5 → 100 (1st); K2 all 4 → 75 (2nd); K4 all 3 → 50 (3rd); K3 all 2 → 25 (4th).
 * Now: K4 removed; K5 added with all 1 → 0; K3's values 2 → 5 except 情報政策課 on 基準y 2 → 4 (by 佐藤):
 * x 1, y .875 → 93.75. Ranks now K1 1 (±0), K3 2 (4 → 2: ↑2), K2 3 (2 → 3: ↓1), K5 4 (新規); K4 削除.
 */
class ComparisonSectionTest {
    static final Instant SAVED = Instant.parse("2026-11-01T01:00:00Z");
    static final String VERSION = "令和9年度 部長会議提出版";
    static Plan saved;
    static Plan now;
    static TestReports.Written ja;
    static TestReports.Written en;

    @BeforeAll
    static void writeReports() throws IOException {
        saved = plan(List.of("K1", "K2", "K3", "K4"), List.of(
                values("K1", 5, 5, 5, 5), values("K2", 4, 4, 4, 4), values("K3", 2, 2, 2, 2),
                values("K4", 3, 3, 3, 3)));
        now = plan(List.of("K1", "K2", "K3", "K5"), List.of(
                values("K1", 5, 5, 5, 5), values("K2", 4, 4, 4, 4), values("K3", 5, 5, 5, 4),
                values("K5", 1, 1, 1, 1)));
        ScoreAuthors authors = (m, c, r) -> m.equals("K3") ? Optional.of("佐藤") : Optional.empty();
        ReportComparison comparison = ReportComparison.between(new ComparedVersion(VERSION, SAVED), saved, now,
                authors);
        ja = TestReports.write(now, TestReports.options().withSamples(200).withComparison(comparison));
        en = TestReports.write(now, TestReports.options().withSamples(200).withLanguage(ReportLanguage.EN)
                .withComparison(comparison));
    }

    @Test
    void theSectionFollowsTheRankingWhenAComparisonIsGiven() {
        List<String> titles = titles(ja);
        int ranking = indexOf(titles, "優先順位");
        assertThat(titles.get(ranking + 1)).isEqualTo((ranking + 2) + "　前回版からの変更");
    }

    @Test
    void theLeadNamesTheSavedVersionWithItsDateAndNow() throws IOException {
        String text = text(ja);
        assertThat(text).contains("前回版「令和9年度部長会議提出版」(2026年11月1日10:00(JST)保存)と現在の計画"
                + "(本報告書のデータ、最終更新2026年11月20日10:15(JST))を比べ");
    }

    @Test
    void theSummarySaysHowManyMeasuresMoved() throws IOException {
        assertThat(text(ja)).contains("順位が変わった施策:2件(両方の版にある3件のうち。上昇1件、下降1件)",
                "追加された施策:1件、削除された施策:1件", "変更・追加・削除された評価値:12件",
                "重みが変わった評価基準:0件");
    }

    @Test
    void eachMeasureHasItsMovementAsTextWithRankScoreAndTierBeforeAndAfter() throws IOException {
        String text = text(ja);
        // Change, id, title, rank, score, tier: one row each, in the order of the current ranking, removed last.
        int k1 = text.indexOf("±0K1施策K11→1100.0→100.0◎高→◎高");
        int k3 = text.indexOf("↑2K3施策K34→225.0→93.8△低→◎高");
        int k2 = text.indexOf("↓1K2施策K22→375.0→75.0◎高→◎高");
        int k5 = text.indexOf("新規K5施策K5−→4−→0.0−→△低");
        int k4 = text.indexOf("削除K4施策K43→−50.0→−○中→−");
        assertThat(List.of(k1, k3, k2, k5, k4)).allMatch(i -> i >= 0);
        assertThat(k1).isLessThan(k3);
        assertThat(k3).isLessThan(k2);
        assertThat(k2).isLessThan(k5);
        assertThat(k5).isLessThan(k4);
        assertThat(text).contains("全5件の施策を、現在の順位の順に示します");
    }

    @Test
    void unchangedWeightsAreSaidToBeUnchanged() throws IOException {
        assertThat(text(ja)).contains("重みは変わっていません。");
    }

    @Test
    void addedAndRemovedMeasuresAreListed() throws IOException {
        assertThat(text(ja)).contains("追加K5施策K540.0△低", "削除K4施策K4350.0○中");
    }

    @Test
    void changedValuesNameTheirRaterBeforeAfterAndWhoChangedThem() throws IOException {
        String text = text(ja);
        assertThat(text).contains("K3施策K3基準x企画課25佐藤", "K3施策K3基準y情報政策課24佐藤",
                "K5施策K5基準x企画課−1−", "K4施策K4基準y情報政策課3−−");
        assertThat(text.indexOf("K3施策K3基準x企画課25佐藤")).isLessThan(text.indexOf("K5施策K5基準x企画課−1−"));
        assertThat(text.indexOf("K5施策K5基準x企画課−1−")).isLessThan(text.indexOf("K4施策K4基準x企画課3−−"));
        assertThat(text).doesNotContain("ほか");
    }

    @Test
    void everyCharacterIsInTheFontAndEveryGlyphInsideTheMargins() throws IOException {
        assertThat(text(ja)).doesNotContain("〓");
        assertThat(text(en)).doesNotContain("〓");
        try (PDDocument doc = Loader.loadPDF(ja.pdf())) {
            Margins.check(doc);
        }
    }

    @Test
    void theEnglishReportHasTheSectionInEnglish() throws IOException {
        String text = text(en);
        assertThat(titles(en)).anyMatch(t -> t.endsWith("Changes since the previous version"));
        assertThat(text).contains("Measureswhoserankchanged:2ofthe3inbothversions(1up,1down)",
                "↑2K3", "↓1K2", "newK5", "removedK4");
    }

    @Test
    void absentWithoutAComparison() throws IOException {
        TestReports.Written plain = TestReports.write(now, TestReports.options().withSamples(200));
        assertThat(titles(plain)).noneMatch(t -> t.contains("前回版"));
        List<String> with = new ArrayList<>(titles(ja));
        with.removeIf(t -> t.contains("前回版"));
        // Without the section every other section keeps its place; only the numbers after it shift.
        assertThat(with.stream().map(ComparisonSectionTest::unnumbered).toList())
                .isEqualTo(titles(plain).stream().map(ComparisonSectionTest::unnumbered).toList());
    }

    @Test
    void anUnchangedPlanSaysNothingChanged() throws IOException {
        ReportComparison same = ReportComparison.between(new ComparedVersion(VERSION, SAVED), now, now,
                ScoreAuthors.NONE);
        String text = text(TestReports.write(now, TestReports.options().withSamples(200).withComparison(same)));
        assertThat(text).contains("前回版「令和9年度部長会議提出版」から変わった点はありません。")
                .doesNotContain("順位の変動");
    }

    @Test
    void aComparisonWithOtherDataThanThePlanIsRefused() {
        ReportComparison other = ReportComparison.between(new ComparedVersion(VERSION, SAVED), now, saved,
                ScoreAuthors.NONE);
        assertThatThrownBy(() -> TestReports.write(now, TestReports.options().withComparison(other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(VERSION);
    }

    @Test
    void longTablesStopAt200RowsAndSayHowManyMore() throws IOException {
        // 100 measures × 5 criteria × 3 raters; every sixth of the 1,500 values changed: 250 changes.
        Plan before = TestReports.large(100);
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < before.scores().size(); i++) {
            Score s = before.scores().get(i);
            scores.add(i % 6 == 0 ? Score.of(s.measure(), s.criterion(), s.rater(), s.value() == 1 ? 2 : 1) : s);
        }
        Plan after = before.withScores(scores);
        ReportComparison c = ReportComparison.between(new ComparedVersion("第1版", SAVED), before, after,
                ScoreAuthors.NONE);
        TestReports.Written written = TestReports.write(after, TestReports.options().withSamples(50)
                .withComparison(c));
        String text = text(written);
        assertThat(text).contains("変更・追加・削除された評価値:250件", "ほか50件は省略しています(全250件)。",
                "全100件の施策のうち、順位・得点・優先度のいずれかが変わった");
        try (PDDocument doc = Loader.loadPDF(written.pdf())) {
            Margins.check(doc);
        }
    }

    // ---- plans and text ----

    private static List<Score> values(String measure, double xr1, double xr2, double yr1, double yr2) {
        return List.of(Score.of(measure, "x", "r1", xr1), Score.of(measure, "x", "r2", xr2),
                Score.of(measure, "y", "r1", yr1), Score.of(measure, "y", "r2", yr2));
    }

    private static Plan plan(List<String> ids, List<List<Score>> values) {
        List<Criterion> criteria = List.of(
                new Criterion("x", "基準x", "", 1, Direction.BENEFIT, Scale.of(1, 5, Map.of())),
                new Criterion("y", "基準y", "", 1, Direction.BENEFIT, Scale.of(1, 5, Map.of())));
        List<Measure> measures = ids.stream().map(id -> Measure.of(id, "G", "施策" + id)).toList();
        List<Score> scores = values.stream().flatMap(List::stream).toList();
        return Plan.empty("比較テスト計画", new FiscalYears(2026, 2030)).withCriteria(criteria)
                .withMeasures(measures)
                .withRatersAndScores(List.of(new Rater("r1", "企画課"), new Rater("r2", "情報政策課")), scores);
    }

    /** The comparison section's text in drawing order (a table row's cells together), folded, without spaces. */
    static String text(TestReports.Written written) throws IOException {
        List<ReportResult.Section> s = written.result().sections();
        try (PDDocument doc = Loader.loadPDF(written.pdf())) {
            for (int i = 0; i < s.size(); i++) {
                if (s.get(i).title().contains("前回版") || s.get(i).title().contains("previous version")) {
                    int last = i + 1 < s.size() ? s.get(i + 1).firstPage() - 1 : doc.getNumberOfPages();
                    String text = PdfProbe.text(doc, s.get(i).firstPage(), last, false);
                    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\u3000]", "");
                }
            }
        }
        throw new AssertionError("no comparison section in " + s);
    }

    private static List<String> titles(TestReports.Written w) {
        return w.result().sections().stream().map(ReportResult.Section::title).toList();
    }

    private static String unnumbered(String title) {
        return title.replaceFirst("^\\d+\\s*", "");
    }

    private static int indexOf(List<String> titles, String part) {
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError(part + " not in " + titles);
    }
}
