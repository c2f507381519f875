package org.kaname.cli;

import java.util.ArrayList;
import java.util.List;

/** A table for a terminal: columns aligned by display width (Japanese characters count two), two spaces apart. */
final class TextTable {
    private final List<String> header;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** {@code rightAligned[i]} for numeric columns. */
    TextTable(List<String> header, boolean... rightAligned) {
        this.header = List.copyOf(header);
        this.rightAligned = new boolean[header.size()];
        System.arraycopy(rightAligned, 0, this.rightAligned, 0, Math.min(rightAligned.length, header.size()));
    }

    TextTable row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    /** The lines of the table, header first, each without trailing spaces or a line end. */
    List<String> lines() {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(cell(r, i)));
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> r : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String c = cell(r, i);
                line.append(rightAligned[i] ? DisplayWidth.padLeft(c, widths[i]) : DisplayWidth.padRight(c, widths[i]));
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    private static String cell(List<String> row, int i) {
        // Line breaks inside a cell would break the alignment of every column after it.
        return i < row.size() && row.get(i) != null ? row.get(i).replaceAll("[\\t\\r\\n]+", " ") : "";
    }
}
