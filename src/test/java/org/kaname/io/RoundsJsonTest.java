package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.kaname.model.Plan;
import org.kaname.model.RoundState;
import org.kaname.model.ScoringRound;

/** Scoring rounds in the kaname-plan format: written canonically, read back equal, read strictly. */
class RoundsJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final PlanJson json = new PlanJson(Locale.ENGLISH);

    @Test
    void aPlanWithARevealedAndAnOpenRoundReadsBackEqualAndRewritesIdentically() throws Exception {
        Plan plan = RoundFixtures.withRounds();
        String written = json.write(plan);
        Plan read = json.read(written.getBytes(StandardCharsets.UTF_8), "rounds.json");
        assertThat(read).isEqualTo(plan);
        assertThat(read.rounds()).hasSize(2);
        assertThat(read.openRound()).map(ScoringRound::number).contains(2);
        assertThat(json.write(read)).isEqualTo(written);
    }

    @Test
    void aWorkshopRunByTheEngineIsValidAndSurvivesTheFile() throws Exception {
        java.time.Instant t = java.time.Instant.parse("2026-11-20T01:00:00Z");
        Plan plan = org.kaname.engine.workshop.Rounds.open(PlanFixtures.rich(), "第1回",
                java.util.List.of("S1-1", "S1-4"), java.util.List.of("r1", "r2"), true, true, t);
        plan = org.kaname.engine.workshop.Rounds.enter(plan, "S1-4", "cost", "r1", 9.5, "高い", t.plusSeconds(60));
        plan = org.kaname.engine.workshop.Rounds.reveal(plan, t.plusSeconds(600));
        plan = org.kaname.engine.workshop.Rounds.open(plan, "", java.util.List.of("S1-4"), java.util.List.of("r1"),
                false, true, t.plusSeconds(900));
        assertThat(new PlanValidator(Locale.ENGLISH).validate(plan)).isEmpty();
        assertThat(plan.rounds()).extracting(ScoringRound::state)
                .containsExactly(RoundState.REVEALED, RoundState.OPEN);
        String written = json.write(plan);
        Plan read = json.read(written.getBytes(StandardCharsets.UTF_8), "workshop.json");
        assertThat(read).isEqualTo(plan);
        assertThat(json.write(read)).isEqualTo(written);
    }

    @Test
    void roundsAreWrittenLastInTheDocumentedShape() {
        String written = json.write(RoundFixtures.withRounds());
        String expected = """
                  "rounds": [
                    {
                      "number": 1,
                      "title": "第1回",
                      "measures": [
                        "S1-1",
                        "S2-1"
                      ],
                      "raters": [
                        "r1",
                        "r2"
                      ],
                      "anonymous": true,
                      "state": "revealed",
                      "opened": "2026-11-10T01:00:00Z",
                      "revealed": "2026-11-10T02:30:00.500Z",
                      "scores": [
                        {
                          "measure": "S1-1",
                          "criterion": "speed",
                          "rater": "r1",
                          "value": 4,
                          "note": "すぐ始められる",
                          "time": "2026-11-10T01:10:00Z"
                        },
                        {
                          "measure": "S1-1",
                          "criterion": "speed",
                          "rater": "r2",
                          "value": 2
                        },
                        {
                          "measure": "S2-1",
                          "criterion": "cost",
                          "rater": "r2",
                          "value": 7.25
                        }
                      ]
                    },
                    {
                      "number": 2,
                      "measures": [
                        "S1-1"
                      ],
                      "raters": [
                        "r1"
                      ],
                      "state": "open",
                      "opened": "2026-11-10T03:00:00Z",
                      "scores": [
                        {
                          "measure": "S1-1",
                          "criterion": "speed",
                          "rater": "r1",
                          "value": 5
                        }
                      ]
                    }
                  ]
                }
                """;
        assertThat(written).endsWith(expected);
        assertThat(written.indexOf("\"scenarios\"")).isLessThan(written.indexOf("\"rounds\""));
    }

    @Test
    void writtenRoundsUseOnlyTheKeysTheSchemaDeclaresAndAllItRequires() throws Exception {
        JsonNode schema = MAPPER.readTree(java.nio.file.Files.readString(
                java.nio.file.Path.of("docs/plan-format.schema.json")));
        JsonNode written = MAPPER.readTree(json.write(RoundFixtures.withRounds()));
        java.util.List<String> problems = new java.util.ArrayList<>();
        PlanFormatSchemaTest.check(schema, schema, written, "", problems);
        assertThat(problems).isEmpty();
        ((ObjectNode) written.at("/rounds/1")).remove("state");
        ((ObjectNode) written.at("/rounds/1")).put("closed", true);
        PlanFormatSchemaTest.check(schema, schema, written, "", problems);
        assertThat(problems).containsExactlyInAnyOrder("missing /rounds/1/state", "undeclared /rounds/1/closed");
    }

    @Test
    void theDocumentedExampleShowsARevealedAndAnOpenRound() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/plan-format.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        Plan example = json.read(doc.substring(start, doc.indexOf("```", start)).getBytes(StandardCharsets.UTF_8),
                "plan-format.md");
        assertThat(example.rounds()).extracting(ScoringRound::number, ScoringRound::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, RoundState.REVEALED),
                org.assertj.core.groups.Tuple.tuple(2, RoundState.OPEN));
    }

    @Test
    void aPlanWithoutRoundsHasNoRoundsField() {
        Plan plan = PlanFixtures.rich();
        assertThat(plan.rounds()).isEmpty();
        assertThat(json.write(plan)).doesNotContain("\"rounds\"");
    }

    @Test
    void anOffsetTimeIsReadAsUtcAndAnAbsentAnonymousIsFalse() throws Exception {
        ObjectNode tree = tree();
        ObjectNode first = (ObjectNode) tree.at("/rounds/0");
        first.put("opened", "2026-11-10T10:00:00+09:00");
        first.remove("anonymous");
        ScoringRound r = json.read(bytes(tree), "rounds.json").rounds().get(0);
        assertThat(r.opened()).isEqualTo(RoundFixtures.OPENED_1);
        assertThat(r.anonymous()).isFalse();
        assertThat(r.state()).isEqualTo(RoundState.REVEALED);
    }

    @Test
    void roundsThatAreNotAnArrayAreRefusedAtTheirPointer() {
        ObjectNode tree = tree();
        tree.put("rounds", "none");
        assertRefused(tree, "/rounds", "Expected an array");
    }

    @Test
    void aRoundWithoutNumberOrStateIsRefused() {
        ObjectNode tree = tree();
        ((ObjectNode) tree.at("/rounds/1")).remove("number");
        assertRefused(tree, "/rounds/1/number", "required");
        tree = tree();
        ((ObjectNode) tree.at("/rounds/1")).remove("state");
        assertRefused(tree, "/rounds/1/state", "required");
    }

    @Test
    void wrongTypesAndValuesInARoundAreRefusedAtTheirPointer() {
        ObjectNode tree = tree();
        ((ObjectNode) tree.at("/rounds/0")).put("number", 1.5);
        assertRefused(tree, "/rounds/0/number", "Expected an integer");

        tree = tree();
        ((ObjectNode) tree.at("/rounds/0")).put("anonymous", "yes");
        assertRefused(tree, "/rounds/0/anonymous", "Expected a boolean, found the string \"yes\"");

        tree = tree();
        ((ObjectNode) tree.at("/rounds/0")).put("state", "closed");
        assertRefused(tree, "/rounds/0/state", "Allowed values: open, revealed");

        tree = tree();
        ((ObjectNode) tree.at("/rounds/0")).put("revealed", "yesterday");
        assertRefused(tree, "/rounds/0/revealed", "yesterday");

        tree = tree();
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.at("/rounds/0/raters")).add(7);
        assertRefused(tree, "/rounds/0/raters/2", "Expected a string");

        tree = tree();
        ((ObjectNode) tree.at("/rounds/1/scores/0")).remove("value");
        assertRefused(tree, "/rounds/1/scores/0/value", "required");

        tree = tree();
        ((ObjectNode) tree.at("/rounds/1/scores/0")).put("time", "11/10");
        assertRefused(tree, "/rounds/1/scores/0/time", "11/10");
    }

    @Test
    void theValidatorRunsOnRoundsWhenReading() {
        ObjectNode tree = tree();
        ((ObjectNode) tree.at("/rounds/1")).put("state", "revealed");
        InvalidPlanException e = assertRefused(tree, "/rounds/1/revealed", "Round 2 is revealed");
        assertThat(e.getMessage()).contains("rounds.json");
    }

    private ObjectNode tree() {
        try {
            return (ObjectNode) MAPPER.readTree(json.write(RoundFixtures.withRounds()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bytes(JsonNode tree) {
        return tree.toString().getBytes(StandardCharsets.UTF_8);
    }

    private InvalidPlanException assertRefused(JsonNode tree, String pointer, String problemPart) {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> json.read(bytes(tree), "rounds.json"));
        assertThat(e).as("expected %s to be refused", pointer).isNotNull();
        assertThat(e.pointer()).isEqualTo(pointer);
        assertThat(e.problem()).contains(problemPart);
        return e;
    }
}
