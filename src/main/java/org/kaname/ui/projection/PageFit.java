package org.kaname.ui.projection;

import java.util.List;

/**
 * How tightly a page is set: {@code font} scales the body type, {@code spacing} the gaps between blocks and lines.
 * A section is first dealt at {@link #NORMAL}; when a tighter setting saves a page, the whole section takes it —
 * spacing first, then the type a little, never below {@link #MIN_FONT} (about 24 px body and 22 px quiet text at
 * 1080 p, still readable from the back of a meeting room).
 */
record PageFit(double font, double spacing) {
    static final double MIN_FONT = 0.9;
    static final PageFit NORMAL = new PageFit(1, 1);
    /** Tried in this order; the first that saves a page wins. */
    static final List<PageFit> TIGHTER = List.of(new PageFit(1, 0.5), new PageFit(0.95, 0.4),
            new PageFit(MIN_FONT, 0.3));

    PageFit {
        if (font < MIN_FONT || font > 1 || spacing < 0 || spacing > 1) {
            throw new IllegalArgumentException("fit out of range: " + font + ", " + spacing);
        }
    }
}
