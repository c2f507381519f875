package org.kaname.report;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.kaname.chart.TextFit;

/**
 * The running header (the plan's title) and the footer (the data's last-change time on the left, {@code n / N} in the
 * middle, an optional text on the right) of every page after the cover. The data time lets a loose page be matched
 * to its version; the fingerprint is printed once on the cover and once in the colophon, not on every page.
 */
final class PageFurniture implements PdfLayout.PageDecorator {
    private final PdfLayout layout;
    private final String title;
    private final String left;
    private final String right;

    PageFurniture(PdfLayout layout, String title, String left, String right) {
        this.layout = layout;
        this.title = title;
        this.left = left;
        this.right = right;
    }

    @Override
    public void decorate(PDPageContentStream s, PageFormat f, int page, int count) throws IOException {
        float size = Styles.SMALL;
        float x = PageFormat.SIDE;
        float w = f.contentWidth();
        float headerTop = PageFormat.HEADER_BASELINE - size;
        layout.text(s, f.height(), shorten(title, size, w), x, headerTop, size, false, PdfLayout.GREY);
        s.setStrokingColor(PdfLayout.RULE);
        s.setLineWidth(0.5f);
        float ruleY = f.height() - (PageFormat.HEADER_BASELINE + 3);
        s.moveTo(x, ruleY);
        s.lineTo(x + w, ruleY);
        s.stroke();
        float footTop = f.height() - PageFormat.FOOTER_BASELINE - size;
        String number = page + " / " + count;
        float nw = layout.textWidth(number, Styles.BODY);
        layout.text(s, f.height(), number, x + (w - nw) / 2, footTop - 1, Styles.BODY, false, PdfLayout.INK);
        float sideW = (w - nw) / 2 - 10;
        layout.text(s, f.height(), shorten(left, size, sideW), x, footTop, size, false, PdfLayout.GREY);
        if (right.isEmpty()) {
            return;
        }
        String r = shorten(right, size, sideW);
        layout.text(s, f.height(), r, x + w - layout.textWidth(r, size), footTop, size, false, PdfLayout.GREY);
    }

    private String shorten(String s, float size, float width) {
        String clean = layout.font().clean(s).replace('\n', ' ');
        return TextFit.fit(clean, width, t -> layout.textWidth(t, size));
    }
}
