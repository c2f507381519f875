package org.kaname.report;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The running header and footer of the evaluation sheets: {@link PageFurniture}'s, with the measure's id on the
 * right of the footer, and its page of the sheet when a sheet takes more than one ({@code S1-1（2/2）}); the header
 * of a page a sheet goes on to starts with the measure ({@code S1-1 …（続き）}), so that a loose page finds its sheet.
 */
final class SheetFurniture implements PdfLayout.PageDecorator {
    /** A measure's sheet: its pages, 0-based, first to last. */
    record Sheet(String measureId, String label, int firstPage, int lastPage) {
    }

    private final PdfLayout layout;
    private final String title;
    private final String left;
    private final List<Sheet> sheets;
    /** {@code {0}（続き）}: the running header of a page a sheet goes on to, before the title. */
    private final String continued;

    SheetFurniture(PdfLayout layout, String title, String left, List<Sheet> sheets, String continued) {
        this.layout = layout;
        this.continued = continued;
        this.title = title;
        this.left = left;
        this.sheets = sheets;
    }

    @Override
    public void decorate(PDPageContentStream stream, PageFormat format, int page, int count) throws IOException {
        Sheet s = sheetOf(page - 1);
        String right = "";
        String header = title;
        if (s != null) {
            int pages = s.lastPage() - s.firstPage() + 1;
            int nth = page - 1 - s.firstPage() + 1;
            right = pages == 1 ? s.measureId() : s.measureId() + "（" + nth + "/" + pages + "）";
            if (nth > 1) {
                header = java.text.MessageFormat.format(continued, s.label()) + "　" + title;
            }
        }
        new PageFurniture(layout, header, left, right).decorate(stream, format, page, count);
    }

    private Sheet sheetOf(int index) {
        for (Sheet s : sheets) {
            if (index >= s.firstPage() && index <= s.lastPage()) {
                return s;
            }
        }
        return null;
    }
}
