package org.kaname.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaname.engine.workshop.Rounds;
import org.kaname.model.Plan;

/**
 * The workshop section read back from the PDF. Round 1 on the sample plan (raters r1–r3):
 * S1-1 即効性 1, 5, 3 (sd 2, 50% of the 1–5 span, strong); S1-1 費用対効果 2, 4, 3 (sd 1, 25%, strong);
 * S1-2 即効性 3, 4, 4 (sd 0.577, 14.4%): mean spread (50 + 25 + 14.43) / 3 = 29.8%, 2 strong cells.
 * Round 2: S1-1 即効性 3, 4, 3 (sd 0.577), S1-1 費用対効果 3, 3, 3 (0), S1-2 unchanged:
 * (14.43 + 0 + 14.43) / 3 = 9.6%, no strong cell. Fell: S1-1 即効性 2.00 → 0.58, then 費用対効果 1.00 → 0.00;
 * S1-2 did not fall and is not listed.
 */
class WorkshopSectionTest {
    static final Instant FIRST = Instant.parse("2026-11-10T01:00:00Z");
    static final Instant SECOND = Instant.parse("2026-11-17T01:00:00Z");
    static Plan plan;
    static TestReports.Written ja;
    static TestReports.Written en;

    @BeforeAll
    static void writeReports() throws IOException {
        plan = twoRounds(TestReports.sample());
        ja = TestReports.write(plan, TestReports.options());
        en = TestReports.write(plan, TestReports.options().withLanguage(ReportLanguage.EN));
    }

    static Plan twoRounds(Plan sample) {
        return twoRounds(sample, false);
    }

    /** With {@code prefill} round 2 starts from all of S1-1's and S1-2's plan scores: 10 cells instead of 3. */
    static Plan twoRounds(Plan sample, boolean prefill) {
        List<String> raters = List.of("r1", "r2", "r3");
        Plan p = Rounds.open(sample, "第1回（議論前）", List.of("S1-1", "S1-2"), raters, false, false, FIRST);
        p = enter(p, "S1-1", "speed", 1, 5, 3);
        p = enter(p, "S1-1", "cost", 2, 4, 3);
        p = enter(p, "S1-2", "speed", 3, 4, 4);
        p = Rounds.reveal(p, FIRST);
        p = Rounds.open(p, "第2回（議論後）", List.of("S1-1", "S1-2"), raters, false, prefill, SECOND);
        p = enter(p, "S1-1", "speed", 3, 4, 3);
        p = enter(p, "S1-1", "cost", 3, 3, 3);
        if (!prefill) {
            p = enter(p, "S1-2", "speed", 3, 4, 4);
        }
        return Rounds.reveal(p, SECOND);
    }

    private static Plan enter(Plan p, String measure, String criterion, double r1, double r2, double r3) {
        p = Rounds.enter(p, measure, criterion, "r1", r1, "", FIRST);
        p = Rounds.enter(p, measure, criterion, "r2", r2, "", FIRST);
        return Rounds.enter(p, measure, criterion, "r3", r3, "", FIRST);
    }

    /** The section's text, whitespace removed and compatibility characters folded. */
    static String sectionText(TestReports.Written written, String titlePart) throws IOException {
        List<ReportResult.Section> s = written.result().sections();
        try (PDDocument doc = Loader.loadPDF(written.pdf())) {
            for (int i = 0; i < s.size(); i++) {
                if (s.get(i).title().contains(titlePart)) {
                    int last = i + 1 < s.size() ? s.get(i + 1).firstPage() - 1 : doc.getNumberOfPages();
                    String text = PdfProbe.text(doc, s.get(i).firstPage(), last, false);
                    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\u3000]", "");
                }
            }
        }
        throw new AssertionError("no section " + titlePart + " in " + s);
    }

    @Test
    void theSectionFollowsRobustnessWhenRoundsHaveBeenRevealed() {
        List<String> titles = ja.result().sections().stream().map(ReportResult.Section::title).toList();
        int robust = indexOf(titles, "順位の頑健性");
        assertThat(titles.get(robust + 1)).endsWith("ワークショップの経過");
    }

    @Test
    void eachRevealedRoundHasItsLineWithDateCellsSpreadAndStrongCells() throws IOException {
        String text = sectionText(ja, "ワークショップの経過");
        assertThat(text).contains("第1回", "第1回(議論前)", "2026年11月10日", "29.8%")
                .contains("第2回(議論後)", "2026年11月17日", "9.6%");
        // Round, title, date, cells 3, spread, strong cells: in one row, in that order.
        assertThat(text).containsPattern("第1回第1回\\(議論前\\)2026年11月10日329\\.8%2")
                .containsPattern("第2回第2回\\(議論後\\)2026年11月17日39\\.6%0");
    }

    @Test
    void aSentenceSaysHowConsensusMovedFromTheFirstRoundToTheLast() throws IOException {
        String text = sectionText(ja, "ワークショップの経過");
        assertThat(text).contains("第1回から第2回にかけて、平均ばらつきは29.8%から9.6%に下がり、"
                + "意見が大きく分かれたセルは2から0になりました。").doesNotContain("比べているセルが同じではありません");
    }

    @Test
    void roundsOverDifferentCellsAreSaidToBeSo() throws IOException {
        Plan prefilled = twoRounds(TestReports.sample(), true);
        String text = sectionText(TestReports.write(prefilled, TestReports.options()), "ワークショップの経過");
        assertThat(text).contains("第1回は3セル、第2回は10セルを対象としており");
        String english = TestReportsText.english(prefilled);
        assertThat(english).contains("moved closer. Note that round 1 covered 3 cells and round 2 covered 10");
    }

    @Test
    void theCellsWhoseSpreadFellMostAreListedWithSdBeforeAndAfter() throws IOException {
        String text = sectionText(ja, "ワークショップの経過");
        int speed = text.indexOf("即効性・波及効果2.00→0.58");
        int cost = text.indexOf("費用対効果1.00→0.00");
        assertThat(speed).isPositive();
        assertThat(cost).isGreaterThan(speed);
        assertThat(text).contains("S1-1特別区合同デジタル人材戦略の策定と実行");
        assertThat(text).doesNotContain("0.58→0.58").doesNotContain("S1-2外部専門人材");
    }

    @Test
    void theEnglishReportHasTheSectionInEnglish() throws IOException {
        String text = sectionText(en, "Workshop rounds");
        assertThat(text).contains("Round1", "29.8%", "9.6%", "Fromround1toround2themeanspreadfellfrom29.8%to9.6%");
    }

    @Test
    void absentForAPlanWithoutRevealedRounds() throws IOException {
        Plan sample = TestReports.sample();
        assertThat(titles(TestReports.write(sample, TestReports.options()))).noneMatch(t -> t.contains("ワークショップ"));
        Plan onlyOpen = Rounds.open(sample, "x", List.of("S1-1"), List.of("r1"), false, true, FIRST);
        assertThat(titles(TestReports.write(onlyOpen, TestReports.options()))).noneMatch(t -> t.contains("ワークショップ"));
    }

    @Test
    void oneRevealedRoundHasNoMovementToCompare() throws IOException {
        Plan one = Rounds.reveal(Rounds.open(TestReports.sample(), "", List.of("S1-1"), List.of("r1", "r2"), false,
                true, FIRST), FIRST);
        String text = sectionText(TestReports.write(one, TestReports.options()), "ワークショップの経過");
        assertThat(text).contains("公開された回は第1回だけのため").doesNotContain("ばらつきが最も縮まったセル");
    }

    /** The English section's text with its spaces kept, to check how sentences join. */
    private static final class TestReportsText {
        static String english(Plan p) throws IOException {
            TestReports.Written w = TestReports.write(p, TestReports.options().withLanguage(ReportLanguage.EN));
            try (PDDocument doc = Loader.loadPDF(w.pdf())) {
                ReportResult.Section section = w.result().sections().stream()
                        .filter(x -> x.title().contains("Workshop rounds")).findFirst().orElseThrow();
                return PdfProbe.text(doc, section.firstPage(), doc.getNumberOfPages(), false).replaceAll("\\s+", " ");
            }
        }
    }

    private static List<String> titles(TestReports.Written w) {
        return w.result().sections().stream().map(ReportResult.Section::title).toList();
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
