package org.kaname.ui.projection;

import org.kaname.ui.projection.PageBlock.Bullet;
import org.kaname.ui.projection.PageBlock.ChartBlock;
import org.kaname.ui.projection.PageBlock.Contrast;
import org.kaname.ui.projection.PageBlock.Heading;
import org.kaname.ui.projection.PageBlock.Notice;
import org.kaname.ui.projection.PageBlock.Paragraph;
import org.kaname.ui.projection.PageBlock.ProgressRow;
import org.kaname.ui.projection.PageBlock.RankRow;

/**
 * Heights from {@link TextFit}'s character count, without a screen (tests of the pages, and a page built before
 * the toolkit runs). It errs towards taller, so a page dealt with it may end early but never overflows.
 */
final class EstimatedMeasure implements PageMeasure {
    /** Space after a paragraph or list item (the view puts 0.3 em; the rest absorbs the estimate's error). */
    static final double GAP = 0.4;

    @Override
    public double height(PageBlock block, PageFit fit) {
        double f = fit.font();
        double s = fit.spacing();
        double l = PageGeometry.LINE * f;
        double w = PageGeometry.TEXT_WIDTH;
        double gap = GAP * s;
        if (block instanceof Heading h) {
            double size = PageGeometry.HEADING_SIZE * f;
            return TextFit.lines(h.text(), w, size) * PageGeometry.HEADING_SIZE * l + 0.6 * s;
        }
        if (block instanceof Paragraph p) {
            double size = (p.secondary() ? PageGeometry.SECONDARY_SIZE : 1);
            return TextFit.lines(p.text(), w, size * f) * size * l + gap;
        }
        if (block instanceof Bullet b) {
            double bw = w - PageGeometry.BULLET_INDENT;
            return TextFit.lines(b.text(), bw, f) * l + (b.detail().isBlank() ? 0
                    : TextFit.lines(b.detail(), bw, PageGeometry.SECONDARY_SIZE * f) * PageGeometry.SECONDARY_SIZE * l)
                    + gap;
        }
        if (block instanceof RankRow r) {
            return TextFit.lines(r.label(), PageGeometry.rankLabelWidth(), f) * l + 0.5 * f;
        }
        if (block instanceof Contrast c) {
            return TextFit.lines(c.heading() + "　" + c.spread(), w, f) * l
                    + Math.max(side(c.low(), f), side(c.high(), f)) + 1.2 * f;
        }
        if (block instanceof ProgressRow) {
            return l + 0.6 * f;
        }
        if (block instanceof ChartBlock c) {
            return c.preferredRowsEm();
        }
        return TextFit.lines(((Notice) block).text(), w, f) * l + 0.5 * f;
    }

    private static double side(PageBlock.Contrast.Side s, double f) {
        double w = PageGeometry.contrastSideWidth();
        double l = PageGeometry.LINE * f;
        return TextFit.lines(s.label() + "　" + s.value(), w, f) * l
                + (s.note().isBlank() ? 0 : TextFit.lines(s.note(), w, PageGeometry.SECONDARY_SIZE * f)
                * PageGeometry.SECONDARY_SIZE * l);
    }

    @Override
    public double gap(PageFit fit) {
        return 0;
    }

    @Override
    public double bodyHeight(String title, String subtitle, Standing standing) {
        return PageGeometry.bodyHeight(title, subtitle, standing != null);
    }
}
