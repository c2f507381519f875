package org.kaname.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.kaname.chart.Chart;
import org.kaname.chart.ChartStyle;
import org.kaname.engine.RankedMeasure;
import org.kaname.model.Measure;
import org.kaname.model.Tier;

/**
 * What the sections share while the report is written: the layout, the texts, the data, and the building blocks
 * of the document's look — numbered section headings (each on a new page, with a bookmark), sub-headings, body
 * text, notes, bullet lists, tables and charts.
 */
final class ReportContext {
    final PdfLayout layout;
    final ReportTexts texts;
    final ReportData data;
    /** The sources cited so far, numbered for the 出典一覧 at the end. */
    final Sources sources = new Sources();
    private final TableRenderer tables;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final List<ReportResult.Section> sections = new ArrayList<>();

    ReportContext(PdfLayout layout, ReportTexts texts, ReportData data) {
        this.layout = layout;
        this.texts = texts;
        this.data = data;
        this.tables = new TableRenderer(layout);
        layout.document().getDocumentCatalog().setDocumentOutline(outline);
    }

    List<ReportResult.Section> sections() {
        return sections;
    }

    ChartStyle chartStyle() {
        return ChartStyle.standard().withFontSize(Styles.CHART_FONT);
    }

    /** Starts a numbered section on a new page of {@code format}: {@code 3　優先順位}. */
    void startSection(String title, PageFormat format) throws IOException {
        layout.ensure(0); // a heading that closed the section before is drawn there, not here
        layout.newPage(format);
        layout.log().section(layout.pageIndex());
        String numbered = (sections.size() + 1) + (texts.isJapanese() ? "　" : "  ") + title;
        sections.add(new ReportResult.Section(numbered, layout.pageNumber()));
        PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
        dest.setPage(layout.page());
        dest.setTop((int) layout.format().height());
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(layout.font().clean(numbered));
        item.setDestination(dest);
        outline.addLast(item);
        List<String> lines = layout.wrapBalanced(numbered, Styles.H1, layout.width() - 10);
        float lead = Styles.H1 * 1.45f;
        float h = lines.size() * lead + 6;
        layout.fillRect(layout.left(), layout.y(), 4, h - 4, Styles.BAND);
        float top = layout.y();
        layout.log(LayoutLog.Kind.SECTION, layout.log().newBlock(), top, top + h, lines.get(0), false);
        layout.begin("H1");
        for (String line : lines) {
            layout.text(line, layout.left() + 10, top + (lead - Styles.H1) / 2, Styles.H1, true, PdfLayout.INK);
            top += lead;
        }
        layout.end();
        layout.figureAlt(texts.get("figure.alt", title));
        layout.space(h);
        layout.line(layout.left(), layout.y(), layout.left() + layout.width(), layout.y(), Styles.BAND, 1.2f);
        layout.space(10);
    }

    void startSection(String title) throws IOException {
        startSection(title, PageFormat.A4_PORTRAIT);
    }

    /** A sub-heading, kept with at least three lines of what follows. */
    void h2(String title) throws IOException {
        h2(title, 3 * Styles.BODY_LEADING);
    }

    /** A sub-heading kept on the same page as the first {@code keep} points of what follows (e.g. a chart's top). */
    void h2(String title, float keep) throws IOException {
        List<String> lines = layout.wrapBalanced(title, Styles.H2, layout.width());
        float lead = Styles.H2 * 1.5f;
        float gap = 6;
        // Drawn when the block after it is placed, on that block's page: a heading never ends a page.
        layout.keepWithNext(gap + lines.size() * lead + 5, keep, () -> {
            layout.space(layout.atTop() ? 0 : gap);
            float top = layout.y();
            layout.begin("H2");
            for (String line : lines) {
                layout.text(line, layout.left(), layout.y() + (lead - Styles.H2) / 2, Styles.H2, true, PdfLayout.INK);
                layout.space(lead);
            }
            layout.end();
            layout.figureAlt(texts.get("figure.alt", title));
            layout.line(layout.left(), layout.y() + 1, layout.left() + layout.width(), layout.y() + 1,
                    PdfLayout.RULE, 0.5f);
            layout.space(5);
            layout.log(LayoutLog.Kind.HEADING, layout.log().newBlock(), top, layout.y(), lines.get(0), false);
        });
    }

    /** A minor heading, kept with at least two lines of what follows. */
    void h3(String title) throws IOException {
        List<String> lines = layout.wrapBalanced(title, Styles.H3, layout.width() - 10);
        float lead = Styles.H3 * 1.5f;
        float gap = 3;
        layout.keepWithNext(gap + lines.size() * lead + 2, 2 * Styles.BODY_LEADING, () -> {
            layout.space(layout.atTop() ? 0 : gap);
            float top = layout.y();
            layout.begin("H3");
            for (String line : lines) {
                layout.fillRect(layout.left(), layout.y() + (lead - Styles.H3) / 2, 3, Styles.H3, Styles.BAND);
                layout.text(line, layout.left() + 8, layout.y() + (lead - Styles.H3) / 2, Styles.H3, true,
                        PdfLayout.INK);
                layout.space(lead);
            }
            layout.end();
            layout.space(2);
            layout.log(LayoutLog.Kind.HEADING, layout.log().newBlock(), top, layout.y(), lines.get(0), false);
        });
    }

    void para(String text) throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        layout.paragraph(text.strip());
        layout.space(3);
    }

    /** Small grey text: notes on units, rounding and method. */
    void note(String text) throws IOException {
        layout.paragraph(text, Styles.SMALL, 0, Styles.SMALL * 1.6f, false, PdfLayout.GREY);
        layout.space(3);
    }

    /**
     * An indented paragraph with a bullet; continuation lines align with the text. The item stays on one page
     * (it moves to the next whole) unless it is taller than a page.
     */
    void bullet(String text) throws IOException {
        item("・", text);
    }

    /**
     * An item of a list with {@code marker} (「・」, 「［3］」) hanging in front: continuation lines align with the
     * text, and the item stays on one page unless it is taller than a page.
     */
    void item(String marker, String text) throws IOException {
        item(marker, text, Math.max(12, layout.textWidth(marker, Styles.BODY) + 4));
    }

    /** As {@link #item(String, String)}, the text {@code indent} from the margin (the same for a whole list). */
    void item(String marker, String text, float indent) throws IOException {
        List<String> lines = layout.wrap(text, Styles.BODY, layout.width() - indent);
        float height = lines.size() * Styles.BODY_LEADING;
        boolean tall = height > layout.pageBody();
        int block = layout.log().newBlock();
        layout.ensureWhole(height, Styles.BODY_LEADING);
        layout.beginItem();
        for (int i = 0; i < lines.size(); i++) {
            layout.ensure(Styles.BODY_LEADING);
            float top = layout.y() + (Styles.BODY_LEADING - Styles.BODY) / 2;
            if (i == 0) {
                layout.text(marker, layout.left() + 1, top, Styles.BODY, false, PdfLayout.INK);
            }
            layout.text(lines.get(i), layout.left() + indent, top, Styles.BODY, false, PdfLayout.INK);
            layout.log(LayoutLog.Kind.BLOCK, block, layout.y(), layout.y() + Styles.BODY_LEADING, lines.get(i), tall);
            layout.space(Styles.BODY_LEADING);
        }
        layout.end();
    }

    /** Label–value lines, the label in bold in a fixed column. */
    void field(String label, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        float labelW = Math.max(70, layout.textWidth(label, Styles.BODY) + 10);
        List<String> lines = layout.wrap(value.strip(), Styles.BODY, layout.width() - labelW);
        // Kept whole like a table row: 「やったつ」 at a page's foot and 「もり」 on the next read as two items.
        float height = lines.size() * Styles.BODY_LEADING;
        boolean tall = height > layout.pageBody();
        int block = layout.log().newBlock();
        layout.ensureWhole(height, Styles.BODY_LEADING);
        layout.begin("P");
        for (int i = 0; i < lines.size(); i++) {
            layout.ensure(Styles.BODY_LEADING);
            float top = layout.y() + (Styles.BODY_LEADING - Styles.BODY) / 2;
            if (i == 0) {
                layout.text(label, layout.left(), top, Styles.BODY, true, PdfLayout.INK);
            }
            layout.text(lines.get(i), layout.left() + labelW, top, Styles.BODY, false, PdfLayout.INK);
            layout.log(LayoutLog.Kind.BLOCK, block, layout.y(), layout.y() + Styles.BODY_LEADING, lines.get(i), tall);
            layout.space(Styles.BODY_LEADING);
        }
        layout.end();
        layout.space(2);
    }

    void table(Table table) throws IOException {
        if (table.isEmpty()) {
            return;
        }
        tables.render(table);
        layout.space(8);
    }

    /** A table and the note under it, kept together: the note never starts a page on its own. */
    void table(Table table, String note) throws IOException {
        if (table.isEmpty()) {
            return;
        }
        float lead = Styles.SMALL * 1.6f;
        float noteHeight = layout.wrap(note, Styles.SMALL, layout.width()).size() * lead;
        tables.render(table, 8 + noteHeight);
        layout.space(8);
        note(note);
    }

    /** A chart at the cursor on this page if it fits, else at the top of the next. */
    void chart(Chart chart) throws IOException {
        float h = (float) chart.preferredHeight(layout.width());
        layout.ensure(h);
        layout.chart(chart, h);
        layout.space(8);
    }

    /** Text for when a part of the report has nothing to show. */
    void empty(String text) throws IOException {
        layout.paragraph(text, Styles.BODY, 0, Styles.BODY_LEADING, false, PdfLayout.GREY);
        layout.space(4);
    }

    // ---- shared wording ----

    String measureLabel(String id) {
        return data.plan().measure(id).map(m -> m.id() + " " + m.title()).orElse(id);
    }

    String groupTitle(String id) {
        return data.plan().group(id).map(g -> g.title()).orElse(id);
    }

    /** Position of a tier among the plan's tiers, highest 0; −1 for unscored or unknown. */
    int tierIndex(String tier) {
        List<Tier> tiers = data.ranking().map(r -> r.tiers()).orElse(data.plan().tiers());
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).name().equals(tier)) {
                return i;
            }
        }
        return -1;
    }

    int tierCount() {
        return data.ranking().map(r -> r.tiers().size()).orElse(data.plan().tiers().size());
    }

    /**
     * The tier as text with a mark that survives grey-scale copying: ◎ for the highest tier, ○ for the second,
     * △ for the third, □ and · below; − for unscored.
     */
    String tierWithMark(String tier) {
        int i = tierIndex(tier);
        String[] marks = {"◎", "○", "△", "□", "・"};
        String mark = i < 0 ? ReportTexts.NONE : marks[Math.min(i, marks.length - 1)];
        return mark + " " + (i < 0 ? texts.get("tier.unscored") : tier);
    }

    String scoreText(RankedMeasure m) {
        return m.score().isPresent() ? ReportTexts.score(m.score().getAsDouble()) : ReportTexts.NONE;
    }

    String rankText(RankedMeasure m) {
        return m.rank().isPresent() ? String.valueOf(m.rank().getAsInt()) : ReportTexts.NONE;
    }

    static Color grey() {
        return PdfLayout.GREY;
    }

    Measure measure(String id) {
        return data.plan().measure(id).orElse(null);
    }
}
