package org.kaname.ui.projection;

import java.util.ArrayList;
import java.util.List;
import org.kaname.ui.projection.PageBlock.Bullet;
import org.kaname.ui.projection.PageBlock.Heading;
import org.kaname.ui.projection.PageBlock.Paragraph;

/**
 * Deals blocks onto pages of a given body height, with the heights of a {@link PageMeasure} at one {@link PageFit}:
 * whole blocks while they fit, a long paragraph or list item split (at a sentence where that costs little room)
 * into a continued page, and a heading never left alone at the bottom of a page.
 */
final class Paginator {
    private final PageMeasure measure;
    private final PageFit fit;

    Paginator(PageMeasure measure, PageFit fit) {
        this.measure = measure;
        this.fit = fit;
    }

    /** Height of a block in em, with the gap after it. */
    double height(PageBlock block) {
        return measure.height(block, fit);
    }

    /** The blocks dealt onto pages of {@code bodyHeight} em; always at least one (maybe empty) page. */
    List<List<PageBlock>> paginate(List<PageBlock> blocks, double bodyHeight) {
        // The last block of a page needs no gap after it.
        double limit = bodyHeight + measure.gap(fit);
        List<List<PageBlock>> pages = new ArrayList<>();
        List<PageBlock> page = new ArrayList<>();
        double used = 0;
        List<PageBlock> queue = new ArrayList<>(blocks);
        int i = 0;
        while (i < queue.size()) {
            PageBlock b = queue.get(i);
            double h = height(b);
            if (b instanceof Heading && !page.isEmpty() && i + 1 < queue.size()
                    && used + h + height(queue.get(i + 1)) > limit) {
                // Keep a heading with at least the start of what follows it.
                PageBlock next = queue.get(i + 1);
                boolean startFits = used + h <= limit && splittable(next, bodyHeight)
                        && split(next, limit - used - h)[0] != null;
                if (!startFits) {
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                    continue;
                }
            }
            if (used + h <= limit || page.isEmpty() && !splittable(b, bodyHeight)) {
                page.add(b);
                used += h;
                i++;
                continue;
            }
            if (splittable(b, bodyHeight)) {
                PageBlock[] parts = split(b, limit - used);
                if (parts[0] != null) {
                    page.add(parts[0]);
                    queue.set(i, parts[1]);
                } else if (page.isEmpty()) {
                    // Not even a line fits on an empty page: place it whole and let the view shrink it.
                    page.add(b);
                    i++;
                    continue;
                }
            }
            pages.add(page);
            page = new ArrayList<>();
            used = 0;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /**
     * Paragraphs split anywhere; a list item only when it is longer than a quarter of the page: a shorter one moves
     * whole (leaving at most that much room), so a source's address never starts a page without its title.
     */
    private boolean splittable(PageBlock b, double bodyHeight) {
        return b instanceof Paragraph || b instanceof Bullet && height(b) > bodyHeight / 4;
    }

    /** The part of {@code b} that fits in {@code room} em and the rest; {@code null} head when nothing fits. */
    private PageBlock[] split(PageBlock b, double room) {
        if (b instanceof Paragraph p) {
            String[] s = TextFit.split(p.text(), t -> height(new Paragraph(t, p.secondary())) <= room);
            return s[0].isEmpty() || s[1].isEmpty() ? new PageBlock[] {null, b}
                    : new PageBlock[] {new Paragraph(s[0], p.secondary()), new Paragraph(s[1], p.secondary())};
        }
        Bullet bullet = (Bullet) b;
        if (height(new Bullet(bullet.text(), "")) > room) {
            String[] s = TextFit.split(bullet.text(), t -> height(new Bullet(t, "")) <= room);
            return s[0].isEmpty() || s[1].isEmpty() ? new PageBlock[] {null, b}
                    : new PageBlock[] {new Bullet(s[0], ""), new Bullet(s[1], bullet.detail())};
        }
        String[] s = TextFit.split(bullet.detail(), d -> height(new Bullet(bullet.text(), d)) <= room);
        if (s[0].isEmpty() || s[1].isEmpty()) {
            return new PageBlock[] {null, b};
        }
        // The rest of the detail continues as a quiet paragraph on the next page.
        return new PageBlock[] {new Bullet(bullet.text(), s[0]), new Paragraph(s[1], true)};
    }
}
