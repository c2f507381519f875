package org.kaname.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kaname.chart.TextFit;

/**
 * Prints a {@link Table} at the layout's cursor across as many pages as it needs: the header row is repeated at the
 * top of every page, and a row goes to the next page whole when it does not fit. Only a row taller than a whole page
 * is split, line by line, with the header repeated.
 */
final class TableRenderer {
    static final float PAD_X = 3f;
    static final float PAD_Y = 2.2f;
    /** The most lines a header cell takes; see {@link #capped}. */
    static final int MAX_HEADER_LINES = 3;

    private final PdfLayout layout;

    TableRenderer(PdfLayout layout) {
        this.layout = layout;
    }

    void render(Table table) throws IOException {
        render(table, 0);
    }

    /** Renders the table keeping its last row on the same page as the {@code trailing} points that follow it. */
    void render(Table table, float trailing) throws IOException {
        float size = table.fontSize();
        float leading = size * table.lineSpacing();
        float[] widths = widths(table);
        List<List<String>> header = capped(wrapRow(headers(table), widths, size), widths, size);
        float headerH = table.isHeaderless() ? 0 : height(header, leading);
        List<List<List<String>>> wrapped = new ArrayList<>();
        for (List<String> row : table.rows()) {
            wrapped.add(wrapRow(row, widths, size));
        }
        float fullPage = layout.bottom() - PageFormat.TOP - headerH;
        float firstH = wrapped.isEmpty() ? 0 : Math.min(height(wrapped.get(0), leading)
                + (wrapped.size() == 1 ? trailing : 0), fullPage);
        layout.ensure(headerH + firstH);
        layout.begin("Table");
        drawRow(table, header, widths, size, leading, true, 0, false);
        // Rows drawn since the header at the top of this part of the table; the last row moves to the next page
        // with what follows it (a note) only if that leaves some rows behind.
        int rowsOnPage = 0;
        for (int r = 0; r < wrapped.size(); r++) {
            List<List<String>> row = wrapped.get(r);
            float h = height(row, leading);
            boolean last = r == wrapped.size() - 1;
            boolean overflow = layout.y() + h > layout.bottom() + 0.01f;
            boolean strandsNote = last && rowsOnPage > 0 && layout.y() + h + trailing > layout.bottom() + 0.01f
                    && h + trailing <= fullPage;
            int block = layout.log().newBlock();
            if (overflow || strandsNote) {
                if (h <= fullPage) {
                    layout.newPage();
                    drawRow(table, header, widths, size, leading, true, -1, false);
                } else {
                    row = drawSplitting(table, row, header, widths, size, leading, block);
                }
                rowsOnPage = 0;
            }
            drawRow(table, row, widths, size, leading, false, block, h > fullPage);
            rowsOnPage++;
        }
        layout.end();
    }

    /**
     * The header cells cut to {@link #MAX_HEADER_LINES} lines, the last ending in "…": a header is repeated on every
     * page, and a scenario or criterion name may be 4,000 characters long; wrapped into a narrow column it made a
     * header taller than a page, and the table started new pages without end.
     */
    private List<List<String>> capped(List<List<String>> header, float[] widths, float size) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            List<String> lines = header.get(i);
            if (lines.size() <= MAX_HEADER_LINES) {
                out.add(lines);
                continue;
            }
            List<String> kept = new ArrayList<>(lines.subList(0, MAX_HEADER_LINES - 1));
            String rest = String.join("", lines.subList(MAX_HEADER_LINES - 1, lines.size()));
            float width = Math.max(size, widths[i] - 2 * PAD_X);
            kept.add(TextFit.fit(rest, width, t -> layout.cleanWidth(t, size)));
            out.add(kept);
        }
        return out;
    }

    /** Draws as many lines of an over-tall row as fit on each page; returns what is left for the last page. */
    private List<List<String>> drawSplitting(Table table, List<List<String>> row, List<List<String>> header,
                                             float[] widths, float size, float leading, int block)
            throws IOException {
        List<List<String>> rest = row;
        boolean freshPage = false;
        while (layout.y() + height(rest, leading) > layout.bottom() + 0.01f) {
            int fit = (int) Math.floor((layout.bottom() - layout.y() - 2 * PAD_Y) / leading);
            if (fit < 1 && freshPage) {
                fit = 1; // never reached with capped headers; a line past the margin beats pages without end
            }
            freshPage = false;
            if (fit < 1) {
                layout.newPage();
                drawRow(table, header, widths, size, leading, true, -1, false);
                freshPage = true;
                continue;
            }
            List<List<String>> now = new ArrayList<>();
            List<List<String>> later = new ArrayList<>();
            for (List<String> cell : rest) {
                now.add(cell.subList(0, Math.min(fit, cell.size())));
                later.add(cell.subList(Math.min(fit, cell.size()), cell.size()));
            }
            drawRow(table, now, widths, size, leading, false, block, true);
            layout.newPage();
            drawRow(table, header, widths, size, leading, true, -1, false);
            freshPage = true;
            rest = later;
        }
        return rest;
    }

    private static List<String> headers(Table table) {
        List<String> h = new ArrayList<>();
        for (Table.Column c : table.columns()) {
            h.add(c.header());
        }
        return h;
    }

    private float[] widths(Table table) {
        float total = 0;
        for (Table.Column c : table.columns()) {
            total += c.weight();
        }
        float[] w = new float[table.columns().size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = layout.width() * table.columns().get(i).weight() / total;
        }
        return w;
    }

    private List<List<String>> wrapRow(List<String> cells, float[] widths, float size) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i) == null ? "" : cells.get(i);
            out.add(layout.wrap(text, size, Math.max(size, widths[i] - 2 * PAD_X)));
        }
        return out;
    }

    private static float height(List<List<String>> row, float leading) {
        int lines = 1;
        for (List<String> cell : row) {
            lines = Math.max(lines, cell.size());
        }
        return lines * leading + 2 * PAD_Y;
    }

    /** Draws a row at the cursor and logs it as part {@code block} ({@code tall}: a row taller than a page). */
    private void drawRow(Table table, List<List<String>> row, float[] widths, float size, float leading,
                         boolean header, int block, boolean tall) throws IOException {
        if (header && table.isHeaderless()) {
            return;
        }
        float h = height(row, leading);
        float x = layout.left();
        float top = layout.y();
        String first = row.stream().filter(c -> !c.isEmpty() && !c.get(0).isBlank()).map(c -> c.get(0))
                .findFirst().orElse("");
        layout.log(header ? LayoutLog.Kind.HEADER_ROW : LayoutLog.Kind.ROW,
                header ? layout.log().newBlock() : block, top, top + h, first, tall);
        if (header) {
            layout.fillRect(x, top, layout.width(), h, Styles.HEADER_FILL);
        } else {
            float fx = x;
            for (int i = 0; i < row.size(); i++) {
                if (table.fill(i) != null) {
                    layout.fillRect(fx, top, widths[i], h, table.fill(i));
                }
                fx += widths[i];
            }
        }
        // The header repeated on a continuation page is an artifact: a screen reader reads it once.
        boolean artifact = header && block < 0;
        if (!artifact) {
            layout.begin("TR");
        }
        float[] xs = new float[row.size() + 1];
        for (int i = 0; i < row.size(); i++) {
            List<PdfLayout.Placed> placed = new ArrayList<>();
            xs[i] = x;
            Table.Align align = header ? Table.Align.CENTER : table.columns().get(i).align();
            List<String> lines = row.get(i);
            for (int l = 0; l < lines.size(); l++) {
                String s = lines.get(l);
                float tx = x + PAD_X;
                if (align != Table.Align.LEFT) {
                    float tw = layout.cleanWidth(s, size);
                    tx = align == Table.Align.RIGHT ? x + widths[i] - PAD_X - tw : x + (widths[i] - tw) / 2;
                }
                placed.add(new PdfLayout.Placed(s, tx, top + PAD_Y + l * leading + (leading - size) / 2));
            }
            x += widths[i];
            if (artifact) {
                layout.artifactTexts(placed, size);
            } else {
                // A form's filled label column (a table without a header row) is its row's header.
                boolean label = header || table.isHeaderless() && table.fill(i) != null;
                layout.begin(label ? "TH" : "TD");
                layout.texts(placed, size, label, PdfLayout.INK);
                layout.end();
            }
        }
        if (!artifact) {
            layout.end();
        }
        xs[row.size()] = x;
        layout.grid(top, h, xs, PdfLayout.RULE, 0.4f);
        layout.space(h);
    }
}
