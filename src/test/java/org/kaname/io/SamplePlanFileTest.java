package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.kaname.model.Plan;

/** The bundled sample plan (written by hand) is a valid kaname-plan file and is stable once written. */
class SamplePlanFileTest {
    private static final String SAMPLE = "/org/kaname/sample/dx-promotion-leader.json";

    private static byte[] sample() throws Exception {
        try (InputStream in = SamplePlanFileTest.class.getResourceAsStream(SAMPLE)) {
            assumeTrue(in != null, "sample plan not present");
            return in.readAllBytes();
        }
    }

    @Test
    void readsWithoutIssues() throws Exception {
        Plan plan = new PlanJson(Locale.ENGLISH).read(sample(), "dx-promotion-leader.json");
        assertThat(new PlanValidator(Locale.ENGLISH).validate(plan)).isEmpty();
        assertThat(plan.measures()).isNotEmpty();
        assertThat(plan.criteria()).isNotEmpty();
    }

    @Test
    void roundTripsByteIdenticallyAfterOneWrite() throws Exception {
        PlanJson json = new PlanJson(Locale.JAPANESE);
        Plan plan = json.read(sample(), "dx-promotion-leader.json");
        String once = json.write(plan);
        Plan again = json.read(once.getBytes(StandardCharsets.UTF_8), "once.json");
        assertThat(again).isEqualTo(plan);
        assertThat(json.write(again)).isEqualTo(once);
    }

    @Test
    void matchesTheSchemaKeys() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode schema = mapper.readTree(java.nio.file.Files.readString(java.nio.file.Path.of(
                "docs/plan-format.schema.json")));
        JsonNode file = mapper.readTree(new String(sample(), StandardCharsets.UTF_8));
        schema.path("required").forEach(key -> assertThat(file.has(key.asText())).as(key.asText()).isTrue());
        List<String> problems = new ArrayList<>();
        PlanFormatSchemaTest.check(schema, schema, file, "", problems);
        assertThat(problems).isEmpty();
    }
}
