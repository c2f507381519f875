package org.kaname.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Japanese font (IPAexGothic, IPA Font License; see org/kaname/fonts/README.md) as an AWT font, so charts
 * draw Japanese the same on every PC whatever fonts it has. Loaded once per process: the font is immutable and
 * reading the 4 MB file again for every chart would cost more than the chart.
 */
public final class ChartFonts {
    /** Class-path location of the font file, shared with the PDF report, which embeds the same file. */
    public static final String RESOURCE = "/org/kaname/fonts/ipaexg.ttf";

    private ChartFonts() {
    }

    /** The font at 1 pt; derive the size needed with {@link Font#deriveFont(float)}. */
    public static Font base() {
        return Holder.FONT;
    }

    private static final class Holder {
        static final Font FONT = load();

        private static Font load() {
            try (InputStream in = ChartFonts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + RESOURCE + " is missing from the class path");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font " + RESOURCE + " cannot be read", e);
            }
        }
    }
}
