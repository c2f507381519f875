package org.kaname.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.kaname.chart.ChartFonts;

/**
 * The bundled IPAexGothic embedded in one document as a subset Type 0 font, with cached advance widths and a
 * cleaner that replaces what the font cannot show by 〓 (the geta mark Japanese print uses for a missing
 * character) — so a stray emoji in a title can never stop a report.
 */
final class ReportFont {
    /** Used for a character the font has no glyph for. */
    static final int MISSING = '〓';

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final float[] bmpWidths = new float[0x10000];

    private ReportFont(PDType0Font font, CmapLookup cmap) {
        this.font = font;
        this.cmap = cmap;
        Arrays.fill(bmpWidths, -1f);
    }

    /**
     * A font parsed ahead by {@link #prepare()} on another thread, taken by the next report; a TrueTypeFont is
     * closed with the document that embeds it, so each one serves exactly one document.
     */
    private static final AtomicReference<TrueTypeFont> SPARE = new AtomicReference<>();

    /** Parses a font for the next report, so that it need not wait for the parsing. */
    static void prepare() throws IOException {
        TrueTypeFont ttf = parse();
        TrueTypeFont old = SPARE.getAndSet(ttf);
        if (old != null) {
            old.close();
        }
    }

    private static TrueTypeFont parse() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(Bytes.FONT));
    }

    static ReportFont embed(PDDocument doc) throws IOException {
        TrueTypeFont spare = SPARE.getAndSet(null);
        TrueTypeFont ttf = spare != null ? spare : parse();
        // No glyph substitution: PDFBox would otherwise run its GSUB engine (regular expressions per call) on every
        // string shown — most of the time spent writing a report — and substitutions would make the printed widths
        // differ from the per-character widths the line breaker measures. Japanese text needs none of it.
        ttf.setEnableGsub(false);
        // PDFBox closes the TrueTypeFont with the document once the subset is written.
        PDType0Font font = PDType0Font.load(doc, ttf, true);
        return new ReportFont(font, ttf.getUnicodeCmapLookup());
    }

    PDType0Font pdf() {
        return font;
    }

    boolean canShow(int codePoint) {
        return codePoint == ' ' || cmap.getGlyphId(codePoint) > 0;
    }

    /** Advance width of one code point at 1 pt. */
    float advance(int codePoint) {
        if (codePoint < 0x10000 && bmpWidths[codePoint] >= 0) {
            return bmpWidths[codePoint];
        }
        float w;
        try {
            w = font.getStringWidth(new String(Character.toChars(codePoint))) / 1000f;
        } catch (IOException | IllegalArgumentException e) {
            w = 1f;
        }
        if (codePoint < 0x10000) {
            bmpWidths[codePoint] = w;
        }
        return w;
    }

    float width(String s, float size) {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += advance(cp);
            i += Character.charCount(cp);
        }
        return w * size;
    }

    /**
     * {@code s} ready to print: line ends as {@code \n}, tabs as spaces, control and zero-width characters and
     * variation selectors dropped, anything else the font lacks as {@link #MISSING}.
     */
    String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < s.length() && s.charAt(i) == '\n') {
                    continue;
                }
                b.append('\n');
            } else if (cp == '\n') {
                b.append('\n');
            } else if (cp == '\t' || cp == 0x00A0 || cp == 0x3000 && !canShow(cp)) {
                b.append(' ');
            } else if (Character.isISOControl(cp) || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF
                    || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF) {
                continue;
            } else if (canShow(cp)) {
                b.appendCodePoint(cp);
            } else {
                b.appendCodePoint(MISSING);
            }
        }
        return b.toString();
    }

    /** The font file, read once per process: every report embeds a subset of the same bytes. */
    private static final class Bytes {
        static final byte[] FONT = read();

        private static byte[] read() {
            try (InputStream in = ReportFont.class.getResourceAsStream(ChartFonts.RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + ChartFonts.RESOURCE + " is missing");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
