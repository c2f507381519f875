package org.kaname.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A report's PDF pages as images, for the print preview and for printing through JavaFX. */
public final class ReportPages {
    private ReportPages() {
    }

    /** Renders every page of {@code pdf} at {@code dpi}; 150 dpi prints cleanly on office printers. */
    public static List<BufferedImage> render(byte[] pdf, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi));
            }
            return pages;
        }
    }
}
