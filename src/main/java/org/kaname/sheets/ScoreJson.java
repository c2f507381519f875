package org.kaname.sheets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kaname.edit.EditTexts;
import org.kaname.i18n.Messages;
import org.kaname.io.BoundedInput;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;

/**
 * The {@value #FORMAT} file: one rater's scores for a plan, for PCs that have Kaname (see docs/score-sheets.md).
 * It lists every measure × criterion of the plan with the value ({@code null} = not scored) and the rationale, so it
 * means the same as a score sheet: importing it sets the listed cells and removes the scores of cells listed as
 * {@code null}; cells not listed are left alone. It is checked like a sheet, a problem's place being a JSON pointer.
 */
public final class ScoreJson {
    public static final String FORMAT = "kaname-scores";
    public static final int VERSION = 1;
    /** Files above this many bytes are refused, counted as they are read (a pipe or device has no size to ask). */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    private static final long MB = 1024 * 1024;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Messages messages;
    private final EditTexts edits;
    private final long maxBytes;

    public ScoreJson(Locale locale) {
        this(locale, MAX_FILE_BYTES);
    }

    /** With another size limit, so tests need not make 50 MB. */
    ScoreJson(Locale locale, long maxBytes) {
        this.messages = Messages.of(SheetTexts.BUNDLE, locale);
        this.edits = EditTexts.of(locale);
        this.maxBytes = maxBytes;
    }

    /** The file's text: UTF-8 without a byte order mark, "\n" line ends on every platform. */
    public String write(Plan plan, long planId, Rater rater, Instant exportedAt) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("planFingerprint", PlanFingerprint.of(plan));
        root.put("planId", planId);
        root.put("planTitle", plan.title());
        root.put("exportedAt", exportedAt.toString());
        ObjectNode r = root.putObject("rater");
        r.put("id", rater.id());
        r.put("name", rater.name());
        Map<List<String>, Score> given = new HashMap<>();
        plan.scores().stream().filter(s -> s.rater().equals(rater.id()))
                .forEach(s -> given.put(List.of(s.measure(), s.criterion()), s));
        ArrayNode scores = root.putArray("scores");
        for (Measure m : plan.measures()) {
            for (Criterion c : plan.criteria()) {
                Score s = given.get(List.of(m.id(), c.id()));
                ObjectNode o = scores.addObject();
                o.put("measure", m.id());
                o.put("criterion", c.id());
                if (s == null) {
                    o.putNull("value");
                    o.put("note", "");
                } else {
                    if (s.value() == Math.rint(s.value())) {
                        o.put("value", (long) s.value());
                    } else {
                        o.put("value", s.value());
                    }
                    o.put("note", s.note());
                }
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return mapper.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    public FileReport read(Plan plan, Path file) {
        return read(plan, -1, file);
    }

    /**
     * Reads {@code file} against the stored plan {@code planId} ({@code -1}: not stored, the file's plan ID is not
     * compared); a file written for another stored plan of the same structure is read, with a warning.
     */
    public FileReport read(Plan plan, long planId, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(plan, planId, file, in);
        } catch (IOException e) {
            return failed(file, "", messages.get("problem.unreadable.json"));
        }
    }

    /** Reads {@code in} to its end (at most the size limit) as the content of {@code file}. */
    FileReport read(Plan plan, long planId, Path file, InputStream in) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(BoundedInput.readAll(in, maxBytes));
        } catch (BoundedInput.TooLarge e) {
            return failed(file, "", messages.get("problem.json.tooLarge", Math.max(1, maxBytes / MB)));
        } catch (JsonProcessingException e) {
            // Jackson's own text names tokens and classes; a person needs where, and that the file is damaged
            JsonLocation where = e.getLocation();
            if (where == null) {
                return failed(file, "", messages.get("problem.json.notUtf8"));
            }
            return failed(file, "", messages.get("problem.json.invalid", where.getLineNr(), where.getColumnNr()));
        } catch (CharConversionException e) {
            return failed(file, "", messages.get("problem.json.notUtf8"));
        }
        if (root == null || !root.isObject()) {
            return failed(file, "", messages.get("problem.json.field", "/"));
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            return failed(file, "/format",
                    messages.get("problem.notSheet", ScoreSheetReader.quote(root.path("format").asText())));
        }
        if (root.path("version").asInt(-1) != VERSION) {
            return failed(file, "/version",
                    messages.get("problem.version", ScoreSheetReader.quote(root.path("version").asText())));
        }
        if (!PlanFingerprint.of(plan).equals(root.path("planFingerprint").asText())) {
            return failed(file, "/planFingerprint", messages.get("problem.otherPlan"));
        }
        String rater = root.path("rater").path("id").asText("").strip();
        if (rater.isEmpty()) {
            return failed(file, "/rater/id", messages.get("problem.raterMissing"));
        }
        if (plan.raters().stream().map(Rater::id).noneMatch(rater::equals)) {
            return failed(file, "/rater/id", messages.get("problem.raterUnknown", ScoreSheetReader.quote(rater)));
        }
        List<SheetProblem> warnings = new ArrayList<>();
        String filePlanId = root.path("planId").asText("");
        if (planId >= 0 && !String.valueOf(planId).equals(filePlanId)) {
            warnings.add(problem(file, "/planId", messages.get("warning.planCopy",
                    ScoreSheetReader.quote(root.path("planTitle").asText("")), ScoreSheetReader.quote(filePlanId),
                    ScoreSheetReader.quote(plan.title()), String.valueOf(planId))));
        }
        Map<List<String>, Double> stored = new HashMap<>();
        plan.scores().stream().filter(sc -> sc.rater().equals(rater))
                .forEach(sc -> stored.put(List.of(sc.measure(), sc.criterion()), sc.value()));
        JsonNode scores = root.get("scores");
        if (scores == null || !scores.isArray()) {
            return failed(file, "/scores", messages.get("problem.json.field", "/scores"));
        }
        List<SheetEntry> accepted = new ArrayList<>();
        List<SheetProblem> problems = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        Set<String> measureIds = new HashSet<>();
        plan.measures().forEach(m -> measureIds.add(m.id()));
        Map<String, Criterion> criteria = new HashMap<>();
        plan.criteria().forEach(c -> criteria.putIfAbsent(c.id(), c));
        for (int i = 0; i < scores.size(); i++) {
            String p = "/scores/" + i;
            JsonNode s = scores.get(i);
            JsonNode measureNode = s.get("measure");
            JsonNode criterionNode = s.get("criterion");
            JsonNode noteNode = s.get("note");
            if (!s.isObject() || measureNode == null || !measureNode.isTextual() || criterionNode == null
                    || !criterionNode.isTextual() || !s.has("value")
                    || (noteNode != null && !noteNode.isTextual() && !noteNode.isNull())) {
                problems.add(problem(file, p, messages.get("problem.json.field", p)));
                continue;
            }
            String measure = measureNode.asText();
            String criterion = criterionNode.asText();
            if (!measureIds.contains(measure)) {
                problems.add(problem(file, p + "/measure",
                        messages.get("problem.json.measure", ScoreSheetReader.quote(measure))));
                continue;
            }
            Criterion c = criteria.get(criterion);
            if (c == null) {
                problems.add(problem(file, p + "/criterion",
                        messages.get("problem.json.criterion", ScoreSheetReader.quote(criterion))));
                continue;
            }
            if (!seen.add(List.of(measure, criterion))) {
                problems.add(problem(file, p, messages.get("problem.json.duplicate", measure, criterion)));
                continue;
            }
            String note = noteNode == null || noteNode.isNull() ? "" : noteNode.asText();
            String noteProblem = ScoreSheetReader.noteProblem(note, "problem.json.noteTooLong", messages, edits);
            if (noteProblem != null) {
                problems.add(problem(file, p + "/note", noteProblem));
                continue;
            }
            ScoreValue value = ScoreValue.of(s.get("value"));
            String reason = value.text()
                    ? messages.get("problem.json.scoreText", ScoreSheetReader.quote(value.raw()))
                    : value.problem(c, stored.get(List.of(measure, criterion)), note, messages);
            if (reason != null) {
                problems.add(problem(file, p + "/value", reason));
                continue;
            }
            accepted.add(new SheetEntry(rater, measure, criterion, value.number(), note, p));
        }
        return new FileReport(file, List.of(rater), accepted, problems, warnings);
    }

    private static SheetProblem problem(Path file, String pointer, String reason) {
        return new SheetProblem(file, "", pointer, reason);
    }

    private static FileReport failed(Path file, String pointer, String reason) {
        return new FileReport(file, List.of(), List.of(), List.of(problem(file, pointer, reason)));
    }
}
