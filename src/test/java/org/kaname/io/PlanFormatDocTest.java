package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.kaname.model.Plan;

/** The example in docs/plan-format.md is a valid plan, written exactly as Kaname writes it. */
class PlanFormatDocTest {

    private static String example() throws Exception {
        String doc = Files.readString(Path.of("docs/plan-format.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }

    @Test
    void exampleReadsAndIsCanonical() throws Exception {
        PlanJson json = new PlanJson(Locale.ENGLISH);
        Plan plan = json.read(example().getBytes(StandardCharsets.UTF_8), "plan-format.md");
        assertThat(plan.measures()).hasSize(2);
        assertThat(json.write(plan)).isEqualTo(example());
    }

    @Test
    void exampleMatchesTheSchemaKeys() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode schema = mapper.readTree(Files.readString(Path.of("docs/plan-format.schema.json")));
        List<String> problems = new ArrayList<>();
        PlanFormatSchemaTest.check(schema, schema, mapper.readTree(example()), "", problems);
        assertThat(problems).isEmpty();
    }
}
