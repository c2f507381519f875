package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Keeps docs/plan-format.schema.json in step with the writer, without a schema-validator dependency: written
 * files carry every required key, and every key they carry is declared. Only the parts of JSON Schema the
 * document uses are followed ($ref, properties, required, items, additionalProperties, oneOf).
 */
class PlanFormatSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SCHEMA = Path.of("docs/plan-format.schema.json");

    private static JsonNode schema() throws Exception {
        return MAPPER.readTree(Files.readString(SCHEMA));
    }

    @Test
    void schemaIsDraft2020AndRequiresTheIdentifyingKeys() throws Exception {
        JsonNode s = schema();
        assertThat(s.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        List<String> required = new ArrayList<>();
        s.path("required").forEach(n -> required.add(n.asText()));
        assertThat(required).contains("format", "version", "title", "fiscalYears");
        assertThat(s.at("/properties/format/const").asText()).isEqualTo(PlanReader.FORMAT);
        assertThat(s.at("/properties/version/const").asInt()).isEqualTo(PlanReader.VERSION);
    }

    @Test
    void writtenPlansHaveEveryRequiredTopLevelKey() throws Exception {
        JsonNode s = schema();
        for (var plan : List.of(PlanFixtures.rich(), PlanFixtures.richSwing())) {
            JsonNode written = MAPPER.readTree(new PlanJson(Locale.JAPANESE).write(plan));
            s.path("required").forEach(key -> assertThat(written.has(key.asText())).as(key.asText()).isTrue());
        }
    }

    @Test
    void writtenPlansUseOnlyDeclaredKeysAndCarryAllRequiredOnes() throws Exception {
        JsonNode s = schema();
        for (var plan : List.of(PlanFixtures.rich(), PlanFixtures.richSwing())) {
            JsonNode written = MAPPER.readTree(new PlanJson(Locale.JAPANESE).write(plan));
            List<String> problems = new ArrayList<>();
            check(s, s, written, "", problems);
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void theCheckerItselfNoticesUndeclaredAndMissingKeys() throws Exception {
        JsonNode s = schema();
        JsonNode bad = MAPPER.readTree("{\"format\": \"kaname-plan\", \"version\": 1, \"fiscalYears\": {\"start\": 1},"
                + " \"measures\": [{\"id\": \"m\", \"title\": \"t\", \"colour\": \"red\"}]}");
        List<String> problems = new ArrayList<>();
        check(s, s, bad, "", problems);
        assertThat(problems).containsExactlyInAnyOrder("missing /title", "missing /fiscalYears/end",
                "undeclared /measures/0/colour");
    }

    /** Checks declared and required keys of {@code value} against {@code node}; collects problems. */
    static void check(JsonNode root, JsonNode node, JsonNode value, String at, List<String> problems) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            check(root, root.at(ref.substring(1)), value, at, problems);
        }
        if (node.has("oneOf")) {
            List<String> best = null;
            for (JsonNode branch : node.get("oneOf")) {
                if (!typeMatches(branch, root, value)) {
                    continue;
                }
                List<String> p = new ArrayList<>();
                check(root, branch, value, at, p);
                if (best == null || p.size() < best.size()) {
                    best = p;
                }
            }
            if (best == null) {
                problems.add("no oneOf branch fits " + at);
            } else {
                problems.addAll(best);
            }
        }
        if (value.isObject()) {
            node.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    problems.add("missing " + at + "/" + r.asText());
                }
            });
            JsonNode props = node.get("properties");
            JsonNode extra = node.get("additionalProperties");
            if (props != null || extra != null) {
                for (Map.Entry<String, JsonNode> e : value.properties()) {
                    String child = at + "/" + e.getKey();
                    if (props != null && props.has(e.getKey())) {
                        check(root, props.get(e.getKey()), e.getValue(), child, problems);
                    } else if (extra != null && extra.isObject()) {
                        check(root, extra, e.getValue(), child, problems);
                    } else {
                        problems.add("undeclared " + child);
                    }
                }
            }
        }
        if (value.isArray() && node.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(root, node.get("items"), value.get(i), at + "/" + i, problems);
            }
        }
    }

    private static boolean typeMatches(JsonNode branch, JsonNode root, JsonNode value) {
        JsonNode b = branch.has("$ref") ? root.at(branch.get("$ref").asText().substring(1)) : branch;
        String type = b.path("type").asText("");
        switch (type) {
            case "object":
                return value.isObject();
            case "array":
                return value.isArray();
            case "integer":
                return value.isIntegralNumber();
            case "number":
                return value.isNumber();
            case "string":
                return value.isTextual();
            default:
                return true;
        }
    }
}
