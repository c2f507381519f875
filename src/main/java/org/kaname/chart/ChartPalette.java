package org.kaname.chart;

import java.awt.Color;
import java.util.List;
import java.util.function.Supplier;

/**
 * The colours a chart is drawn in: ink, rules, row bands, the series and tier fills. Two palettes: {@link #STANDARD}
 * (the printed report and the normal theme: prints in black and white, series told apart by lightness and hatching)
 * and {@link #HIGH_CONTRAST} (the high-contrast theme: black rules and separators, fills either very dark or white
 * with black hatching, text on every fill at 7:1 or more).
 *
 * <p>Charts are built once by their screens and drawn many times, by code shared with the PDF report; so the palette
 * is not a constructor argument but chosen for the duration of one drawing ({@link #drawWith}) by whoever draws:
 * the screen's canvas picks it from the theme, the report never does and so keeps {@link #STANDARD}.
 */
public record ChartPalette(String name, Color ink, Color rule, Color faint, Color paper, Color band, Color highlight,
                           Color separator, List<Fill> series, Tiers tiers) {
    private static final Color WHITE = Color.WHITE;
    private static final Color BLACK = Color.BLACK;

    /** Tier fills from {@code darkest} (highest tier) to {@code lightest}; the lighter ones hatched in {@code hatch}. */
    public record Tiers(Color darkest, Color lastDark, Color firstLight, Color lightest, Color hatch,
                        double hatchFrom, boolean split) {
    }

    public static final ChartPalette STANDARD = new ChartPalette("standard", BLACK, new Color(0x595959),
            new Color(0xD9D9D9), WHITE, new Color(0xF2F2F2), new Color(0xDBE6FF), WHITE,
            List.of(
                    new Fill(new Color(0x1F3B5C), Fill.Hatch.NONE, null, WHITE),
                    new Fill(new Color(0xA9C1DA), Fill.Hatch.NONE, null, BLACK),
                    new Fill(new Color(0x4F7399), Fill.Hatch.DIAGONAL, new Color(0x1F3B5C), WHITE),
                    new Fill(new Color(0xEEF2F6), Fill.Hatch.CROSS, new Color(0x7A8A99), BLACK),
                    new Fill(new Color(0x3E3E3E), Fill.Hatch.NONE, null, WHITE),
                    new Fill(new Color(0xD4D4D4), Fill.Hatch.HORIZONTAL, new Color(0x6E6E6E), BLACK),
                    new Fill(new Color(0x6E6E6E), Fill.Hatch.BACK_DIAGONAL, new Color(0x2E2E2E), WHITE),
                    new Fill(WHITE, Fill.Hatch.VERTICAL, new Color(0x6E6E6E), BLACK)),
            // Lightness from ~28 % to ~92 %, on a slightly blue grey that prints as neutral grey.
            new Tiers(new Color(0x2B4C6F), null, null, new Color(0xE8EEF4), new Color(0x8A9AAA), 0.75, false));

    /**
     * No mid-tones: a fill is either dark enough for white text (≥ 7:1) or light and hatched in black, so every
     * shape stands out from the white background (≥ 3:1) and every label on it reads at ≥ 7:1.
     */
    public static final ChartPalette HIGH_CONTRAST = new ChartPalette("high-contrast", BLACK, BLACK,
            new Color(0x595959), WHITE, new Color(0xEBEBEB), new Color(0xFFE680), BLACK,
            List.of(
                    new Fill(new Color(0x0B2A55), Fill.Hatch.NONE, null, WHITE),
                    new Fill(WHITE, Fill.Hatch.CROSS, BLACK, BLACK),
                    new Fill(new Color(0x5C3300), Fill.Hatch.DIAGONAL, WHITE, WHITE),
                    new Fill(WHITE, Fill.Hatch.HORIZONTAL, BLACK, BLACK),
                    new Fill(BLACK, Fill.Hatch.NONE, null, WHITE),
                    new Fill(WHITE, Fill.Hatch.VERTICAL, BLACK, BLACK),
                    new Fill(new Color(0x1F4A2E), Fill.Hatch.BACK_DIAGONAL, WHITE, WHITE),
                    new Fill(WHITE, Fill.Hatch.DIAGONAL, BLACK, BLACK)),
            new Tiers(new Color(0x0B2A55), new Color(0x2E4A6E), new Color(0xB4C2D4), WHITE, BLACK, 0.5, true));

    private static final ThreadLocal<ChartPalette> CURRENT = ThreadLocal.withInitial(() -> STANDARD);

    /** The palette of the drawing under way on this thread; {@link #STANDARD} outside {@link #drawWith}. */
    public static ChartPalette current() {
        return CURRENT.get();
    }

    /** Runs {@code drawing} with this palette as {@link #current()}, then restores the one before. */
    public void drawWith(Runnable drawing) {
        drawWith(() -> {
            drawing.run();
            return null;
        });
    }

    /** As {@link #drawWith(Runnable)}, returning the drawing's result. */
    public <T> T drawWith(Supplier<T> drawing) {
        ChartPalette before = CURRENT.get();
        CURRENT.set(this);
        try {
            return drawing.get();
        } finally {
            CURRENT.set(before);
        }
    }

    /** The palette named {@code name} ("standard" or "high-contrast"); the standard one for anything else. */
    public static ChartPalette named(String name) {
        return HIGH_CONTRAST.name.equalsIgnoreCase(name == null ? "" : name.trim()) ? HIGH_CONTRAST : STANDARD;
    }

    /** The fill of the {@code index}-th series (criterion); repeats after eight. */
    public Fill seriesFill(int index) {
        return series.get(Math.floorMod(index, series.size()));
    }

    /**
     * The fill of tier {@code index} of {@code count} (0 = highest): dark to light, so "higher priority" always reads
     * as "darker"; the lightest tiers are hatched so they stay visible on white paper. Below zero (unscored): paper.
     */
    public Fill tierFill(int index, int count) {
        if (index < 0) {
            return new Fill(paper, Fill.Hatch.NONE, null, ink);
        }
        double t = count <= 1 ? 0 : (double) index / (count - 1);
        Color c;
        if (!tiers.split) {
            c = mix(tiers.darkest, tiers.lightest, t);
        } else if (t < tiers.hatchFrom) {
            c = mix(tiers.darkest, tiers.lastDark, t / tiers.hatchFrom);
        } else {
            c = mix(tiers.firstLight, tiers.lightest, (t - tiers.hatchFrom) / (1 - tiers.hatchFrom));
        }
        boolean hatched = tiers.split ? t >= tiers.hatchFrom : t > tiers.hatchFrom;
        return new Fill(c, hatched ? Fill.Hatch.DIAGONAL : Fill.Hatch.NONE, tiers.hatch, readableOn(c));
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static Color readableOn(Color background) {
        return contrast(background, WHITE) >= contrast(background, BLACK) ? WHITE : BLACK;
    }

    /** WCAG 2 contrast ratio of two colours (1 to 21). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance. */
    public static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
}
