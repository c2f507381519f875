package org.kaname.ui.scoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.kaname.edit.Cell;
import org.kaname.edit.PasteScores;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;

/**
 * A block of score cells as spreadsheets exchange it on the clipboard: tab-separated values, one line per row, as
 * Excel writes it (every row ends with a line break; a cell holding a tab, a line break or a quote is quoted). Reading
 * a pasted block checks every cell before anything is stored, so a paste is all or nothing and the message can name
 * each bad cell by measure and criterion. No FX here: the check can run on any thread.
 */
final class ScoreBlock {
    /** Bad cells named one per line in the message; more are counted, not listed, so the message stays readable. */
    static final int LISTED = 10;
    /** A whole number, optionally written with a zero fraction (Excel shows 3 as "3.0" in a one-decimal format). */
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,9}(\\.0+)?");

    private ScoreBlock() {
    }

    /** The outcome of checking a pasted block: the cells to store, or why nothing was stored. */
    record Checked(List<PasteScores.Entry> entries, String refusal) {
        boolean ok() {
            return refusal.isEmpty();
        }
    }

    /** The rows of a clipboard text, each a list of its cells' texts (a trailing line break ends the last row). */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean cellStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (cellStart && c == '"') {
                // A quoted cell: up to the closing quote, "" is one quote; what follows it up to the separator stays.
                i++;
                while (i < n) {
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        cell.append(q);
                        i++;
                    }
                }
                cellStart = false;
                continue;
            }
            cellStart = false;
            if (c == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
            } else if (c == '\r' || c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                cellStart = true;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                cell.append(c);
            }
            i++;
        }
        if (!cellStart || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /**
     * Checks {@code block} pasted with its top-left cell on row {@code firstRow} and criterion column {@code
     * firstColumn} of the grid ({@code rows} × {@code criteria}), for {@code rater}. A value must be a whole number on
     * its criterion's scale; full-width digits (３) count as digits; a blank cell clears the score, as a blank pasted
     * over a filled cell in Excel empties it. A block that runs past the grid's last row or column is refused whole.
     */
    static Checked check(List<List<String>> block, List<ScoringRow> rows, List<Criterion> criteria, int firstRow,
                         int firstColumn, String rater, Messages messages) {
        int height = block.size();
        int width = block.stream().mapToInt(List::size).max().orElse(0);
        if (height == 0 || width == 0) {
            return new Checked(List.of(), messages.get("paste.empty"));
        }
        int roomDown = rows.size() - firstRow;
        int roomRight = criteria.size() - firstColumn;
        if (height > roomDown || width > roomRight) {
            return new Checked(List.of(), messages.get("paste.tooBig", height, width,
                    rows.get(firstRow).measureId(), criteria.get(firstColumn).name(), roomDown, roomRight));
        }
        List<PasteScores.Entry> entries = new ArrayList<>(height * width);
        List<String> bad = new ArrayList<>();
        int badCount = 0;
        for (int r = 0; r < height; r++) {
            String measure = rows.get(firstRow + r).measureId();
            List<String> line = block.get(r);
            for (int c = 0; c < line.size(); c++) {
                Criterion criterion = criteria.get(firstColumn + c);
                String raw = line.get(c);
                String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
                Cell cell = new Cell(measure, criterion.id(), rater);
                if (text.isEmpty()) {
                    entries.add(new PasteScores.Entry(cell, null));
                    continue;
                }
                Integer value = WHOLE.matcher(text).matches() ? Integer.valueOf(text.replaceFirst("\\..*", "")
                        .replace("+", "")) : null;
                if (value == null || !criterion.scale().contains(value)) {
                    if (++badCount <= LISTED) {
                        bad.add(messages.get("paste.badCell", measure, criterion.name(), raw.strip(),
                                criterion.scale().min(), criterion.scale().max()));
                    }
                    continue;
                }
                entries.add(new PasteScores.Entry(cell, value.doubleValue()));
            }
        }
        if (badCount > 0) {
            StringBuilder m = new StringBuilder(messages.get("paste.refused", badCount));
            bad.forEach(line -> m.append('\n').append(line));
            if (badCount > LISTED) {
                m.append('\n').append(messages.get("paste.more", badCount - LISTED));
            }
            return new Checked(List.of(), m.toString());
        }
        return new Checked(entries, "");
    }

    /**
     * The cells' texts as Excel puts a block on the clipboard: tab between cells, CR LF after every row, no headers.
     * A text with a tab, a line break or a quote is quoted (scores never have one; kept for safety).
     */
    static String format(List<List<String>> block) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : block) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append('\t');
                }
                String s = row.get(c);
                out.append(s.matches("(?s).*[\t\r\n\"].*") ? '"' + s.replace("\"", "\"\"") + '"' : s);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
