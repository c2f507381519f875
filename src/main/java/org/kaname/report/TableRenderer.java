package org.kaname.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link Table} at the layout's cursor across as many pages as it needs: the header row is repeated at the
 * top of every page, and a row goes to the next page whole when it does not fit. Only a row taller than a whole page
 * is split, line by line, with the header repeated.
 */
final class TableRenderer {
    static final float PAD_X = 3f;
    static final float PAD_Y = 2.2f;

    private final PdfLayout layout;

    TableRenderer(PdfLayout layout) {
        this.layout = layout;
    }

    void render(Table table) throws IOException {
        float size = table.fontSize();
        float leading = size * 1.45f;
        float[] widths = widths(table);
        List<List<String>> header = wrapRow(headers(table), widths, size);
        float headerH = height(header, leading);
        List<List<List<String>>> wrapped = new ArrayList<>();
        for (List<String> row : table.rows()) {
            wrapped.add(wrapRow(row, widths, size));
        }
        float firstH = wrapped.isEmpty() ? 0 : Math.min(height(wrapped.get(0), leading), layout.bottom() - PageFormat.TOP - headerH);
        layout.ensure(headerH + firstH);
        drawRow(table, header, widths, size, leading, true);
        for (List<List<String>> row : wrapped) {
            float h = height(row, leading);
            if (layout.y() + h > layout.bottom() + 0.01f) {
                float fullPage = layout.bottom() - PageFormat.TOP - headerH;
                if (h <= fullPage) {
                    layout.newPage();
                    drawRow(table, header, widths, size, leading, true);
                } else {
                    row = drawSplitting(table, row, header, widths, size, leading, headerH);
                }
            }
            drawRow(table, row, widths, size, leading, false);
        }
    }

    /** Draws as many lines of an over-tall row as fit on each page; returns what is left for the last page. */
    private List<List<String>> drawSplitting(Table table, List<List<String>> row, List<List<String>> header,
                                             float[] widths, float size, float leading, float headerH)
            throws IOException {
        List<List<String>> rest = row;
        while (layout.y() + height(rest, leading) > layout.bottom() + 0.01f) {
            int fit = (int) Math.floor((layout.bottom() - layout.y() - 2 * PAD_Y) / leading);
            if (fit < 1) {
                layout.newPage();
                drawRow(table, header, widths, size, leading, true);
                continue;
            }
            List<List<String>> now = new ArrayList<>();
            List<List<String>> later = new ArrayList<>();
            for (List<String> cell : rest) {
                now.add(cell.subList(0, Math.min(fit, cell.size())));
                later.add(cell.subList(Math.min(fit, cell.size()), cell.size()));
            }
            drawRow(table, now, widths, size, leading, false);
            layout.newPage();
            drawRow(table, header, widths, size, leading, true);
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

    private void drawRow(Table table, List<List<String>> row, float[] widths, float size, float leading,
                         boolean header) throws IOException {
        float h = height(row, leading);
        float x = layout.left();
        float top = layout.y();
        if (header) {
            layout.fillRect(x, top, layout.width(), h, Styles.HEADER_FILL);
        }
        for (int i = 0; i < row.size(); i++) {
            Table.Align align = header ? Table.Align.CENTER : table.columns().get(i).align();
            List<String> lines = row.get(i);
            for (int l = 0; l < lines.size(); l++) {
                String s = lines.get(l);
                float tw = layout.textWidth(s, size);
                float tx = switch (align) {
                    case LEFT -> x + PAD_X;
                    case RIGHT -> x + widths[i] - PAD_X - tw;
                    case CENTER -> x + (widths[i] - tw) / 2;
                };
                layout.text(s, tx, top + PAD_Y + l * leading + (leading - size) / 2, size, header, PdfLayout.INK);
            }
            layout.strokeRect(x, top, widths[i], h, PdfLayout.RULE, 0.4f);
            x += widths[i];
        }
        layout.space(h);
    }
}
