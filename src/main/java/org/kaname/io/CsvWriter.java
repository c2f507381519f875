package org.kaname.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV as RFC 4180 describes it: a field holding a comma, a double quote, CR or LF is put in double quotes,
 * with its double quotes doubled; nothing else is quoted. Every command and export that writes CSV uses this class,
 * files and standard output alike, so one rule holds everywhere.
 * <p>
 * <b>Formulas.</b> Excel and LibreOffice read a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, TAB
 * or CR as a formula, quoted or not, so a measure titled {@code =HYPERLINK("http://…"&A1,"click me")} would become a
 * live link (OWASP "CSV Injection"). Such a field is written with a single quote {@code '} in front, which makes the
 * spreadsheet show it as text; the full-width {@code ＝＋－＠} get the same, since Japanese Excel may turn them into
 * their ASCII forms. A plain decimal number ({@code -0.25}, {@code -3}, {@code -1.5E-4}) is left alone so a negative
 * score or amount stays a number: a number is not a formula, so a title that is exactly {@code -1} stays {@code -1}
 * too. Scripts reading the output see the quote as part of the field.
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

    /** What a spreadsheet takes for the start of a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    /** A number Excel reads as a number: optional minus, digits, optional fraction and exponent. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

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

    /** One field, {@linkplain #neutralised neutralised}, then quoted only if it must be. */
    public static String field(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String value = neutralised(text);
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * {@code value} with a {@code '} in front if a spreadsheet would read it as a formula; a plain number, and any
     * other text, unchanged.
     */
    public static String neutralised(String value) {
        if (value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0 || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
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
