package org.kaname.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses CSV text as RFC 4180 describes it (quoted fields with doubled quotes, CRLF or LF line ends); a leading
 * byte order mark is skipped. The counterpart of {@link CsvWriter}, for reading exports back and for imports.
 */
public final class CsvReader {
    private CsvReader() {
    }

    /** One record and the line of the text it starts on (1-based; a quoted field may hold line ends). */
    public record Record(int line, List<String> fields) {
    }

    /** Every record of {@code text}; a final line end does not start an empty record. */
    public static List<List<String>> parse(String text) {
        return records(text).stream().map(Record::fields).toList();
    }

    /** As {@link #parse}, each record with the line it starts on, so a problem can name the line an editor shows. */
    public static List<Record> records(String text) {
        List<Record> records = new ArrayList<>();
        int line = 1;
        int start = 1;
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = !text.isEmpty() && text.charAt(0) == CsvWriter.BOM ? 1 : 0;
        boolean quoted = false;
        boolean any = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    line++;
                }
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(new Record(start, List.copyOf(record)));
                record.clear();
                field.setLength(0);
                any = false;
                line++;
                start = line;
            } else {
                field.append(c);
                any = true;
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("CSV ends inside a quoted field");
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(new Record(start, List.copyOf(record)));
        }
        return records;
    }
}
