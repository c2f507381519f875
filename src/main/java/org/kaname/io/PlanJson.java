package org.kaname.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.kaname.model.IndicatorIds;
import org.kaname.model.Plan;

/**
 * Reads and writes plan files in the {@code kaname-plan} version 1 exchange format (docs/plan-format.md).
 * Reading checks, in this order: size, encoding, JSON syntax, shape (types, required fields, enum values), then
 * the model rules of {@link PlanValidator}; the first problem becomes an {@link InvalidPlanException} whose message
 * names the file, the JSON location and the problem in the requested language. Indicators without an id (files
 * from before ids) are given one by {@link IndicatorIds#assignMissing} before the model rules; nothing else changes.
 * Writing is canonical: the same plan always gives the same bytes, and reading them back gives an equal plan.
 */
public final class PlanJson {
    /** Files above this size are refused before they are read into memory. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NAME_LENGTH = 10_000;

    /** Reads a whole document as one tree ({@code readTree}); writes canonical text. */
    static final ObjectMapper MAPPER = mapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    /**
     * The same settings for reading one value of a document as a tree while the parser goes on (the whole
     * document's trailing tokens are checked by {@link PlanStream}).
     */
    private static final ObjectMapper TREES = mapper().build();
    /** {@link #TREES} for the quick reading, where the parser does not check for duplicate names (PlanStream). */
    private static final ObjectMapper QUICK_TREES = mapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    static final ObjectWriter WRITER = MAPPER.writer(canonicalPrinter());

    private final Locale locale;
    private final IoMessages text;
    private final long maxBytes;

    public PlanJson(Locale locale) {
        this(locale, MAX_FILE_BYTES);
    }

    /** With another size limit, so tests need not create 50 MB. */
    PlanJson(Locale locale, long maxBytes) {
        this.locale = locale == null ? Locale.JAPANESE : locale;
        this.text = new IoMessages(this.locale);
        this.maxBytes = maxBytes;
    }

    private static JsonMapper.Builder mapper() {
        return JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(MAX_NESTING_DEPTH)
                                .maxStringLength(MAX_STRING_LENGTH)
                                .maxNameLength(MAX_NAME_LENGTH)
                                .build())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    private static DefaultPrettyPrinter canonicalPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /**
     * Reads and validates a plan file; the exception names the file by its file name. A regular file is read as a
     * stream, twice (checked as UTF-8, then parsed), never held whole in memory. Anything else — a pipe, a FIFO,
     * {@code /dev/stdin}, a device — can be read only once and has no size beforehand: it is read once into memory,
     * at most {@link #MAX_FILE_BYTES}. Every reading counts the bytes it reads and stops past the limit, so a file
     * that grows while it is read, or {@code /dev/zero}, is refused as too large.
     */
    public Plan read(Path file) throws InvalidPlanException {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            byte[] content;
            try (InputStream in = Files.newInputStream(file)) {
                content = BoundedInput.readAll(in, maxBytes);
            } catch (BoundedInput.TooLarge e) {
                throw tooLargeRead(source);
            } catch (IOException e) {
                throw unreadable(source, e);
            }
            return read(() -> new ByteArrayInputStream(content), source);
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(source, size);
            }
        } catch (IOException e) {
            throw unreadable(source, e);
        }
        return read(() -> new BoundedInput(Files.newInputStream(file), maxBytes), source);
    }

    /**
     * Reads and validates plan content from a stream that can be read only once (standard input, say), at most
     * {@link #MAX_FILE_BYTES} of it; {@code sourceName} is what messages call it.
     */
    public Plan read(InputStream in, String sourceName) throws InvalidPlanException {
        byte[] content;
        try {
            content = BoundedInput.readAll(in, maxBytes);
        } catch (BoundedInput.TooLarge e) {
            throw tooLargeRead(sourceName);
        } catch (IOException e) {
            throw unreadable(sourceName, e);
        }
        return read(content, sourceName);
    }

    /** Reads and validates plan file content; {@code sourceName} is what messages call it. */
    public Plan read(byte[] content, String sourceName) throws InvalidPlanException {
        if (content.length > maxBytes) {
            throw tooLarge(sourceName, content.length);
        }
        return read(() -> new ByteArrayInputStream(content), sourceName);
    }

    /** Plan file content that can be read more than once. */
    private interface Content {
        InputStream open() throws IOException;
    }

    /**
     * The content is checked to be UTF-8 first, then parsed as a stream (never one String or one tree of the whole
     * file), with the scores mapped one by one ({@link PlanStream}); the outcome, and the first problem reported,
     * are those of decoding the whole text, reading it as one tree and mapping that.
     */
    private Plan read(Content content, String sourceName) throws InvalidPlanException {
        StrictUtf8.Checked checked;
        try (InputStream in = content.open()) {
            checked = StrictUtf8.check(in);
        } catch (StrictUtf8.Malformed e) {
            String key = e.truncated ? "encoding.truncated" : "encoding.notUtf8";
            throw new InvalidPlanException(sourceName, "", text.get(key, e.offset), e);
        } catch (BoundedInput.TooLarge e) {
            throw tooLargeRead(sourceName);
        } catch (IOException e) {
            throw unreadable(sourceName, e);
        }
        if (checked.blank()) {
            throw new InvalidPlanException(sourceName, "", text.get("file.empty"));
        }
        Plan plan;
        try {
            boolean exact = !checked.plainStart();
            try {
                plan = parse(content, exact);
            } catch (JsonProcessingException | PlanStream.Recheck e) {
                if (exact) {
                    throw e;
                }
                // Not a valid JSON document: read it again with every check of the parser for its exact message
                // (the quick reading leaves the duplicate-name check to PlanStream).
                plan = parse(content, true);
            }
        } catch (JsonProcessingException e) {
            throw new InvalidPlanException(sourceName, "", syntaxProblem(e), e);
        } catch (PlanReader.Problem p) {
            throw new InvalidPlanException(sourceName, p.pointer, p.getMessage());
        } catch (BoundedInput.TooLarge e) {
            // The file grew past the limit after the first reading.
            throw tooLargeRead(sourceName);
        } catch (IOException e) {
            // The file could not be read again, or changed between the readings.
            throw unreadable(sourceName, e);
        }
        // Indicators of files from before they had ids get them here (S1-KGI-1…), before the model rules, so a
        // plan read is always a plan whose indicators can be named.
        plan = IndicatorIds.assignMissing(plan);
        Optional<PlanIssue> issue = new PlanValidator(locale).firstIssue(plan);
        if (issue.isPresent()) {
            throw new InvalidPlanException(sourceName, issue.get().pointer(), issue.get().message());
        }
        return plan;
    }

    /**
     * Parses the content, checked UTF-8. The exact reading parses characters, as reading the decoded text did, so
     * that a syntax error is worded and placed (line, column in characters) as before. The quick one parses the
     * bytes, which is faster, and leaves the check for duplicate names to {@link PlanStream}, which is faster
     * still; it gives the same plan and the same shape problems, and its syntax errors are never reported: the
     * content is read exactly instead. (Jackson would take content whose first bytes hold a NUL for UTF-16 or
     * UTF-32: such content is only read exactly.)
     */
    private Plan parse(Content content, boolean exact) throws IOException, PlanReader.Problem {
        try (InputStream in = content.open();
             JsonParser parser = exact ? TREES.createParser(StrictUtf8.reader(in))
                     : QUICK_TREES.createParser(in).disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
            try {
                return new PlanStream(exact ? TREES : QUICK_TREES, new PlanReader(text), exact).read(parser);
            } catch (StreamConstraintsException e) {
                // Jackson gives no location with a limit; the parser still knows where it is.
                throw new LimitExceeded(e, limitLocation(e, parser));
            }
        }
    }

    /** A parser limit (nesting, lengths) with where in the file it was exceeded. */
    static final class LimitExceeded extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(StreamConstraintsException e, JsonLocation at) {
            super(e.getOriginalMessage(), at, e);
        }
    }

    /**
     * Where a limit was exceeded: the start of the too-long string or too-deep bracket (the token the parser is
     * at); for a name, which the parser reads before making it its token, where reading stopped.
     */
    static JsonLocation limitLocation(StreamConstraintsException e, JsonParser parser) {
        String detail = String.valueOf(e.getOriginalMessage());
        if (detail.startsWith("Name length")) {
            return parser.currentLocation();
        }
        return parser.currentTokenLocation();
    }

    private InvalidPlanException unreadable(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InvalidPlanException(source, "", text.get("file.notFound"), e);
        }
        if (e instanceof AccessDeniedException) {
            return new InvalidPlanException(source, "", text.get("file.unreadable", e.getClass().getSimpleName()), e);
        }
        return new InvalidPlanException(source, "", text.get("file.unreadable", e.getMessage()), e);
    }

    private InvalidPlanException tooLarge(String source, long size) {
        return new InvalidPlanException(source, "", text.get("file.tooLarge", size, maxBytes / (1024 * 1024)));
    }

    /** Too large, found by reading: how large is not known, only that it is more than the limit. */
    private InvalidPlanException tooLargeRead(String source) {
        return new InvalidPlanException(source, "", text.get("file.tooLargeRead", maxBytes / (1024 * 1024)));
    }

    /**
     * The message for a JSON syntax or limit problem: what is wrong in plain words, and where (line, column).
     * Jackson's own wording names its classes, features and character codes, so it is never shown; the common
     * problems are told in words of their own, any other as a mistake at that place.
     */
    String syntaxProblem(JsonProcessingException e) {
        String detail = firstLine(e.getOriginalMessage());
        JsonLocation at = e.getLocation();
        boolean located = at != null && at.getLineNr() >= 1;
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            String limit = limitProblem(detail);
            return located ? text.get("json.limitAt", at.getLineNr(), at.getColumnNr(), limit) : limit;
        }
        if (detail.startsWith("Duplicate field '") && located) {
            String name = detail.substring("Duplicate field '".length(), detail.lastIndexOf('\''));
            return text.get("json.duplicateKey", name, at.getLineNr(), at.getColumnNr());
        }
        String plain = plainSyntax(detail);
        if (!located) {
            return text.get("json.syntaxNoLocation", plain);
        }
        return text.get("json.syntax", at.getLineNr(), at.getColumnNr(), plain);
    }

    /** A parser limit in plain words, with the limit that was exceeded. */
    private String limitProblem(String detail) {
        if (detail.contains("nesting depth")) {
            return text.get("json.tooDeep", MAX_NESTING_DEPTH);
        }
        if (detail.startsWith("Name length")) {
            return text.get("json.nameTooLong", MAX_NAME_LENGTH);
        }
        if (detail.startsWith("String value length")) {
            return text.get("json.tooLong", MAX_STRING_LENGTH);
        }
        if (detail.startsWith("Number value length")) {
            return text.get("json.numberTooLong");
        }
        return text.get("json.limit");
    }

    private static final java.util.regex.Pattern UNEXPECTED =
            java.util.regex.Pattern.compile("^Unexpected character \\('.*' \\(code (\\d+)\\)\\)");
    private static final java.util.regex.Pattern TOKEN =
            java.util.regex.Pattern.compile("^(?:Unrecognized|Non-standard) token '([^']*)'");

    /** The common syntax errors in plain words; any other as a mistake at that place, without Jackson's words. */
    private String plainSyntax(String detail) {
        java.util.regex.Matcher unexpected = UNEXPECTED.matcher(detail);
        String found = unexpected.find() ? character(Integer.parseInt(unexpected.group(1))) : null;
        if (detail.startsWith("Unexpected end-of-input")) {
            return text.get(detail.contains("closing quote") ? "json.endInString" : "json.endTooSoon");
        }
        if (detail.contains("was expecting a colon")) {
            return text.get("json.expectedColon", found);
        }
        if (detail.contains("was expecting comma")) {
            return text.get("json.expectedComma", found);
        }
        if (detail.contains("double-quote to start field name")) {
            return text.get(found != null && (found.contains("}") || found.contains("]"))
                    ? "json.trailingComma" : "json.expectedName", found);
        }
        if (detail.contains("maybe a (non-standard) comment")) {
            return text.get("json.comment");
        }
        if (detail.startsWith("Illegal unquoted character")) {
            return text.get("json.controlInString");
        }
        if (detail.contains("character escape")) {
            return text.get("json.badEscape");
        }
        if (detail.startsWith("Unexpected close marker")) {
            return text.get("json.unexpectedClose");
        }
        if (detail.startsWith("Trailing token")) {
            return text.get("json.trailing");
        }
        if (detail.contains("numeric value") || detail.startsWith("Invalid numeric")) {
            return text.get("json.badNumber");
        }
        java.util.regex.Matcher token = TOKEN.matcher(detail);
        if (token.find()) {
            return text.get("json.unknownWord", token.group(1));
        }
        if (found != null) {
            return text.get("json.unexpectedCharacter", found);
        }
        return text.get("json.unreadable");
    }

    /** A character as a message shows it (the message puts it in quotes): itself, or its code if it cannot be seen. */
    private static String character(int code) {
        if (Character.isISOControl(code) || Character.isWhitespace(code) || Character.isSpaceChar(code)
                || !Character.isDefined(code) || Character.getType(code) == Character.FORMAT) {
            return String.format("U+%04X", code);
        }
        return new String(Character.toChars(code));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * The canonical text of {@code plan}: "\n" line ends, two-space indent, a final newline. The plan is written
     * as it is; validate it first if it may be invalid (an invalid plan may not read back).
     */
    public String write(Plan plan) {
        try {
            return WRITER.writeValueAsString(new PlanWriter().tree(plan)) + "\n";
        } catch (JsonProcessingException e) {
            // Writing an in-memory tree to a String has no I/O that could fail.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code plan} as UTF-8 (no BOM) to {@code file} atomically: the text goes to a temporary file in the
     * same directory, is forced to disk, then moved over the target, so a crash leaves the old file or the new one.
     */
    public void write(Plan plan, Path file) throws IOException {
        AtomicFiles.write(file, write(plan).getBytes(StandardCharsets.UTF_8));
    }

}
