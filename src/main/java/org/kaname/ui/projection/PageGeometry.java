package org.kaname.ui.projection;

/**
 * The projected page in em of the body type. The type size follows the window — the smaller of height / 40 and
 * width / 71.1 — so every 16:9 screen shows the same page (27 px type at 1920×1080, 18 px at 1280×720) and a 4:3
 * projector gets the same page with bands. Pages are split with these sizes; the view lays out with the same ones.
 */
final class PageGeometry {
    static final double PAGE_HEIGHT = 40;
    static final double PAGE_WIDTH = 71.1;
    static final double PAD_X = 2.5;
    static final double PAD_TOP = 1.4;
    static final double LINE = 1.25;
    static final double TITLE_SIZE = 1.6;
    static final double SUBTITLE_SIZE = 0.9;
    static final double HEADING_SIZE = 1.1;
    static final double SECONDARY_SIZE = 0.9;
    static final double FOOTER = 2.2;
    /** A measure's rank and score in its header: large enough to read from the back of the room. */
    static final double RANK_SIZE = 2.2;
    static final double SCORE_SIZE = 1.4;
    /** Width the estimate keeps for the rank and score beside the title. */
    static final double STANDING_WIDTH = 12;
    static final double HEADER_GAP = 0.8;
    /** Room left at the bottom for the estimate's error. */
    static final double SLACK = 1.0;
    static final double CONTENT_WIDTH = PAGE_WIDTH - 2 * PAD_X;
    /** Text is wrapped a little narrower than the box in the estimate, for the same reason. */
    static final double TEXT_WIDTH = CONTENT_WIDTH - 1;
    static final double BULLET_INDENT = 1.6;
    static final double RANK_COLUMN = 4;
    static final double SCORE_COLUMN = 6;
    static final double TIER_COLUMN = 8;
    static final double CONTRAST_GAP = 1.5;
    /** The roadmap's type: smaller than the body, so the Gantt chart's label column holds more of each title. */
    static final double CHART_FONT = 0.75;
    /**
     * The roadmap grows to this (24 px at 1080 p; its label column is as wide as the longest title needs, up to a
     * little over half the slide, and larger type would leave the years too narrow) when its rows leave the page
     * partly empty; beyond it the rows only grow taller, at most {@link #ROW_STRETCH_MAX} times their own height, so a
     * few measures are not drawn as a wall of bars (and a title longer than the column reads on two lines).
     */
    static final double ROADMAP_FONT_MAX = 0.9;
    static final double ROW_STRETCH_MAX = 2.0;
    /** Charts start at this size and shrink only as far as the page needs (a distribution of 5 rows fills it). */
    static final double CHART_FONT_MAX = 1.05;

    private PageGeometry() {
    }

    /** Root type size in px for a window of the given size. */
    static double fontPx(double width, double height) {
        return Math.max(8, Math.min(height / PAGE_HEIGHT, width / PAGE_WIDTH));
    }

    static double headerHeight(String title, String subtitle, boolean standing) {
        double width = standing ? TEXT_WIDTH - STANDING_WIDTH : TEXT_WIDTH;
        double h = TextFit.lines(title, width, TITLE_SIZE) * TITLE_SIZE * LINE;
        if (subtitle != null && !subtitle.isBlank()) {
            h += TextFit.lines(subtitle, width, SUBTITLE_SIZE) * SUBTITLE_SIZE * LINE;
        }
        if (standing) {
            h = Math.max(h, (RANK_SIZE + SCORE_SIZE) * LINE);
        }
        return PAD_TOP + h + HEADER_GAP;
    }

    /** Height left for the blocks under a header. */
    static double bodyHeight(String title, String subtitle, boolean standing) {
        return PAGE_HEIGHT - headerHeight(title, subtitle, standing) - FOOTER - SLACK;
    }

    static double bodyHeight(String title, String subtitle) {
        return bodyHeight(title, subtitle, false);
    }

    static double rankLabelWidth() {
        return TEXT_WIDTH - RANK_COLUMN - SCORE_COLUMN - TIER_COLUMN;
    }

    static double contrastSideWidth() {
        return (TEXT_WIDTH - CONTRAST_GAP) / 2;
    }
}
