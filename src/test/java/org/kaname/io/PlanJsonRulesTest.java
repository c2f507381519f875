package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaname.model.Plan;

/** Each rule of the format: the exception names the file, the JSON location and the problem. */
class PlanJsonRulesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String VALID = new PlanJson(Locale.JAPANESE).write(PlanFixtures.rich());

    // --- helpers ---------------------------------------------------------------------------------------------

    private static ObjectNode validTree() {
        try {
            return (ObjectNode) MAPPER.readTree(VALID);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode obj(JsonNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static ArrayNode arr(JsonNode root, String pointer) {
        return (ArrayNode) root.at(pointer);
    }

    private static InvalidPlanException reject(byte[] bytes, Locale locale) {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> new PlanJson(locale).read(bytes, "plan.json"));
        assertThat(e).as("expected the plan to be rejected").isNotNull();
        assertThat(e.source()).isEqualTo("plan.json");
        return e;
    }

    private static InvalidPlanException reject(String text, Locale locale) {
        return reject(text.getBytes(StandardCharsets.UTF_8), locale);
    }

    private static InvalidPlanException reject(Consumer<ObjectNode> change, Locale locale) {
        ObjectNode root = validTree();
        change.accept(root);
        try {
            return reject(MAPPER.writeValueAsBytes(root), locale);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static InvalidPlanException reject(Consumer<ObjectNode> change) {
        return reject(change, Locale.JAPANESE);
    }

    private static void assertRejected(InvalidPlanException e, String pointer, String... words) {
        assertThat(e.pointer()).isEqualTo(pointer);
        assertThat(e.problem()).contains(words);
        String where = pointer.isEmpty() ? "" : pointer + ": ";
        assertThat(e.getMessage()).isEqualTo("plan.json: " + where + e.problem()).doesNotContain("\n");
    }

    // --- whole file ------------------------------------------------------------------------------------------

    @Test
    void theValidFixtureIsAccepted() throws Exception {
        assertThat(new PlanJson(Locale.JAPANESE).read(VALID.getBytes(StandardCharsets.UTF_8), "plan.json"))
                .isEqualTo(PlanFixtures.rich());
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        String text = "{\n  \"format\": \"kaname-plan\",\n  \"version\": 1,,\n}";
        assertRejected(reject(text, Locale.JAPANESE), "", "JSON", "3 行", "列");
        assertRejected(reject(text, Locale.ENGLISH), "", "Malformed JSON", "line 3, column");
    }

    @Test
    void nanAndTrailingGarbageAreSyntaxErrors() {
        assertRejected(reject(VALID.replace("\"value\": 4,", "\"value\": NaN,"), Locale.ENGLISH), "",
                "Malformed JSON", "NaN");
        assertRejected(reject(VALID + "{}", Locale.ENGLISH), "", "Malformed JSON");
    }

    @Test
    void duplicateKeyInOneObjectIsNamed() {
        String text = VALID.replace("\"version\": 1,", "\"version\": 1,\n  \"title\": \"x\",");
        assertRejected(reject(text, Locale.ENGLISH), "", "\"title\"", "twice");
    }

    @Test
    void emptyFileAndNonObjectAreRejected() {
        assertRejected(reject("  \n", Locale.JAPANESE), "", "空");
        assertRejected(reject("[1, 2]", Locale.ENGLISH), "", "JSON object");
    }

    @Test
    void wrongFormatIsRejected() {
        assertRejected(reject(r -> r.put("format", "other-plan")), "/format", "kaname-plan", "other-plan");
        assertRejected(reject(r -> r.remove("format"), Locale.ENGLISH), "/format", "Not a Kaname plan file");
    }

    @Test
    void unsupportedVersionIsRejected() {
        assertRejected(reject(r -> r.put("version", 2)), "/version", "対応していない版", "2");
        assertRejected(reject(r -> r.put("version", 2), Locale.ENGLISH), "/version", "Unsupported version",
                "version 1");
        assertRejected(reject(r -> r.put("version", "1")), "/version", "\"1\"");
    }

    @Test
    void missingOrBlankTitleIsRejected() {
        assertRejected(reject(r -> r.remove("title")), "/title", "title");
        assertRejected(reject(r -> r.put("title", "  "), Locale.ENGLISH), "/title", "title is missing or blank");
    }

    @Test
    void fileOver50MegabytesIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024 + 1); // sparse: no 50 MB written or read
        }
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> new PlanJson(Locale.ENGLISH).read(big));
        assertThat(e.source()).isEqualTo("huge.json");
        assertThat(e.pointer()).isEmpty();
        assertThat(e.problem()).contains("too large", "52428801", "50 MB");
    }

    @Test
    void sizeLimitAppliesToContentToo() {
        byte[] content = VALID.getBytes(StandardCharsets.UTF_8);
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> new PlanJson(Locale.JAPANESE, 100).read(content, "plan.json"));
        assertThat(e.problem()).contains("大きすぎます", String.valueOf(content.length));
    }

    @Test
    void missingFileIsReportedByName(@TempDir Path dir) {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> new PlanJson(Locale.ENGLISH).read(dir.resolve("gone.json")));
        assertThat(e.getMessage()).isEqualTo("gone.json: The file was not found.");
    }

    @Test
    void deepNestingIsRejected() {
        String deep = "[".repeat(100) + "]".repeat(100);
        String text = VALID.replace("\"version\": 1,", "\"version\": 1,\n  \"extra\": " + deep + ",");
        assertRejected(reject(text, Locale.JAPANESE), "", "入れ子が深すぎます", "64");
        assertRejected(reject(text, Locale.ENGLISH), "", "Nested too deeply");
    }

    @Test
    void nestingWithinTheLimitIsIgnoredAsAnUnknownField() throws Exception {
        String deep = "[".repeat(30) + "]".repeat(30);
        String text = VALID.replace("\"version\": 1,", "\"version\": 1,\n  \"extra\": " + deep + ",");
        assertThat(new PlanJson(Locale.JAPANESE).read(text.getBytes(StandardCharsets.UTF_8), "x"))
                .isEqualTo(PlanFixtures.rich());
    }

    @Test
    void overlongStringIsRejected() {
        String text = VALID.replace("\"summary\": \"要約\"", "\"summary\": \"" + "x".repeat(1_000_001) + "\"");
        assertRejected(reject(text, Locale.ENGLISH), "", "too long");
    }

    @Test
    void cp932BytesAreAnEncodingProblemWithTheByteOffset() {
        byte[] sjis = VALID.getBytes(Charset.forName("MS932"));
        // Everything before the title's first kanji is ASCII, so its character index is its byte offset.
        int offset = VALID.indexOf('推');
        assertRejected(reject(sjis, Locale.JAPANESE), "", "文字コード", "Shift_JIS", "CP932", "バイト位置 " + offset);
        assertRejected(reject(sjis, Locale.ENGLISH), "", "Encoding problem", "not valid UTF-8",
                "offset " + offset, "Shift_JIS (CP932)");
    }

    @Test
    void encodingOffsetCountsTheByteOrderMark() throws Exception {
        byte[] body = "{\"title\": \"施策\"}".getBytes("MS932");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        // {"title": " is 11 bytes; after the 3-byte BOM the first CP932 byte is at 14.
        assertRejected(reject(withBom, Locale.ENGLISH), "", "offset 14");
    }

    // --- shape: types, required fields, enum values ----------------------------------------------------------

    @Test
    void wrongTypeNamesLocationAndExpectedType() {
        assertRejected(reject(r -> obj(r, "/measures/0").put("durationYears", "two")), "/measures/0/durationYears",
                "整数", "文字列 \"two\"");
        assertRejected(reject(r -> obj(r, "/measures/0").put("durationYears", "two"), Locale.ENGLISH),
                "/measures/0/durationYears", "Expected an integer, found the string \"two\"");
        assertRejected(reject(r -> obj(r, "/measures/0").put("durationYears", 1.5), Locale.ENGLISH),
                "/measures/0/durationYears", "an integer", "1.5");
        assertRejected(reject(r -> r.put("measures", "none"), Locale.ENGLISH), "/measures", "an array");
        assertRejected(reject(r -> obj(r, "/criteria/0").put("name", 5), Locale.ENGLISH), "/criteria/0/name",
                "a string", "the number 5");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        assertRejected(reject(r -> obj(r, "/measures/2").remove("title")), "/measures/2/title", "必須");
        assertRejected(reject(r -> obj(r, "/measures/2").putNull("id"), Locale.ENGLISH), "/measures/2/id",
                "required field");
        assertRejected(reject(r -> r.remove("fiscalYears"), Locale.ENGLISH), "/fiscalYears", "required field");
    }

    static Stream<Arguments> unknownEnumValues() {
        return Stream.of(
                Arguments.of("/measures/0/indicators/0", "kind", "KPI", "KGI, KSI, KPI_OUTCOME, KPI_OUTPUT"),
                Arguments.of("/problems/0", "stakeholder", "citizens", "residents, community, administration"),
                Arguments.of("/significance/1", "stakeholder", "地域", "residents, community, administration"),
                Arguments.of("/criteria/0", "direction", "up", "benefit, cost"),
                Arguments.of("/weighting", "method", "topsis", "direct, swing, ahp, roc"),
                Arguments.of("/groups/0/evidence/0", "kind", "law",
                        "national-plan, statistics, peer-case, research, expert, other"));
    }

    @ParameterizedTest
    @MethodSource("unknownEnumValues")
    void unknownEnumValueListsTheAllowedOnes(String at, String field, String value, String allowed) {
        assertRejected(reject(r -> obj(r, at).put(field, value)), at + "/" + field, "不明な値 \"" + value + "\"",
                allowed);
        assertRejected(reject(r -> obj(r, at).put(field, value), Locale.ENGLISH), at + "/" + field,
                "Unknown value \"" + value + "\"", "Allowed values: " + allowed);
    }

    @Test
    void scoreMustBeAFiniteNumber() {
        assertRejected(reject(r -> obj(r, "/scores/0").put("value", "4")), "/scores/0/value", "数値", "文字列 \"4\"");
        assertRejected(reject(r -> obj(r, "/scores/0").put("value", "NaN"), Locale.ENGLISH), "/scores/0/value",
                "Expected a number", "\"NaN\"");
        assertRejected(reject(VALID.replace("\"value\": 4,", "\"value\": 1e999,"), Locale.ENGLISH),
                "/scores/0/value", "too large");
    }

    @Test
    void scoreTimeMustBeIso8601AndOffsetsAreAccepted() throws Exception {
        assertRejected(reject(r -> obj(r, "/scores/0").put("time", "昨日"), Locale.ENGLISH), "/scores/0/time",
                "\"昨日\"", "ISO-8601");
        ObjectNode root = validTree();
        obj(root, "/scores/0").put("time", "2026-11-01T18:00:00+09:00");
        Plan plan = new PlanJson(Locale.JAPANESE).read(MAPPER.writeValueAsBytes(root), "x");
        assertThat(plan.scores().get(0).time()).isEqualTo(Instant.parse("2026-11-01T09:00:00Z"));
    }

    @Test
    void budgetKeysMustBeYears() {
        assertRejected(reject(r -> obj(r, "/budgetPerYear").put("next", 5)), "/budgetPerYear/next", "\"next\"",
                "整数");
        assertRejected(reject(r -> r.put("budgetPerYear", "many"), Locale.ENGLISH), "/budgetPerYear", "a number");
    }

    // --- model rules -----------------------------------------------------------------------------------------

    static Stream<Arguments> duplicates() {
        return Stream.<Arguments>of(
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/criteria/1").put("id", "speed"), "/criteria/1/id",
                        "speed", "/criteria/0/id"),
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/pillars/1").put("id", "people"), "/pillars/1/id",
                        "people", "/pillars/0/id"),
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/groups/1").put("id", "S1"), "/groups/1/id", "S1",
                        "/groups/0/id"),
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/measures/3").put("id", "S2-1"), "/measures/3/id",
                        "S2-1", "/measures/2/id"),
                Arguments.of((Consumer<ObjectNode>) r -> {
                    obj(r, "/problems/1").put("id", "P1");
                    arr(r, "/measures/2/addresses").remove(1);
                }, "/problems/1/id", "P1", "/problems/0/id"),
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/raters/1").put("id", "r1"), "/raters/1/id", "r1",
                        "/raters/0/id"),
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/scenarios/1").put("name", "財政重視"),
                        "/scenarios/1/name", "財政重視", "/scenarios/0/name"),
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/tiers/2").put("name", "S"), "/tiers/2/name", "S",
                        "/tiers/0/name"));
    }

    @ParameterizedTest
    @MethodSource("duplicates")
    void duplicateIdsAndNamesAreRejected(Consumer<ObjectNode> change, String pointer, String id, String first) {
        assertRejected(reject(change), pointer, "\"" + id + "\"", "重複", first);
        assertRejected(reject(change, Locale.ENGLISH), pointer, "Duplicate", "\"" + id + "\"", first);
    }

    static Stream<Arguments> unknownReferences() {
        return Stream.<Arguments>of(
                Arguments.of((Consumer<ObjectNode>) r -> arr(r, "/measures/0/dependsOn").set(0, "B99"),
                        "/measures/0/dependsOn/0", "施策", "measure"),
                Arguments.of((Consumer<ObjectNode>) r -> arr(r, "/measures/2/addresses").set(1, "B99"),
                        "/measures/2/addresses/1", "課題", "problem"),
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/measures/1").put("group", "B99"),
                        "/measures/1/group", "支援策", "group"),
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/groups/0").put("pillar", "B99"),
                        "/groups/0/pillar", "柱", "pillar"),
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/scores/2").put("measure", "B99"),
                        "/scores/2/measure", "施策", "measure"),
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/scores/2").put("criterion", "B99"),
                        "/scores/2/criterion", "評価基準", "criterion"),
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/scores/2").put("rater", "B99"),
                        "/scores/2/rater", "評価者", "rater"),
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/scenarios/1/weights").put("B99", 3),
                        "/scenarios/1/weights/B99", "評価基準", "criterion"),
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/weighting/judgments/1").put("b", "B99"),
                        "/weighting/judgments/1/b", "評価基準", "criterion"),
                Arguments.of((Consumer<ObjectNode>) r -> arr(r, "/weighting/ranking").set(2, "B99"),
                        "/weighting/ranking/2", "評価基準", "criterion"),
                Arguments.of((Consumer<ObjectNode>) r -> obj(r, "/weighting").putObject("points").put("B99", 5),
                        "/weighting/points/B99", "評価基準", "criterion"),
                Arguments.of((Consumer<ObjectNode>) r -> arr(r, "/cases/0/groups").set(0, "B99"),
                        "/cases/0/groups/0", "支援策", "group"));
    }

    @ParameterizedTest
    @MethodSource("unknownReferences")
    void unknownReferencesAreRejected(Consumer<ObjectNode> change, String pointer, String ja, String en) {
        assertRejected(reject(change), pointer, "存在しない" + ja + " \"B99\"");
        assertRejected(reject(change, Locale.ENGLISH), pointer, "unknown " + en + " \"B99\"");
    }

    @Test
    void scoreOutsideItsCriterionScaleIsRejected() {
        assertRejected(reject(r -> obj(r, "/scores/0").put("value", 6)), "/scores/0/value", "6", "speed", "1～5",
                "範囲外");
        assertRejected(reject(r -> obj(r, "/scores/2").put("value", -0.5), Locale.ENGLISH), "/scores/2/value",
                "-0.5", "outside the scale 0 to 10", "\"cost\"");
    }

    @Test
    void duplicateScoreIsRejected() {
        assertRejected(reject(r -> arr(r, "/scores").add(obj(r, "/scores/0").deepCopy().put("value", 2))),
                "/scores/5", "\"S1-1\"", "\"speed\"", "\"r1\"", "/scores/0");
    }

    @Test
    void negativeCostsAreRejected() {
        assertRejected(reject(r -> obj(r, "/measures/1").put("initialCost", -1)), "/measures/1/initialCost",
                "-1", "負");
        assertRejected(reject(r -> obj(r, "/measures/1").put("annualCost", -300), Locale.ENGLISH),
                "/measures/1/annualCost", "-300", "negative");
    }

    @Test
    void durationBelowOneYearIsRejected() {
        assertRejected(reject(r -> obj(r, "/measures/0").put("durationYears", 0)), "/measures/0/durationYears",
                "0", "1 以上");
        assertRejected(reject(r -> obj(r, "/measures/0").put("durationYears", -2), Locale.ENGLISH),
                "/measures/0/durationYears", "at least 1");
    }

    @Test
    void negativeWeightIsRejected() {
        assertRejected(reject(r -> obj(r, "/criteria/2").put("weight", -0.5)), "/criteria/2/weight", "-0.5", "負");
        assertRejected(reject(r -> obj(r, "/scenarios/0/weights").put("speed", -1), Locale.ENGLISH),
                "/scenarios/0/weights/speed", "negative");
    }

    @Test
    void allWeightsZeroIsRejected() {
        Consumer<ObjectNode> zero = r -> r.withArray("/criteria").forEach(c -> ((ObjectNode) c).put("weight", 0));
        assertRejected(reject(zero), "/criteria", "すべての重みが 0");
        assertRejected(reject(zero, Locale.ENGLISH), "/criteria", "All weights are 0");
        assertRejected(reject(r -> obj(r, "/scenarios/0").putObject("weights").put("speed", 0)),
                "/scenarios/0/weights", "0");
    }

    @Test
    void scaleMinimumMustBeBelowMaximum() {
        assertRejected(reject(r -> obj(r, "/criteria/0/scale").put("min", 5)), "/criteria/0/scale", "5", "以上");
        assertRejected(reject(r -> obj(r, "/criteria/1/scale").put("min", 11), Locale.ENGLISH),
                "/criteria/1/scale", "minimum 11", "maximum 10");
    }

    @Test
    void fiscalYearsMustNotBeReversed() {
        Consumer<ObjectNode> reversed = r -> obj(r, "/fiscalYears").put("start", 2031);
        assertRejected(reject(reversed), "/fiscalYears", "開始年度 2031", "終了年度 2030");
        assertRejected(reject(reversed, Locale.ENGLISH), "/fiscalYears", "2031", "after its end year 2030");
    }

    @Test
    void prerequisiteCycleIsNamed() {
        Consumer<ObjectNode> cycle = r -> obj(r, "/measures/1").putArray("dependsOn").add("S2-1");
        // S1-1 → S1-4 → S2-1 → S1-4: the walk starts at S1-1 but the cycle starts at S1-4.
        assertRejected(reject(cycle), "/measures/1/dependsOn", "循環", "S1-4 → S2-1 → S1-4");
        assertRejected(reject(cycle, Locale.ENGLISH), "/measures/1/dependsOn", "cycle: S1-4 → S2-1 → S1-4");
        assertRejected(reject(r -> arr(r, "/measures/0/dependsOn").set(0, "S1-1")), "/measures/0/dependsOn",
                "S1-1 → S1-1");
    }

    @Test
    void ahpJudgmentValueMustBePositive() {
        assertRejected(reject(r -> obj(r, "/weighting/judgments/0").put("value", 0)),
                "/weighting/judgments/0/value", "0", "0 より大きい");
        assertRejected(reject(r -> obj(r, "/weighting/judgments/1").put("value", -3), Locale.ENGLISH),
                "/weighting/judgments/1/value", "-3", "greater than 0");
    }

    @Test
    void ahpNeedsEveryPairExactlyOnce() {
        assertRejected(reject(r -> arr(r, "/weighting/judgments").remove(2)), "/weighting/judgments",
                "\"cost\"", "\"feasibility\"", "ありません");
        assertRejected(reject(r -> arr(r, "/weighting/judgments").remove(0), Locale.ENGLISH),
                "/weighting/judgments", "No pairwise judgment for criteria \"speed\" and \"cost\"");
        assertRejected(reject(r -> arr(r, "/weighting/judgments").addObject().put("a", "cost").put("b", "speed")
                .put("value", 0.5), Locale.ENGLISH), "/weighting/judgments/3", "\"cost\" and \"speed\"",
                "more than once", "/weighting/judgments/0");
        assertRejected(reject(r -> obj(r, "/weighting/judgments/0").put("b", "speed"), Locale.ENGLISH),
                "/weighting/judgments/0", "\"speed\" is compared with itself");
    }

    @Test
    void missingJudgmentsMatterOnlyForAhp() throws Exception {
        ObjectNode root = validTree();
        obj(root, "/weighting").put("method", "roc").remove("judgments");
        Plan plan = new PlanJson(Locale.JAPANESE).read(MAPPER.writeValueAsBytes(root), "x");
        assertThat(plan.weighting().judgments()).isEmpty();
    }
}
