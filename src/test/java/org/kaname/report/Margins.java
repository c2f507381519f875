package org.kaname.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Checks every glyph of a report against the page box minus the margins: left and right 20 mm for everything;
 * body text between the top margin (25 mm) and the bottom margin (22 mm); only the running header and the page
 * number, in bands of their own, sit in the top and bottom margins, and never closer than 8 mm to the edge.
 */
final class Margins {
    static final float MM = 72f / 25.4f;
    static final float TOLERANCE = 0.6f;

    private Margins() {
    }

    static void check(PDDocument doc) throws IOException {
        for (PdfProbe.Glyph g : PdfProbe.glyphs(doc)) {
            PDRectangle box = doc.getPage(g.page() - 1).getMediaBox();
            String where = "'" + g.text() + "' on page " + g.page() + " at x " + g.left() + "–" + g.right() + ", y "
                    + g.top() + "–" + g.baseline();
            assertThat(g.left()).as(where).isGreaterThanOrEqualTo(20 * MM - TOLERANCE);
            assertThat(g.right()).as(where).isLessThanOrEqualTo(box.getWidth() - 20 * MM + TOLERANCE);
            assertThat(g.top()).as(where).isGreaterThanOrEqualTo(8 * MM);
            assertThat(g.baseline()).as(where).isLessThanOrEqualTo(box.getHeight() - 8 * MM);
            boolean header = g.baseline() < 16 * MM;
            boolean footer = g.baseline() > box.getHeight() - 12 * MM;
            if (!header && !footer) {
                assertThat(g.top()).as(where).isGreaterThanOrEqualTo(25 * MM - 2);
                assertThat(g.baseline()).as(where).isLessThanOrEqualTo(box.getHeight() - 22 * MM + TOLERANCE);
            }
        }
    }
}
