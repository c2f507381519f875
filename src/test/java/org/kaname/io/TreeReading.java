package org.kaname.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;

import org.kaname.model.IndicatorIds;
import org.kaname.model.Plan;

/**
 * How {@link PlanJson#read(byte[], String)} read a plan before it streamed: the whole text decoded to one String,
 * read as one tree with {@code readTree}, mapped by {@link PlanReader#read}, ids given to indicators without one,
 * and every issue of {@link PlanValidator#validate} collected. The reference the streaming reader must agree with, outcome for outcome.
 */
final class TreeReading {
    private TreeReading() {
    }

    /** What reading gave: a plan, or the message of the InvalidPlanException. */
    record Outcome(Plan plan, String message) {
        @Override
        public String toString() {
            return plan != null ? "a plan of " + plan.scores().size() + " scores" : message;
        }
    }

    static Outcome read(byte[] content, String source, Locale locale) {
        IoMessages text = new IoMessages(locale);
        if (content.length > PlanJson.MAX_FILE_BYTES) {
            throw new IllegalArgumentException("the reference does not check the size");
        }
        String json;
        try {
            json = StrictUtf8.decode(content);
        } catch (StrictUtf8.Malformed e) {
            return failed(source, "", text.get(e.truncated ? "encoding.truncated" : "encoding.notUtf8", e.offset));
        }
        if (json.isBlank()) {
            return failed(source, "", text.get("file.empty"));
        }
        JsonNode root;
        try (JsonParser parser = PlanJson.MAPPER.createParser(json)) {
            try {
                root = PlanJson.MAPPER.readTree(parser);
                if (root != null && parser.nextToken() != null) {
                    // What readTree(String) reports with FAIL_ON_TRAILING_TOKENS, as PlanStream words it.
                    root = PlanJson.MAPPER.readTree(json);
                }
            } catch (StreamConstraintsException e) {
                // A limit is reported with where the parser stood, as PlanJson reports it.
                throw new PlanJson.LimitExceeded(e, PlanJson.limitLocation(e, parser));
            }
        } catch (JsonProcessingException e) {
            return failed(source, "", new PlanJson(locale).syntaxProblem(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Plan plan;
        try {
            plan = new PlanReader(text).read(root);
        } catch (PlanReader.Problem p) {
            return failed(source, p.pointer, p.getMessage());
        }
        plan = IndicatorIds.assignMissing(plan);
        List<PlanIssue> issues = new PlanValidator(locale).validate(plan);
        if (!issues.isEmpty()) {
            return failed(source, issues.get(0).pointer(), issues.get(0).message());
        }
        return new Outcome(plan, null);
    }

    /** What {@link PlanJson#read(byte[], String)} gives, in the same terms. */
    static Outcome streamed(byte[] content, String source, Locale locale) {
        try {
            return new Outcome(new PlanJson(locale).read(content, source), null);
        } catch (InvalidPlanException e) {
            return new Outcome(null, e.getMessage());
        }
    }

    private static Outcome failed(String source, String pointer, String problem) {
        return new Outcome(null, new InvalidPlanException(source, pointer, problem).getMessage());
    }
}
