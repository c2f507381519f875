package org.kaname.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The report is a tagged PDF (issue 15 C5): structure tree, marked content, language, alternative text. */
class TaggingTest {
    private static void walk(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
                walk(e, out);
            }
        }
    }

    /** The text of an element's marked content, read back from the pages' content streams by MCID. */
    private static String text(PDStructureElement e, Map<PDPage, Map<Integer, String>> byPage, PDDocument doc)
            throws IOException {
        StringBuilder b = new StringBuilder();
        for (Object kid : e.getKids()) {
            if (kid instanceof PDMarkedContentReference r) {
                Map<Integer, String> mcids = byPage.get(r.getPage());
                if (mcids == null) {
                    PDFMarkedContentExtractor x = new PDFMarkedContentExtractor();
                    x.processPage(r.getPage());
                    mcids = new HashMap<>();
                    for (PDMarkedContent mc : x.getMarkedContents()) {
                        StringBuilder t = new StringBuilder();
                        for (Object o : mc.getContents()) {
                            if (o instanceof TextPosition p) {
                                t.append(p.getUnicode());
                            }
                        }
                        mcids.merge(mc.getMCID(), t.toString(), String::concat);
                    }
                    byPage.put(r.getPage(), mcids);
                }
                b.append(mcids.getOrDefault(r.getMCID(), ""));
            }
        }
        return b.toString();
    }

    @Test
    void theSampleReportHasAStructureTreeWithHeadingsTablesListsAndChartsWithAlternativeText() throws IOException {
        TestReports.Written w = TestReports.write(TestReports.sample(), TestReports.options());
        try (PDDocument doc = Loader.loadPDF(w.pdf())) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("ja-JP");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle()).isNotBlank();
            assertThat(catalog.getStructureTreeRoot().getParentTree()).isNotNull();

            List<PDStructureElement> all = new ArrayList<>();
            walk(catalog.getStructureTreeRoot(), all);
            assertThat(all).extracting(PDStructureElement::getStructureType)
                    .contains("Document", "H1", "H2", "H3", "P", "Table", "TR", "TH", "TD", "L", "LI", "Figure");
            List<PDStructureElement> figures = all.stream().filter(e -> e.getStructureType().equals("Figure")).toList();
            assertThat(figures).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.getAlternateDescription()).isNotBlank().startsWith("図："));

            // Each section's H1, in reading order, holds the marked content of its printed title.
            Map<PDPage, Map<Integer, String>> byPage = new HashMap<>();
            List<String> h1 = new ArrayList<>();
            for (PDStructureElement e : all) {
                if (e.getStructureType().equals("H1")) {
                    h1.add(text(e, byPage, doc).replaceAll("[\\s\u3000]", ""));
                }
            }
            assertThat(h1).containsExactlyElementsOf(w.result().sections().stream()
                    .map(s -> s.title().replaceAll("[\\s\u3000]", "")).toList());
            // Every page after the cover has tagged content.
            for (int i = 1; i < doc.getNumberOfPages(); i++) {
                assertThat(doc.getPage(i).getStructParents()).as("page %d", i + 1).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void theEnglishReportIsInEnglishWithEnglishAlternativeText() throws IOException {
        TestReports.Written w = TestReports.write(TestReports.sample(),
                TestReports.options().withLanguage(ReportLanguage.EN));
        try (PDDocument doc = Loader.loadPDF(w.pdf())) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            List<PDStructureElement> all = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), all);
            assertThat(all).filteredOn(e -> e.getStructureType().equals("Figure")).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.getAlternateDescription()).startsWith("Chart: "));
        }
    }
}
