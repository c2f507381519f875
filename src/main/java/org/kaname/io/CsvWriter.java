package org.kaname.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes CSV as RFC 4180 describes it: a field holding a comma, a double quote, CR or LF is put in double quotes,
 * with its double quotes doubled; nothing else is quoted. Every command and export that writes CSV uses this class.
 * <p>
 * Files for people ({@link #writeFile}) are UTF-8 with a byte order mark and CRLF line ends, which Excel on
 * Japanese Windows needs to read UTF-8 (without the BOM it assumes CP932). Output for scripts (standard output) is
 * written through {@link #CsvWriter(Writer, String)} with {@code "\n"} and no BOM, so tools such as {@code cut} and
 * {@code awk} see plain lines.
 */
public final class CsvWriter {
    /** RFC 4180's line end. */
    public static final String CRLF = "\r\n";
    /** The byte order mark, U+FEFF, as the first character of a file. */
    public static final char BOM = '\uFEFF';

    private final Writer out;
    private final String lineEnd;

    /** Writes rows to {@code out}, ending each with {@code lineEnd}; the caller owns (flushes, closes) {@code out}. */
    public CsvWriter(Writer out, String lineEnd) {
        this.out = out;
        this.lineEnd = lineEnd;
    }

    public CsvWriter row(List<String> fields) throws IOException {
        out.write(line(fields));
        out.write(lineEnd);
        return this;
    }

    public CsvWriter row(String... fields) throws IOException {
        return row(List.of(fields));
    }

    public CsvWriter rows(List<? extends List<String>> rows) throws IOException {
        for (List<String> r : rows) {
            row(r);
        }
        return this;
    }

    /** One record without its line end; a null field is written as an empty one. */
    public static String line(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(fields.get(i)));
        }
        return b.toString();
    }

    /** One field, quoted only if it must be. */
    public static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** The bytes of a CSV file: UTF-8, optionally with a BOM, CRLF line ends. */
    public static byte[] bytes(List<? extends List<String>> rows, boolean bom) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
            if (bom) {
                w.write(BOM);
            }
            new CsvWriter(w, CRLF).rows(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen when writing to memory
        }
        return buffer.toByteArray();
    }

    /**
     * Writes a CSV file for people: UTF-8 with a BOM (if {@code bom}), CRLF, atomically — the text goes to a
     * temporary file in the same folder, is forced to disk and moved over {@code file}, so a failure leaves the old
     * file or none, never half a file. A missing folder or a folder that cannot be written is an {@link IOException}.
     */
    public static void writeFile(Path file, List<? extends List<String>> rows, boolean bom) throws IOException {
        writeAtomically(file, bytes(rows, bom));
    }

    /** Writes {@code bytes} to {@code file} atomically; see {@link AtomicFiles}. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        AtomicFiles.write(file, bytes);
    }
}
