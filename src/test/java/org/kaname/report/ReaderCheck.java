package org.kaname.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads a rendered report as a council member would and lists what would look wrong: a table row or a bullet item
 * split over two pages, a heading (or a table's header row) left at the foot of a page, a page less than 15 % full
 * that is not the last page of its section, and a section's last page that holds only a line or two of its tail.
 * The layout log says what each piece is; every logged piece is first found among the glyphs on the page and at the
 * height the log says, so the check reads the actual placement, not the layout's intentions.
 */
final class ReaderCheck {
    static final double MIN_FILL = 0.15;
    private static final float RENDER_DPI = 36;

    private ReaderCheck() {
    }

    static List<String> problems(byte[] pdf, LayoutLog log, ReportResult result) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            placement(doc, log, out);
            splits(log, out);
            orphans(log, out);
            fill(doc, result, out);
        }
        return out;
    }

    /** Every logged line of text is on the page and at the height the log gives. */
    private static void placement(PDDocument doc, LayoutLog log, List<String> out) throws IOException {
        Map<Integer, List<PdfProbe.Glyph>> byPage = new HashMap<>();
        for (PdfProbe.Glyph g : PdfProbe.glyphs(doc)) {
            byPage.computeIfAbsent(g.page() - 1, k -> new ArrayList<>()).add(g);
        }
        for (LayoutLog.Entry e : log.entries()) {
            // Blank glyphs (spaces, the ideographic space of 「1　概要」) are not read back: compare without them.
            String want = e.text().replaceAll("[\\s\u3000]", "");
            if (want.isBlank()) {
                continue;
            }
            want = want.substring(0, want.offsetByCodePoints(0, Math.min(3, want.codePointCount(0, want.length()))));
            StringBuilder band = new StringBuilder();
            for (PdfProbe.Glyph g : byPage.getOrDefault(e.page(), List.of())) {
                if (g.baseline() > e.top() - 1 && g.top() < e.bottom() + 1) {
                    band.append(g.text());
                }
            }
            if (band.indexOf(want) < 0) {
                out.add("p" + (e.page() + 1) + ": 「" + e.text() + "」 (" + e.kind() + ") is not where the log puts it");
            }
        }
    }

    /** No row or item on two pages, unless it is taller than a page. */
    private static void splits(LayoutLog log, List<String> out) {
        Map<Integer, LayoutLog.Entry> firstOf = new HashMap<>();
        for (LayoutLog.Entry e : log.entries()) {
            if (e.kind() != LayoutLog.Kind.ROW && e.kind() != LayoutLog.Kind.BLOCK || e.tall()) {
                continue;
            }
            LayoutLog.Entry first = firstOf.putIfAbsent(e.block(), e);
            if (first != null && first.page() != e.page()) {
                out.add("p" + (first.page() + 1) + "–" + (e.page() + 1) + ": " + e.kind() + " split: 「"
                        + first.text() + "」 / 「" + e.text() + "」");
            }
        }
    }

    /** A heading or a table's header row is never the last thing on a page when something follows it. */
    private static void orphans(LayoutLog log, List<String> out) {
        List<LayoutLog.Entry> entries = log.entries();
        for (int i = 0; i + 1 < entries.size(); i++) {
            LayoutLog.Entry e = entries.get(i);
            boolean heading = e.kind() == LayoutLog.Kind.HEADING || e.kind() == LayoutLog.Kind.SECTION
                    || e.kind() == LayoutLog.Kind.HEADER_ROW;
            if (heading && entries.get(i + 1).page() != e.page()) {
                out.add("p" + (e.page() + 1) + ": " + e.kind() + " 「" + e.text() + "」 at the foot of the page");
            }
        }
    }

    /**
     * Measured on the rendered page: the lowest ink in the body (between the running header and the footer). A page
     * under {@link #MIN_FILL} fails unless it ends its section; a section's last page fails too when the section
     * spans pages (a tail of a line or two belongs on the page before, or more lines belong with it).
     */
    private static void fill(PDDocument doc, ReportResult result, List<String> out) throws IOException {
        PDFRenderer renderer = new PDFRenderer(doc);
        List<ReportResult.Section> sections = result.sections();
        for (int s = 0; s < sections.size(); s++) {
            int first = sections.get(s).firstPage() - 1;
            int last = s + 1 < sections.size() ? sections.get(s + 1).firstPage() - 2 : doc.getNumberOfPages() - 1;
            for (int p = first; p <= last; p++) {
                double fill = fill(renderer, doc, p);
                if (fill < MIN_FILL && (p < last || last > first)) {
                    out.add(String.format("p%d: %.0f%% full (%s of 「%s」)", p + 1, fill * 100,
                            p < last ? "not the last page" : "the last page", sections.get(s).title()));
                }
            }
        }
    }

    static double fill(PDFRenderer renderer, PDDocument doc, int pageIndex) throws IOException {
        BufferedImage img = renderer.renderImageWithDPI(pageIndex, RENDER_DPI, ImageType.GRAY);
        float scale = RENDER_DPI / 72f;
        float height = doc.getPage(pageIndex).getMediaBox().getHeight();
        int top = Math.round(PageFormat.TOP * scale);
        int bottom = Math.round((height - PageFormat.BOTTOM) * scale);
        int lowest = -1;
        for (int y = top; y < bottom && y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFF) < 200) {
                    lowest = y;
                    break;
                }
            }
        }
        return lowest < 0 ? 0 : (double) (lowest - top + 1) / (bottom - top);
    }
}
