package org.kaname.ui.projection;

import java.util.List;

/**
 * One projected page. {@code key} identifies the page across rebuilds (so an edit in the editor keeps the room on
 * the same page); {@code part} counts from 1 when a long section is split into continued pages; {@code fit} is how
 * tightly the section is set (tighter only where that saves a page); {@code standing} is shown large in the header of
 * a measure's pages, {@code null} on other pages.
 */
public record ProjectionPage(String key, PageKind kind, String title, String subtitle, List<PageBlock> blocks,
                             int part, int parts, PageFit fit, Standing standing) {
    public ProjectionPage {
        subtitle = subtitle == null ? "" : subtitle;
        blocks = List.copyOf(blocks);
        fit = fit == null ? PageFit.NORMAL : fit;
    }

    public boolean continued() {
        return part > 1;
    }
}
