package org.kaname.ui.projection;

import java.util.ArrayList;
import java.util.List;
import org.kaname.ui.projection.PageBlock.Bullet;
import org.kaname.ui.projection.PageBlock.ChartBlock;
import org.kaname.ui.projection.PageBlock.Contrast;
import org.kaname.ui.projection.PageBlock.Heading;
import org.kaname.ui.projection.PageBlock.Notice;
import org.kaname.ui.projection.PageBlock.Paragraph;
import org.kaname.ui.projection.PageBlock.ProgressRow;
import org.kaname.ui.projection.PageBlock.RankRow;

/**
 * Deals blocks onto pages of a given body height: whole blocks while they fit, a long paragraph or list item split
 * at a sentence into a continued page, and a heading never left alone at the bottom of a page.
 */
final class Paginator {
    /** Space after a paragraph or list item (the view puts 0.25 em; the rest absorbs the estimate's error). */
    static final double GAP = 0.4;
    private Paginator() {
    }

    /** Height of a block in em, with the gap after it. */
    static double height(PageBlock block) {
        double l = PageGeometry.LINE;
        double w = PageGeometry.TEXT_WIDTH;
        if (block instanceof Heading h) {
            return TextFit.lines(h.text(), w, PageGeometry.HEADING_SIZE) * PageGeometry.HEADING_SIZE * l + 0.6;
        }
        if (block instanceof Paragraph p) {
            return paragraph(p.text(), p.secondary()) + GAP;
        }
        if (block instanceof Bullet b) {
            return TextFit.lines(b.text(), w - PageGeometry.BULLET_INDENT, 1) * l
                    + (b.detail().isBlank() ? 0 : TextFit.lines(b.detail(), w - PageGeometry.BULLET_INDENT,
                    PageGeometry.SECONDARY_SIZE) * PageGeometry.SECONDARY_SIZE * l) + GAP;
        }
        if (block instanceof RankRow r) {
            return TextFit.lines(r.label(), PageGeometry.rankLabelWidth(), 1) * l + 0.5;
        }
        if (block instanceof Contrast c) {
            return TextFit.lines(c.heading() + "　" + c.spread(), w, 1) * l
                    + Math.max(side(c.low()), side(c.high())) + 1.2;
        }
        if (block instanceof ProgressRow) {
            return l + 0.6;
        }
        if (block instanceof ChartBlock c) {
            return c.preferredRowsEm();
        }
        return TextFit.lines(((Notice) block).text(), w, 1) * l + 0.5;
    }

    private static double paragraph(String text, boolean secondary) {
        double size = secondary ? PageGeometry.SECONDARY_SIZE : 1;
        return TextFit.lines(text, PageGeometry.TEXT_WIDTH, size) * size * PageGeometry.LINE;
    }

    private static double side(Contrast.Side s) {
        double w = PageGeometry.contrastSideWidth();
        double l = PageGeometry.LINE;
        return TextFit.lines(s.label() + "　" + s.value(), w, 1) * l
                + (s.note().isBlank() ? 0 : TextFit.lines(s.note(), w, PageGeometry.SECONDARY_SIZE)
                * PageGeometry.SECONDARY_SIZE * l);
    }

    /** The blocks dealt onto pages of {@code bodyHeight} em; always at least one (maybe empty) page. */
    static List<List<PageBlock>> paginate(List<PageBlock> blocks, double bodyHeight) {
        List<List<PageBlock>> pages = new ArrayList<>();
        List<PageBlock> page = new ArrayList<>();
        double used = 0;
        List<PageBlock> queue = new ArrayList<>(blocks);
        int i = 0;
        while (i < queue.size()) {
            PageBlock b = queue.get(i);
            double h = height(b);
            boolean lastOnPage = i + 1 < queue.size() && used + h + height(queue.get(i + 1)) > bodyHeight;
            if (b instanceof Heading && lastOnPage && !page.isEmpty()
                    && !(splittable(queue.get(i + 1)) && used + h + 2 * PageGeometry.LINE <= bodyHeight)) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                continue;
            }
            if (used + h <= bodyHeight || page.isEmpty() && !splittable(b)) {
                page.add(b);
                used += h;
                i++;
                continue;
            }
            if (splittable(b)) {
                PageBlock[] parts = split(b, bodyHeight - used);
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

    private static boolean splittable(PageBlock b) {
        return b instanceof Paragraph || b instanceof Bullet;
    }

    /** The part of {@code b} that fits in {@code room} em and the rest; {@code null} head when nothing fits. */
    private static PageBlock[] split(PageBlock b, double room) {
        double l = PageGeometry.LINE;
        double w = PageGeometry.TEXT_WIDTH;
        if (b instanceof Paragraph p) {
            double size = p.secondary() ? PageGeometry.SECONDARY_SIZE : 1;
            int lines = (int) Math.floor((room - GAP) / (size * l));
            String[] s = TextFit.split(p.text(), w, size, lines);
            return s[0].isEmpty() || s[1].isEmpty() ? new PageBlock[] {null, b}
                    : new PageBlock[] {new Paragraph(s[0], p.secondary()), new Paragraph(s[1], p.secondary())};
        }
        Bullet bullet = (Bullet) b;
        double bw = w - PageGeometry.BULLET_INDENT;
        double textH = TextFit.lines(bullet.text(), bw, 1) * l;
        if (textH + GAP > room) {
            String[] s = TextFit.split(bullet.text(), bw, 1, (int) Math.floor((room - GAP) / l));
            return s[0].isEmpty() || s[1].isEmpty() ? new PageBlock[] {null, b}
                    : new PageBlock[] {new Bullet(s[0], ""), new Bullet(s[1], bullet.detail())};
        }
        int lines = (int) Math.floor((room - textH - GAP) / (PageGeometry.SECONDARY_SIZE * l));
        String[] s = TextFit.split(bullet.detail(), bw, PageGeometry.SECONDARY_SIZE, lines);
        if (s[0].isEmpty() || s[1].isEmpty()) {
            return new PageBlock[] {null, b};
        }
        // The rest of the detail continues as a quiet paragraph on the next page.
        return new PageBlock[] {new Bullet(bullet.text(), s[0]), new Paragraph(s[1], true)};
    }
}
