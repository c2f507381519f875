package org.kaname.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.kaname.chart.Chart;
import org.kaname.chart.ChartFonts;

/**
 * Flows content down pages: a cursor {@code y} measured from the top of the page, a new page when the next block
 * does not fit, text wrapped by {@link LineBreaker}, charts drawn as vectors through a Graphics2D bridge with the
 * same embedded font. Running headers and page numbers are added by {@link #decorate} once the page count is known.
 */
final class PdfLayout {
    static final Color INK = Color.BLACK;
    static final Color GREY = new Color(0x59, 0x59, 0x59);
    static final Color RULE = new Color(0x80, 0x80, 0x80);

    private final PDDocument doc;
    private final ReportFont font;
    private final PdfBoxGraphics2DFontTextDrawer chartText;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<PageFormat> formats = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream cs;
    private PageFormat format = PageFormat.A4_PORTRAIT;
    private float y;
    private final LayoutLog log = new LayoutLog();
    private final PageBreaks breaks;
    /** Headings placed but not yet drawn: they go onto the page where the block after them starts. */
    private Pending pending;
    private final Tagging tags;
    /** Streams appending to a finished page (the table of contents) and their pages, for tagging. */
    private final java.util.Map<PDPageContentStream, PDPage> appending = new java.util.IdentityHashMap<>();
    /** The alternative text of the charts drawn until it changes (set with each heading). */
    private String figureAlt = "";

    /** Drawing deferred until the layout knows where it goes. */
    @FunctionalInterface
    interface Drawing {
        void draw() throws IOException;
    }

    private record Pending(float height, float keep, Drawing drawing) {
    }

    PdfLayout(PDDocument doc, ReportFont font) {
        this(doc, font, PageBreaks.none());
    }

    /** A layout that ends the pages {@code breaks} names earlier (the second pass that balances short tails). */
    PdfLayout(PDDocument doc, ReportFont font, PageBreaks breaks) {
        this.doc = doc;
        this.font = font;
        this.breaks = breaks;
        this.tags = new Tagging(doc);
        this.chartText = new PdfBoxGraphics2DFontTextDrawer();
        // Chart text is matched to a PDF font by the AWT font's name: map the bundled font to the embedded subset.
        chartText.registerFont(ChartFonts.base().getFontName(), font.pdf());
    }

    ReportFont font() {
        return font;
    }

    PDDocument document() {
        return doc;
    }

    List<PDPage> pages() {
        return pages;
    }

    PageFormat format() {
        return format;
    }

    int pageNumber() {
        return pages.size();
    }

    /** 0-based index of the current page. */
    int pageIndex() {
        return pages.size() - 1;
    }

    LayoutLog log() {
        return log;
    }

    // ---- structure (tagged PDF) ----

    /** Opens a structure element (H1, P, Table, TR, TD…); what is drawn until {@link #end} belongs to it. */
    void begin(String type) {
        tags.begin(type);
    }

    /** Opens a list item (LI), in a list (L) that goes on while items follow one another. */
    void beginItem() {
        tags.beginItem();
    }

    void end() {
        tags.end();
    }

    /** The alternative text of the charts drawn from now on (e.g. 「グラフ：評価基準別の寄与」). */
    void figureAlt(String alt) {
        figureAlt = alt;
    }

    /** Records a placed piece on the current page. */
    void log(LayoutLog.Kind kind, int block, float top, float bottom, String text, boolean tall) {
        log.add(pageIndex(), kind, block, top, bottom, text, tall);
    }

    /** The pages to end early so that no section ends on a nearly empty page (see {@link PageBreaks#balancing}). */
    PageBreaks balancedBreaks() {
        return PageBreaks.balancing(log, formats, pages.size());
    }

    PDPage page() {
        return page;
    }

    float y() {
        return y;
    }

    float left() {
        return PageFormat.SIDE;
    }

    float width() {
        return format.contentWidth();
    }

    float bottom() {
        return format.contentBottom() - breaks.shortenBy(pages.size() - 1);
    }

    /** Height of the body of a page: the most a block can take. */
    float pageBody() {
        return format.contentBottom() - PageFormat.TOP;
    }

    /** Room left below the cursor, less the headings waiting to be drawn with what comes next. */
    float remaining() {
        return bottom() - y - (pending == null ? 0 : pending.height());
    }

    boolean atTop() {
        return y <= PageFormat.TOP + 0.5f;
    }

    void newPage(PageFormat f) throws IOException {
        closeCurrent();
        format = f;
        page = new PDPage(f.box());
        doc.addPage(page);
        pages.add(page);
        formats.add(f);
        cs = new PDPageContentStream(doc, page);
        y = PageFormat.TOP;
    }

    void newPage() throws IOException {
        newPage(format);
    }

    /**
     * Starts a new page unless {@code height} fits below the cursor together with the headings waiting for it
     * (and the least they asked to keep with them), then draws those headings: a heading never ends a page.
     */
    void ensure(float height) throws IOException {
        float need = pending == null ? height : pending.height() + Math.max(height, pending.keep());
        if (y + need > bottom() + 0.01f && !atTop()) {
            newPage();
        }
        flushPending();
    }

    /**
     * Starts a new page unless a block {@code height} high fits; a block taller than a page starts where at least
     * {@code first} points of it fit, and is split by its caller.
     */
    void ensureWhole(float height, float first) throws IOException {
        ensure(height <= pageBody() ? height : first);
    }

    /**
     * Holds a heading {@code height} high (with {@code drawing} drawing it at the cursor) until the next block is
     * placed, so that it goes onto the same page as at least {@code keep} points of what follows; headings in a row
     * wait together.
     */
    void keepWithNext(float height, float keep, Drawing drawing) {
        if (pending == null) {
            pending = new Pending(height, keep, drawing);
        } else {
            Pending before = pending;
            pending = new Pending(before.height() + height, keep, () -> {
                before.drawing().draw();
                drawing.draw();
            });
        }
    }

    private void flushPending() throws IOException {
        if (pending != null) {
            Pending p = pending;
            pending = null;
            var outer = tags.detach();
            p.drawing().draw();
            tags.attach(outer);
        }
    }

    void space(float h) {
        y += h;
    }

    /** Moves the cursor to {@code newY} on the current page (used by layouts that place blocks side by side). */
    void moveTo(float newY) {
        y = newY;
    }

    /** Ends the content: draws any heading still waiting (on a new page if it does not fit) and closes the page. */
    void closeStream() throws IOException {
        if (pending != null) {
            ensure(0);
        }
        closeCurrent();
    }

    private void closeCurrent() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    PDPageContentStream stream() {
        return cs;
    }

    // ---- text ----

    List<String> wrap(String text, float size, float width) {
        return LineBreaker.lines(font.clean(text), width, cp -> font.advance(cp) * size);
    }

    /** Wrapped as evenly as the line count allows: for headings (see {@link LineBreaker#balanced}). */
    List<String> wrapBalanced(String text, float size, float width) {
        return LineBreaker.balanced(font.clean(text), width, cp -> font.advance(cp) * size);
    }

    /** Draws one line with its top at {@code top}; {@code bold} strokes the outline too (the font has one weight). */
    void text(String s, float x, float top, float size, boolean bold, Color colour) throws IOException {
        if (font.clean(s).isBlank()) {
            return;
        }
        tags.mark(cs, page);
        text(cs, format.height(), s, x, top, size, bold, colour);
        cs.endMarkedContent();
    }

    void text(PDPageContentStream stream, float pageHeight, String s, float x, float top, float size, boolean bold,
              Color colour) throws IOException {
        String clean = font.clean(s).replace('\n', ' ');
        if (clean.isBlank()) {
            return;
        }
        PDPage appended = appending.get(stream);
        if (appended != null) {
            tags.mark(stream, appended);
        }
        stream.beginText();
        stream.setFont(font.pdf(), size);
        stream.setNonStrokingColor(colour);
        if (bold) {
            stream.setStrokingColor(colour);
            stream.setLineWidth(size * 0.035f);
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        // IPAexGothic's ascent is 0.88 em: this puts the glyphs' tops at `top`.
        stream.newLineAtOffset(x, pageHeight - top - size * 0.88f);
        stream.showText(clean);
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.endText();
        if (appended != null) {
            stream.endMarkedContent();
        }
    }

    /** A line of text already cleaned and wrapped by {@link #wrap}, placed with its top at {@code top}. */
    record Placed(String text, float x, float top) {
    }

    /**
     * Many lines in one text object with one font and colour: far fewer PDF operators than one {@link #text} call
     * per line, which matters for tables with thousands of cells.
     */
    void texts(List<Placed> lines, float size, boolean bold, Color colour) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        tags.mark(cs, page);
        cs.beginText();
        cs.setFont(font.pdf(), size);
        cs.setNonStrokingColor(colour);
        if (bold) {
            cs.setStrokingColor(colour);
            cs.setLineWidth(size * 0.035f);
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        float h = format.height();
        for (Placed p : lines) {
            if (p.text().isEmpty()) {
                continue;
            }
            cs.setTextMatrix(Matrix.getTranslateInstance(p.x(), h - p.top() - size * 0.88f));
            cs.showText(p.text());
        }
        if (bold) {
            cs.setRenderingMode(RenderingMode.FILL);
        }
        cs.endText();
        cs.endMarkedContent();
    }

    /** Bold lines marked as an artifact (a table header repeated on a continuation page). */
    void artifactTexts(List<Placed> lines, float size) throws IOException {
        tags.suppress(true);
        try {
            texts(lines, size, true, INK);
        } finally {
            tags.suppress(false);
        }
    }

    /** The rules of one table row: its top and bottom, and a vertical rule at each of {@code xs}, as one path. */
    void grid(float top, float height, float[] xs, Color c, float lineWidth) throws IOException {
        float h = format.height();
        Tagging.beginArtifact(cs);
        cs.setStrokingColor(c);
        cs.setLineWidth(lineWidth);
        float left = xs[0];
        float right = xs[xs.length - 1];
        cs.moveTo(left, h - top);
        cs.lineTo(right, h - top);
        cs.moveTo(left, h - top - height);
        cs.lineTo(right, h - top - height);
        for (float x : xs) {
            cs.moveTo(x, h - top);
            cs.lineTo(x, h - top - height);
        }
        cs.stroke();
        cs.endMarkedContent();
    }

    /** Width of text already cleaned by {@link #wrap}. */
    float cleanWidth(String s, float size) {
        return font.width(s, size);
    }

    float textWidth(String s, float size) {
        return font.width(font.clean(s), size);
    }

    /**
     * A wrapped paragraph at the cursor, {@code indent} from the left margin; lines move to the next page one by
     * one, so a long paragraph flows across pages.
     */
    void paragraph(String text, float size, float indent, float leading, boolean bold, Color colour)
            throws IOException {
        List<String> lines = wrap(text, size, width() - indent);
        int n = lines.size();
        if (n > 0) {
            ensure(Math.min(2, n) * leading);
        }
        begin("P");
        for (int i = 0; i < n; i++) {
            // No single first line at the foot of a page, no single last line at the head of the next.
            int together = i == 0 ? Math.min(2, n) : i == n - 2 ? 2 : 1;
            ensure(together * leading);
            String line = lines.get(i);
            texts(List.of(new Placed(line, left() + indent, y + (leading - size) / 2)), size, bold, colour);
            log(LayoutLog.Kind.LINE, log.newBlock(), y, y + leading, line, false);
            y += leading;
        }
        end();
    }

    void paragraph(String text) throws IOException {
        paragraph(text, Styles.BODY, 0, Styles.BODY_LEADING, false, INK);
    }

    // ---- shapes ----

    void fillRect(float x, float top, float w, float h, Color c) throws IOException {
        Tagging.beginArtifact(cs);
        cs.setNonStrokingColor(c);
        cs.addRect(x, format.height() - top - h, w, h);
        cs.fill();
        cs.endMarkedContent();
    }

    void strokeRect(float x, float top, float w, float h, Color c, float lineWidth) throws IOException {
        Tagging.beginArtifact(cs);
        cs.setStrokingColor(c);
        cs.setLineWidth(lineWidth);
        cs.addRect(x, format.height() - top - h, w, h);
        cs.stroke();
        cs.endMarkedContent();
    }

    void line(float x1, float y1, float x2, float y2, Color c, float lineWidth) throws IOException {
        cs.setStrokingColor(c);
        cs.setLineWidth(lineWidth);
        Tagging.beginArtifact(cs);
        cs.moveTo(x1, format.height() - y1);
        cs.lineTo(x2, format.height() - y2);
        cs.stroke();
        cs.endMarkedContent();
    }

    // ---- charts ----

    /** Draws {@code chart} at the cursor, full content width, {@code height} high, as vectors. */
    void chart(Chart chart, float height) throws IOException {
        flushPending();
        chart(chart, left(), y, width(), height);
        log(LayoutLog.Kind.FIGURE, log.newBlock(), y, y + height, "", false);
        y += height;
    }

    void chart(Chart chart, float x, float top, float w, float h) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
        g.setFontTextDrawer(chartText);
        try {
            chart.draw(g, w, h);
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        // A figure with its alternative text: a screen reader cannot read the chart's drawn labels in order.
        tags.begin("Figure").setAlternateDescription(figureAlt);
        tags.mark(cs, page);
        cs.saveGraphicsState();
        cs.transform(Matrix.getTranslateInstance(x, format.height() - top - h));
        cs.drawForm(form);
        cs.restoreGraphicsState();
        cs.endMarkedContent();
        tags.end();
    }

    // ---- second pass ----

    interface PageDecorator {
        void decorate(PDPageContentStream stream, PageFormat format, int pageNumber, int pageCount) throws IOException;
    }

    /** Runs {@code decorator} on every page after the first {@code skip}, appending to the page's content. */
    void decorate(int skip, PageDecorator decorator) throws IOException {
        closeStream();
        int count = pages.size();
        for (int i = skip; i < count; i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                // The running header and footer repeat on every page: artifacts, not content to read out.
                Tagging.beginArtifact(s);
                decorator.decorate(s, formats.get(i), i + 1, count);
                s.endMarkedContent();
            }
        }
        tags.finish();
    }

    /** Appends to page {@code index} (0-based), e.g. to fill in the table of contents once page numbers are known. */
    PDPageContentStream append(int index) throws IOException {
        PDPageContentStream s = new PDPageContentStream(doc, pages.get(index), PDPageContentStream.AppendMode.APPEND,
                true, true);
        appending.put(s, pages.get(index));
        return s;
    }

    PageFormat formatOf(int index) {
        return formats.get(index);
    }

    void close() {
        chartText.close();
    }
}
