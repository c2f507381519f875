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

    @Test
    void indicatorsCarryTheArticlesNumbersAsFinalTargetsWithTheirIdsInTheFile() throws Exception {
        JsonNode file = new ObjectMapper().readTree(sample());
        List<String> rows = new ArrayList<>();
        for (JsonNode g : file.path("groups")) {
            for (JsonNode i : g.path("indicators")) {
                // The ids are written in the file, not given on reading.
                assertThat(i.has("id")).as(i.path("name").asText()).isTrue();
            }
        }
        Plan plan = new PlanJson(Locale.JAPANESE).read(sample(), "dx-promotion-leader.json");
        plan.groups().forEach(g -> g.indicators().forEach(i -> rows.add(i.id() + " " + i.direction() + " "
                + i.targets() + " " + i.unit() + " " + i.target() + " " + i.baseline() + " " + i.actuals())));
        String t = "[IndicatorTarget[year=2030, value=%s, isFinal=true]]";
        // The article's 支援策①②③ KGI・KSI・KPI, each number as it states it; no 現状値 and no actuals are given.
        assertThat(rows).containsExactly(
                "S1-KGI-1 UP " + t.formatted("100.0") + " % 100 null []",
                "S1-KSI-1 UP " + t.formatted("50.0") + " 名 50以上 null []",
                "S1-KPI-1 UP " + t.formatted("80.0") + " % 80以上 null []",
                "S1-KPI-2 UP " + t.formatted("50.0") + " 件 50以上 null []",
                "S2-KGI-1 UP " + t.formatted("30.0") + " % 30 null []",
                "S2-KSI-1 UP " + t.formatted("50.0") + " % 50 null []",
                "S2-KPI-1 UP " + t.formatted("85.0") + " % 85以上 null []",
                "S2-KPI-2 UP " + t.formatted("23.0") + " 区 23（100%） null []",
                "S3-KGI-1 UP " + t.formatted("50.0") + " % 50以上 null []",
                "S3-KSI-1 UP " + t.formatted("10000.0") + " 件 10,000以上 null []",
                "S3-KPI-1 UP " + t.formatted("30.0") + " % 30 null []",
                "S3-KPI-2 UP " + t.formatted("5.0") + " 箇所 5以上 null []");
        assertThat(plan.measures()).allSatisfy(m -> assertThat(m.yearCosts()).isEmpty());
        assertThat(plan.followUp()).isEqualTo(org.kaname.model.FollowUp.NONE);
    }

    @Test
    void isInCanonicalForm() throws Exception {
        PlanJson json = new PlanJson(Locale.JAPANESE);
        assertThat(json.write(json.read(sample(), "dx-promotion-leader.json")))
                .isEqualTo(new String(sample(), StandardCharsets.UTF_8));
    }
}
