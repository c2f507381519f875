package org.kaname.ui.projection;

import java.util.List;

/**
 * One projected page. {@code key} identifies the page across rebuilds (so an edit in the editor keeps the room on
 * the same page); {@code part} counts from 1 when a long section is split into continued pages.
 */
public record ProjectionPage(String key, PageKind kind, String title, String subtitle, List<PageBlock> blocks,
                             int part, int parts) {
    public ProjectionPage {
        subtitle = subtitle == null ? "" : subtitle;
        blocks = List.copyOf(blocks);
    }

    public boolean continued() {
        return part > 1;
    }
}
