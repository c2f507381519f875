package org.kaname.ui.projection;

/**
 * Heights of a page's parts in em of the page's type, for dealing blocks onto pages. {@link RenderedMeasure} lays
 * the real nodes out (what the room sees); {@link EstimatedMeasure} counts characters and needs no screen.
 */
interface PageMeasure {
    /** Height a block takes set at {@code fit}, with the gap after it. */
    double height(PageBlock block, PageFit fit);

    /** The gap after the last block of a page, which the page does not need (0 when heights hold no gap). */
    double gap(PageFit fit);

    /** Height left for the blocks under this header (with a measure's standing, or {@code null}) and the footer. */
    double bodyHeight(String title, String subtitle, Standing standing);
}
