package org.kaname.ui.projection;

import java.util.function.Function;
import org.kaname.chart.Chart;
import org.kaname.chart.ChartStyle;

/**
 * One piece of a projected page, in words rather than controls, so pages can be built, split and tested without a
 * screen. The view turns each kind into labels (or a chart canvas) at the window's current type size.
 */
public sealed interface PageBlock {
    /** A heading inside the page (e.g. 根拠). */
    record Heading(String text) implements PageBlock {
    }

    /** Running text; {@code secondary} is the smaller, quieter line (still ≥ 24 px at 1080 p). */
    record Paragraph(String text, boolean secondary) implements PageBlock {
    }

    /** A list item with an optional detail underneath (e.g. a source's note and address). */
    record Bullet(String text, String detail) implements PageBlock {
    }

    /** One line of the ranking; {@code tierIndex} 0 = highest tier, −1 unscored (drives the marker's colour). */
    record RankRow(String rank, String label, String score, String tier, int tierIndex) implements PageBlock {
    }

    /** One disputed cell: what it is, and the lowest and the highest rater side by side. */
    record Contrast(String heading, String spread, Side low, Side high) implements PageBlock {
        /** One side: who (or only which side, when anonymous), the value and the rationale. */
        public record Side(String label, String value, String note) {
        }
    }

    /** One rater's progress in an open round: a count, never a value. */
    record ProgressRow(String name, String count, boolean complete, String state) implements PageBlock {
    }

    /**
     * A chart filling the rest of the page, drawn at the style the view passes: type {@code fontEm} of the body
     * type, smaller only when the chart would not fit the page, and larger — up to {@code maxFontEm}, with taller
     * rows — while it leaves the page partly empty.
     */
    record ChartBlock(String description, Function<ChartStyle, Chart> chart, double preferredRowsEm, double fontEm,
                      double maxFontEm) implements PageBlock {
        public ChartBlock {
            maxFontEm = Math.max(fontEm, maxFontEm);
        }
    }

    /** A sentence in place of content that does not exist yet (no scores, no round, no roadmap). */
    record Notice(String text) implements PageBlock {
    }
}
