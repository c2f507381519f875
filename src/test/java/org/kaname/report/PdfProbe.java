package org.kaname.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads back what a PDF shows: text per page, glyph positions, fonts used, and how much ink a rendered page has. */
final class PdfProbe {
    private PdfProbe() {
    }

    /** Text of pages {@code from}–{@code to} (1-based, inclusive) in reading order, top to bottom. */
    static String text(PDDocument doc, int from, int to) throws IOException {
        return text(doc, from, to, true);
    }

    /**
     * Text in reading order ({@code sorted}: the running header, drawn last, comes first) or in drawing order, where
     * the lines of one table cell stay together instead of interleaving with the cells beside them.
     */
    static String text(PDDocument doc, int from, int to, boolean sorted) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(sorted);
        s.setStartPage(from);
        s.setEndPage(to);
        return s.getText(doc);
    }

    /** A glyph on a page: its left, right, top and baseline in points from the page's top-left corner. */
    record Glyph(int page, String text, float left, float right, float top, float baseline) {
    }

    static List<Glyph> glyphs(PDDocument doc) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition p : positions) {
                    if (p.getUnicode().isBlank()) {
                        continue;
                    }
                    out.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(),
                            p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj() - p.getHeightDir(), p.getYDirAdj()));
                }
            }
        };
        s.getText(doc);
        return out;
    }

    /** Every font on the page, including those inside form XObjects (where the charts are drawn). */
    static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> out = new ArrayList<>();
        collect(page.getResources(), out, 0);
        return out;
    }

    private static void collect(PDResources res, List<PDFont> out, int depth) throws IOException {
        if (res == null || depth > 8) {
            return;
        }
        for (COSName name : res.getFontNames()) {
            out.add(res.getFont(name));
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), out, depth + 1);
            }
        }
    }

    /** Share of the page's pixels that are not near-white when rendered at {@code dpi}. */
    static double ink(PDDocument doc, int pageIndex, float dpi) throws IOException {
        BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(pageIndex, dpi);
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (lum < 200) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) img.getWidth() * img.getHeight());
    }
}
