package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaname.service.SamplePlan;

/**
 * Every validation rule of the foundation issue, through the real command line: exit 3, one line naming the file,
 * the JSON location and the problem, and the stored plans exactly as before.
 */
class InvalidImportCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path data;
    static String listingBefore;

    @BeforeAll
    static void storeTheSample() {
        data = dir.resolve("data");
        listingBefore = CliRun.run(data, "plans").out();
        assertThat(listingBefore).isNotEmpty();
    }

    static ObjectNode sample() throws Exception {
        return (ObjectNode) JSON.readTree(SamplePlan.bytes());
    }

    static Arguments edit(String name, String pointer, Consumer<ObjectNode> change) {
        return Arguments.of(name, pointer, change);
    }

    static Stream<Arguments> brokenPlans() {
        return Stream.of(
                edit("wrong format", "/format", p -> p.put("format", "other-plan")),
                edit("unsupported version", "/version", p -> p.put("version", 2)),
                edit("missing title", "/title", p -> p.remove("title")),
                edit("blank title", "/title", p -> p.put("title", "   ")),
                edit("duplicate measure id", "/measures/1/id",
                        p -> ((ObjectNode) p.get("measures").get(1)).put("id", p.get("measures").get(0).get("id").asText())),
                edit("unknown prerequisite", "/measures/3/dependsOn/0",
                        p -> ((ObjectNode) p.get("measures").get(3)).putArray("dependsOn").add("NOPE")),
                edit("unknown group", "/measures/0/group", p -> ((ObjectNode) p.get("measures").get(0)).put("group", "G9")),
                edit("unknown pillar", "/groups/0/pillar", p -> ((ObjectNode) p.get("groups").get(0)).put("pillar", "x")),
                edit("unknown problem", "/measures/0/addresses/0",
                        p -> ((ObjectNode) p.get("measures").get(0)).putArray("addresses").add("P99")),
                edit("unknown rater", "/scores/0/rater", p -> ((ObjectNode) p.get("scores").get(0)).put("rater", "r9")),
                edit("unknown criterion", "/scores/0/criterion",
                        p -> ((ObjectNode) p.get("scores").get(0)).put("criterion", "nope")),
                edit("score outside the scale", "/scores/0/value", p -> ((ObjectNode) p.get("scores").get(0)).put("value", 6)),
                edit("score not a number", "/scores/0/value",
                        p -> ((ObjectNode) p.get("scores").get(0)).put("value", "高い")),
                edit("negative cost", "/measures/0/initialCost",
                        p -> ((ObjectNode) p.get("measures").get(0)).put("initialCost", -1)),
                edit("duration below one", "/measures/0/durationYears",
                        p -> ((ObjectNode) p.get("measures").get(0)).put("durationYears", 0)),
                edit("negative weight", "/criteria/0/weight", p -> ((ObjectNode) p.get("criteria").get(0)).put("weight", -5)),
                edit("all weights zero", "/criteria", p -> p.get("criteria").forEach(c -> ((ObjectNode) c).put("weight", 0))),
                edit("scale min not below max", "/criteria/0/scale", p -> {
                    ObjectNode scale = ((ObjectNode) p.get("criteria").get(0)).putObject("scale");
                    scale.put("min", 5);
                    scale.put("max", 5);
                }),
                edit("fiscal years reversed", "/fiscalYears", p -> {
                    ObjectNode fy = p.putObject("fiscalYears");
                    fy.put("start", 2030);
                    fy.put("end", 2026);
                }),
                edit("prerequisite cycle", "dependsOn", p -> {
                    ArrayNode m = (ArrayNode) p.get("measures");
                    ((ObjectNode) m.get(0)).putArray("dependsOn").add(m.get(1).get("id").asText());
                    ((ObjectNode) m.get(1)).putArray("dependsOn").add(m.get(0).get("id").asText());
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPlans")
    void aBrokenPlanIsRefusedWithItsLocation(String name, String pointer, Consumer<ObjectNode> change) throws Exception {
        ObjectNode plan = sample();
        change.accept(plan);
        Path file = dir.resolve(name.replace(' ', '-') + ".json");
        Files.write(file, JSON.writeValueAsBytes(plan));
        assertRefused(file, pointer);
    }

    @Test
    void aCycleIsNamedMeasureByMeasure() throws Exception {
        ObjectNode plan = sample();
        ArrayNode m = (ArrayNode) plan.get("measures");
        String a = m.get(0).get("id").asText();
        String b = m.get(1).get("id").asText();
        ((ObjectNode) m.get(0)).putArray("dependsOn").add(b);
        ((ObjectNode) m.get(1)).putArray("dependsOn").add(a);
        Path file = dir.resolve("cycle.json");
        Files.write(file, JSON.writeValueAsBytes(plan));
        CliRun r = assertRefused(file, "dependsOn");
        assertThat(r.err()).containsAnyOf(a + " → " + b + " → " + a, b + " → " + a + " → " + b);
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        Path file = dir.resolve("malformed.json");
        Files.writeString(file, "{\"format\": \"kaname-plan\",\n  \"version\": 1,\n  \"title\": \"x\" \"oops\"}");
        CliRun r = assertRefused(file, "");
        assertThat(r.err()).contains("3");
    }

    @Test
    void shiftJisBytesAreNamedAsAnEncodingProblem() throws Exception {
        Path file = dir.resolve("cp932.json");
        String text = new String(SamplePlan.bytes(), StandardCharsets.UTF_8);
        Files.write(file, text.getBytes(Charset.forName("MS932")));
        CliRun r = assertRefused(file, "");
        assertThat(r.err()).containsAnyOf("UTF-8", "Shift_JIS", "CP932");
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedBeforeReading() throws Exception {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024 + 1); // sparse: no 50 MB written to disk
        }
        CliRun r = assertRefused(file, "");
        assertThat(r.err()).contains("50");
    }

    @Test
    void nestingBeyondSaneLimitsIsRefused() throws Exception {
        Path file = dir.resolve("deep.json");
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Files.writeString(file, "{\"format\": \"kaname-plan\", \"version\": 1, \"title\": \"x\", \"extra\": " + deep + "}");
        assertRefused(file, "");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        Path file = dir.resolve("bom.json");
        byte[] body = SamplePlan.bytes();
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
        Path other = dir.resolve("bom-data");
        CliRun r = CliRun.run(other, "import", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(CliRun.run(other, "plans").out().lines()).hasSize(2);
    }

    private static CliRun assertRefused(Path file, String pointer) {
        CliRun r = CliRun.run(data, "import", file.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).hasLineCount(1).contains(file.getFileName().toString()).contains(pointer)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(CliRun.run(data, "plans").out()).isEqualTo(listingBefore);
        return r;
    }

}
