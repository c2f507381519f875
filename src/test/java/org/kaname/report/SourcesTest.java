package org.kaname.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Sources cited by number and listed once, with readable addresses (issue 15 C4). */
class SourcesTest {
    @Test
    void japaneseEscapesAreDecodedAndEscapedAsciiStays() {
        assertThat(Sources.readable("https://www.city.example.jp/%E8%B3%87%E6%96%99/a%20b.pdf"))
                .isEqualTo("https://www.city.example.jp/資料/a%20b.pdf");
        assertThat(Sources.readable("https://example.jp/plain")).isEqualTo("https://example.jp/plain");
        // Escapes that are not UTF-8 (Shift_JIS 「資」) are kept as they are rather than printed as garbage.
        assertThat(Sources.readable("https://example.jp/%8E%91")).isEqualTo("https://example.jp/%8E%91");
    }

    @Test
    void aSourceCitedTwiceKeepsItsFirstNumber() {
        Sources s = new Sources();
        assertThat(s.cite("A", "統計", "https://a.jp/")).isEqualTo(1);
        assertThat(s.cite("B", "統計", "https://b.jp/")).isEqualTo(2);
        assertThat(s.cite("A again", "統計", "https://a.jp/")).isEqualTo(1);
        assertThat(s.all()).hasSize(2);
    }

    @Test
    void anAddressInRunningTextIsCitedAndLaterGetsItsTitle() {
        Sources s = new Sources();
        String cited = s.citeInText("窓口の負担が減りました（https://a.jp/x.pdf）。詳しくは https://b.jp/ を参照。",
                "住民にとっての意義", "計画の意義", n -> "［出典" + n + "］");
        assertThat(cited).isEqualTo("窓口の負担が減りました［出典1］。詳しくは［出典2］を参照。");
        assertThat(s.all().get(0).title()).isEqualTo("住民にとっての意義");
        assertThat(s.cite("書かないワンストップ窓口", "白書", "https://a.jp/x.pdf")).isEqualTo(1);
        assertThat(s.all().get(0).title()).isEqualTo("書かないワンストップ窓口");
        assertThat(s.all().get(0).kind()).isEqualTo("白書");
        assertThat(s.cite("別の名前", "統計", "https://a.jp/x.pdf")).isEqualTo(1);
        assertThat(s.all().get(0).title()).isEqualTo("書かないワンストップ窓口");
    }

    /** In the sample report, every address is printed once (in the 出典一覧), decoded, and the body cites numbers. */
    @Test
    void theSampleReportPrintsEachAddressOnceDecodedInTheListOfSources() throws IOException {
        TestReports.Written w = TestReports.write(TestReports.sample(), TestReports.options());
        try (PDDocument doc = Loader.loadPDF(w.pdf())) {
            String text = PdfProbe.text(doc, 1, doc.getNumberOfPages(), false).replace("\n", "").replace("\r", "");
            assertThat(w.result().sections()).anyMatch(s -> s.title().endsWith("出典一覧"));
            assertThat(text).contains("［出典1］").doesNotContain("%E3%");
            // The Microsoft case is cited from two support measures and printed once.
            String host = "https://www.microsoft.com/ja-jp/customers/story/";
            assertThat(text.split(java.util.regex.Pattern.quote(host), -1)).hasSize(2);
            // The 経過 cites 自治体DX推進計画 4.0 for two years: a number each time, the address once.
            String plan40 = "https://www.soumu.go.jp/main_content/001001126.pdf";
            assertThat(text.split(java.util.regex.Pattern.quote(plan40), -1)).hasSize(2);
            assertThat(text).doesNotContain("出典: https://");
            // The 意義 cited デジタル庁's page inline, in brackets; now by number, the address once.
            assertThat(text).doesNotContain("（https://").doesNotContain("(https://");
            String digital = "https://www.digital.go.jp/policies/cs-dx";
            assertThat(text.split(java.util.regex.Pattern.quote(digital), -1)).hasSize(2);
        }
    }
}
