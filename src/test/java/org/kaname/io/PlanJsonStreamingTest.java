package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.RoundState;
import org.kaname.model.Scale;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;

/**
 * The streaming reader ({@link PlanStream}, scores mapped one by one) against the tree reader it replaced
 * ({@link TreeReading}): for valid plans, broken ones and everything in between, the same plan or the same message,
 * pointer included. And the streamed writing of scores against the tree the writer used to build.
 */
class PlanJsonStreamingTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final PlanJson JSON = new PlanJson(Locale.ENGLISH);

    // --- agreement with the tree reader ----------------------------------------------------------------------

    @Test
    void largeGeneratedPlanReadsEqualToTheTreeReading() throws Exception {
        Plan plan = generated(300, 24, 7);
        String text = JSON.write(plan);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Plan streamed = JSON.read(bytes, "large.json");
        TreeReading.Outcome tree = TreeReading.read(bytes, "large.json", Locale.ENGLISH);
        assertThat(tree.plan()).isNotNull();
        assertThat(streamed).isEqualTo(tree.plan()).isEqualTo(plan);
        assertThat(JSON.write(streamed)).isEqualTo(text);
    }

    @Test
    void idsOfScoresAreSharedNotOneStringPerScore() throws Exception {
        Plan plan = JSON.read(JSON.write(generated(20, 6, 1)).getBytes(StandardCharsets.UTF_8), "x.json");
        Score first = plan.scores().get(0);
        Score sameCell = plan.scores().stream().filter(s -> s != first && s.measure().equals(first.measure())
                && s.criterion().equals(first.criterion())).findFirst().orElseThrow();
        assertThat(sameCell.measure()).isSameAs(first.measure());
        assertThat(sameCell.criterion()).isSameAs(first.criterion());
        Score otherMeasure = plan.scores().get(plan.scores().size() - 1);
        Score sameRater = plan.scores().stream().filter(s -> s.rater().equals(otherMeasure.rater()) && s != otherMeasure)
                .findFirst().orElseThrow();
        assertThat(sameRater.rater()).isSameAs(otherMeasure.rater());
        ScoringRound round = plan.rounds().get(0);
        assertThat(round.scores().get(0).rater()).isSameAs(
                plan.scores().stream().filter(s -> s.rater().equals(round.scores().get(0).rater())).findFirst()
                        .orElseThrow().rater());
    }

    /** Documents to break: the plan with rounds as written, written compactly, and with its fields reordered. */
    private static List<String> baseDocuments() throws Exception {
        Plan plan = RoundFixtures.withRounds();
        String canonical = JSON.write(plan);
        ObjectNode tree = (ObjectNode) MAPPER.readTree(canonical);
        // Scores and rounds first, title last: the order of problems must follow the reader, not the file.
        ObjectNode reordered = NODES.objectNode();
        reordered.set("rounds", tree.get("rounds"));
        reordered.set("scores", tree.get("scores"));
        Iterator<Map.Entry<String, JsonNode>> fields = tree.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!reordered.has(f.getKey()) && !f.getKey().equals("title")) {
                reordered.set(f.getKey(), f.getValue());
            }
        }
        reordered.set("title", tree.get("title"));
        return List.of(canonical, MAPPER.writeValueAsString(tree), MAPPER.writeValueAsString(reordered));
    }

    /** Values a score field may be given; some right, most wrong. */
    private static List<JsonNode> fieldValues() {
        return List.of(NODES.textNode("S1-1"), NODES.textNode("speed"), NODES.textNode("r2"), NODES.textNode("B99"),
                NODES.textNode(""), NODES.textNode("4"), NODES.textNode("2026-11-01T18:00:00+09:00"),
                NODES.textNode("2026-11-01T09:00:00.1234567Z"), NODES.textNode("昨日"), NODES.numberNode(3),
                NODES.numberNode(5.5), NODES.numberNode(-0.0), NODES.numberNode(0), NODES.numberNode(99),
                NODES.numberNode(12_345_678_901L), NODES.numberNode(new BigInteger("123456789012345678901234567890")),
                NODES.numberNode(new BigDecimal("1e999")), NODES.numberNode(new BigDecimal("-1e999")),
                NODES.numberNode(new BigDecimal("2.50")), NODES.nullNode(), NODES.booleanNode(true),
                NODES.objectNode(), NODES.arrayNode(), NODES.objectNode().set("a", NODES.arrayNode().add(1)));
    }

    @Test
    void everyChangeToAScoreIsReadAsTheTreeReadsIt() throws Exception {
        List<String> fields = List.of("measure", "criterion", "rater", "value", "note", "time", "extra");
        List<Consumer<ObjectNode>> changes = new ArrayList<>();
        for (String field : fields) {
            changes.add(score -> score.remove(field));
            for (JsonNode value : fieldValues()) {
                changes.add(score -> score.set(field, value));
            }
        }
        changes.add(score -> {
            // Same fields, the other way round.
            List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
            score.fields().forEachRemaining(all::add);
            score.removeAll();
            for (int i = all.size() - 1; i >= 0; i--) {
                score.set(all.get(i).getKey(), all.get(i).getValue());
            }
        });
        int compared = 0;
        for (String base : baseDocuments()) {
            for (String array : List.of("/scores", "/rounds/0/scores")) {
                int size = MAPPER.readTree(base).at(array).size();
                for (int index : new int[] {0, size - 1}) {
                    for (Consumer<ObjectNode> change : changes) {
                        ObjectNode root = (ObjectNode) MAPPER.readTree(base);
                        change.accept((ObjectNode) root.at(array + "/" + index));
                        assertAgree(MAPPER.writeValueAsBytes(root));
                        compared++;
                    }
                    for (JsonNode notAnObject : List.of(NODES.numberNode(5), NODES.textNode("s"), NODES.nullNode(),
                            NODES.arrayNode(), NODES.booleanNode(false))) {
                        ObjectNode root = (ObjectNode) MAPPER.readTree(base);
                        ((ArrayNode) root.at(array)).set(index, notAnObject);
                        assertAgree(MAPPER.writeValueAsBytes(root));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(2000);
    }

    @Test
    void everyChangeToTheScoresArraysIsReadAsTheTreeReadsIt() throws Exception {
        List<Consumer<ObjectNode>> changes = List.of(
                root -> root.put("scores", "none"),
                root -> root.putNull("scores"),
                root -> root.putObject("scores"),
                root -> root.putArray("scores"),
                root -> root.remove("scores"),
                root -> ((ObjectNode) root.at("/rounds/1")).put("scores", 4),
                root -> ((ObjectNode) root.at("/rounds/1")).putNull("scores"),
                root -> ((ArrayNode) root.at("/rounds")).add(5),
                root -> ((ArrayNode) root.at("/rounds")).insert(0, NODES.textNode("r")),
                root -> root.put("rounds", "none"),
                root -> ((ArrayNode) root.at("/rounds/0/scores")).add(NODES.objectNode()),
                // A problem in an early score and one in a later element that is not an object: the latter wins.
                root -> {
                    ((ObjectNode) root.at("/scores/0")).remove("value");
                    ((ArrayNode) root.at("/scores")).add("late");
                },
                root -> {
                    ((ObjectNode) root.at("/scores/1")).put("rater", 3);
                    ((ObjectNode) root.at("/scores/3")).put("measure", 3);
                },
                // A shape problem in the scores and an earlier one in the reader's order (measures).
                root -> {
                    ((ObjectNode) root.at("/scores/0")).remove("value");
                    ((ObjectNode) root.at("/measures/0")).put("title", 1);
                },
                root -> {
                    ((ObjectNode) root.at("/rounds/0/scores/0")).remove("value");
                    ((ObjectNode) root.at("/rounds/1")).put("number", "one");
                },
                root -> {
                    ((ObjectNode) root.at("/scores/2")).put("value", "x");
                    ((ObjectNode) root.at("/scenarios/0")).put("name", 5);
                },
                // Validation issues, in the order of the validator.
                root -> ((ArrayNode) root.at("/scores")).add(root.at("/scores/0").deepCopy()),
                root -> ((ObjectNode) root.at("/rounds/0/scores/1")).put("measure", "S1-4"),
                root -> ((ObjectNode) root.at("/rounds/0/scores/1")).put("rater", "r9"),
                root -> ((ObjectNode) root.at("/scores/4")).put("value", 99),
                root -> ((ObjectNode) root.at("/scores/4")).put("note", "x".repeat(1_000_001)),
                root -> ((ObjectNode) root.at("/scores/1")).put("rater", "r".repeat(1_000_001)),
                root -> ((ObjectNode) root.at("/scores/1")).put("rater", "r".repeat(1_000_000)),
                root -> ((ObjectNode) root.at("/scores/1")).put("measure", "施".repeat(70)),
                root -> ((ObjectNode) root.at("/rounds/0/scores/0")).put("criterion", "c".repeat(65)));
        for (String base : baseDocuments()) {
            for (Consumer<ObjectNode> change : changes) {
                ObjectNode root = (ObjectNode) MAPPER.readTree(base);
                change.accept(root);
                assertAgree(MAPPER.writeValueAsBytes(root));
            }
        }
    }

    @Test
    void randomlyBrokenTextIsReadAsTheTreeReadsIt() throws Exception {
        String[] inserts = {",", "}", "]", "{", "[", "\"", ":", "null", "1", "-", "1e999", "\"x\"", "NaN", " ", "\n",
            "\"measure\": \"S1-1\",", "\"value\": 2,", "\"extra\": {\"a\": [1, {\"b\": null}]},", "施", "\\u0000",
            "\"time\": \"昨日\",", "// c", "'", "0x10", "01", "true"};
        SplittableRandom random = new SplittableRandom(2026);
        int compared = 0;
        for (String base : baseDocuments()) {
            int scoresAt = base.indexOf("\"scores\"");
            for (int round = 0; round < 700; round++) {
                StringBuilder text = new StringBuilder(base);
                int changes = 1 + random.nextInt(2);
                for (int c = 0; c < changes; c++) {
                    // Mostly inside the scores arrays, where the streaming is.
                    int at = random.nextInt(4) == 0 ? random.nextInt(text.length())
                            : Math.min(text.length(), scoresAt + random.nextInt(Math.max(1, text.length() - scoresAt)));
                    switch (random.nextInt(4)) {
                        case 0:
                            text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(3)));
                            break;
                        case 1:
                            text.insert(at, inserts[random.nextInt(inserts.length)]);
                            break;
                        case 2:
                            text.setLength(at);
                            break;
                        default:
                            int end = text.indexOf("\n", at);
                            int start = text.lastIndexOf("\n", at);
                            if (start >= 0 && end > start) {
                                text.insert(end, text.substring(start, end));
                            }
                    }
                }
                assertAgree(text.toString().getBytes(StandardCharsets.UTF_8));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(2100);
    }

    @Test
    void malformedBytesAnywhereAreReportedAtTheSameOffset() throws Exception {
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0x82, (byte) 0xA0}, {(byte) 0xC0, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE3, (byte) 0x81}, {(byte) 0xF4, (byte) 0x90}};
        SplittableRandom random = new SplittableRandom(3);
        for (String base : baseDocuments()) {
            byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
            for (int round = 0; round < 300; round++) {
                byte[] insert = bad[random.nextInt(bad.length)];
                int at = random.nextInt(bytes.length + 1);
                byte[] broken = new byte[bytes.length + insert.length];
                System.arraycopy(bytes, 0, broken, 0, at);
                System.arraycopy(insert, 0, broken, at, insert.length);
                System.arraycopy(bytes, at, broken, at + insert.length, bytes.length - at);
                assertAgree(broken);
            }
        }
    }

    @Test
    void wholeFileProblemsAreReadAsTheTreeReadsThem() throws Exception {
        String valid = JSON.write(RoundFixtures.withRounds());
        for (String text : List.of("", " \n", "\u3000", "\uFEFF", "\uFEFF{}", "\u0000{}", "\uFEFF\u0000\u0000{}", "{\u0000}",
                " \u0000", "\u0000\u0000\u0000{", "[1, 2]", "5", "\"plan\"", "null",
                "{} {}", "{} x", "[] 1", "{\"format\": \"kaname-plan\"}", "{\"a\": 1, \"a\": 2}", "{", "[", "{\"a\"",
                valid + "{}", valid + " 5", valid + "]", valid.replace("\"version\": 1,", "\"version\": 1,\n  \"x\": "
                        + "[".repeat(70) + "]".repeat(70) + ","),
                valid.replace("\"criterion\": \"speed\",", "\"criterion\": \"speed\", \"criterion\": \"cost\","),
                valid.replace("\"rounds\": [", "\"rounds\": [5,"),
                valid.replace("\"scores\": [", "\"scores\": [{\"measure\": \"S1-1\", \"measure\": \"S1-1\"},"))) {
            assertAgree(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Score objects are checked for duplicate names by PlanStream itself (see there): every way a name repeats. */
    @Test
    void duplicateNamesInScoresAreReportedAsTheParserReportsThem() throws Exception {
        String valid = JSON.write(RoundFixtures.withRounds());
        String first = "\"measure\": \"S1-1\",";
        for (String inserted : List.of("\"measure\": \"x\",", "\"measure\": tru,", "\"measure\": 1,",
                "\"extra\": 1, \"measure\": \"x\",", "\"extra\": 1, \"extra\": 2,",
                "\"extra\": {\"a\": 1, \"a\": 2},", "\"extra\": [{\"a\": 1, \"b\": [{\"c\": 1, \"c\": 1}]}],",
                "\"value\": {\"a\": 1, \"a\": 2},", "\"note\": [{\"x\": 1, \"x\": 1}],",
                "\"note\": null, \"note\": \"n\",", "\"extra\": {\"a\": 1}, \"criterion\": \"cost\",",
                "\"value\": \"4\", \"value\": 4,", "\"value\": 4, \"extra\": 1, \"value\": 4,")) {
            for (int occurrence : new int[] {0, 3}) {
                int at = -1;
                for (int i = 0; i <= occurrence; i++) {
                    at = valid.indexOf(first, at + 1);
                }
                at += first.length();
                assertAgree((valid.substring(0, at) + " " + inserted + valid.substring(at))
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        // Names repeating after a scores array, in objects of the same depth as its elements and deeper.
        for (String[] change : new String[][] {
            {"\"name\": \"財政重視\",", "\"name\": \"財政重視\", \"name\": \"x\","},
            {"\"speed\": 10,", "\"speed\": 10, \"speed\": 10,"},
            {"\"state\": \"open\",", "\"state\": \"open\", \"state\": \"open\","},
            {"\"title\": \"第1回\",", "\"title\": \"第1回\", \"scores\": [],"},
            {"\"scenarios\": [", "\"scores\": [], \"scenarios\": ["},
            {"\"scenarios\": [", "\"scenarios\": [{\"a\": [{\"b\": 1, \"b\": 2}]},"}}) {
            assertThat(valid).contains(change[0]);
            assertAgree(valid.replaceFirst(java.util.regex.Pattern.quote(change[0]),
                    java.util.regex.Matcher.quoteReplacement(change[1])).getBytes(StandardCharsets.UTF_8));
        }
        // A scores array before any other array of objects: Jackson reuses the parse contexts of one depth, so
        // what the scores array does to its own must not reach the arrays after it.
        String scoresFirst = "{\"scores\": [], \"format\": \"kaname-plan\", \"version\": 1, \"title\": \"t\","
                + " \"fiscalYears\": {\"start\": 2026, \"end\": 2030},"
                + " \"criteria\": [{\"id\": \"c\", \"name\": \"c\", \"weight\": 1, \"id\": \"d\"}]}";
        for (String text : List.of(scoresFirst, scoresFirst.replace("[]", "[{\"measure\": \"m\"}]"),
                scoresFirst.replace("[]", "[[{\"a\": 1}]]"), scoresFirst.replace("[]", "[{\"x\": {\"a\": 1}}]"))) {
            assertAgree(text.getBytes(StandardCharsets.UTF_8));
        }
        for (String element : List.of("[{\"a\": 1, \"a\": 2}]", "[[{\"a\": 1}, {\"a\": 1, \"a\": 1}]]",
                "{\"x\": {\"y\": 1, \"y\": 2}}", "{\"measure\": \"S1-1\", \"criterion\": \"speed\", \"rater\":"
                        + " \"r1\", \"value\": 1, \"rater\": \"r2\"}")) {
            assertAgree(valid.replace("\"scores\": [", "\"scores\": [" + element + ",")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFileIsReadAsItsBytesAre(@TempDir Path dir) throws Exception {
        String valid = JSON.write(RoundFixtures.withRounds());
        byte[] sjis = valid.getBytes(java.nio.charset.Charset.forName("MS932"));
        List<byte[]> contents = List.of(valid.getBytes(StandardCharsets.UTF_8), sjis, new byte[0],
                (valid + "x").getBytes(StandardCharsets.UTF_8),
                valid.replace("\"value\": 4,", "\"value\": \"4\",").getBytes(StandardCharsets.UTF_8),
                valid.replace("\"value\": 4,", "\"value\": 4, \"value\": 4,").getBytes(StandardCharsets.UTF_8),
                ("\uFEFF" + valid).getBytes(StandardCharsets.UTF_8), "\u0000{}".getBytes(StandardCharsets.UTF_8),
                JSON.write(generated(60, 5, 4)).getBytes(StandardCharsets.UTF_8));
        for (byte[] content : contents) {
            Path file = dir.resolve("plan.json");
            Files.write(file, content);
            TreeReading.Outcome fromBytes = TreeReading.streamed(content, "plan.json", Locale.ENGLISH);
            TreeReading.Outcome fromFile;
            try {
                fromFile = new TreeReading.Outcome(JSON.read(file), null);
            } catch (InvalidPlanException e) {
                fromFile = new TreeReading.Outcome(null, e.getMessage());
            }
            assertThat(fromFile).isEqualTo(fromBytes).isEqualTo(TreeReading.read(content, "plan.json", Locale.ENGLISH));
        }
        InvalidPlanException folder = catchThrowableOfType(InvalidPlanException.class, () -> JSON.read(dir));
        assertThat(folder.problem()).startsWith("The file cannot be read");
    }

    // --- the same places, named -------------------------------------------------------------------------------

    @Test
    void malformedUtf8InsideTheScoresIsAnEncodingProblemAtItsByteOffset() throws Exception {
        byte[] bytes = JSON.write(generated(50, 4, 2)).getBytes(StandardCharsets.UTF_8);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("\"rater\": \"r3\"", text.indexOf("\"scores\"")) + "\"rater\": \"".length();
        bytes[at] = (byte) 0x82; // a CP932 trail byte where UTF-8 wants a character
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> JSON.read(bytes, "plan.json"));
        assertThat(e.pointer()).isEmpty();
        assertThat(e.problem()).contains("Encoding problem", "offset " + at, "Shift_JIS (CP932)");
    }

    @Test
    void aProblemDeepInsideTheScoresNamesItsPointer() throws Exception {
        Plan plan = generated(200, 10, 3);
        ObjectNode root = (ObjectNode) MAPPER.readTree(JSON.write(plan));
        ((ObjectNode) root.at("/scores/7654")).put("value", "high");
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> JSON.read(MAPPER.writeValueAsBytes(root), "plan.json"));
        assertThat(e.getMessage()).isEqualTo(
                "plan.json: /scores/7654/value: Expected a number, found the string \"high\".");

        ObjectNode round = (ObjectNode) MAPPER.readTree(JSON.write(plan));
        ((ObjectNode) round.at("/rounds/0/scores/3")).put("rater", "r99");
        e = catchThrowableOfType(InvalidPlanException.class,
                () -> JSON.read(MAPPER.writeValueAsBytes(round), "plan.json"));
        assertThat(e.pointer()).isEqualTo("/rounds/0/scores/3/rater");
        assertThat(e.problem()).contains("\"r99\"");

        ObjectNode late = (ObjectNode) MAPPER.readTree(JSON.write(plan));
        ((ObjectNode) late.at("/scores/9999")).put("value", 6);
        e = catchThrowableOfType(InvalidPlanException.class,
                () -> JSON.read(MAPPER.writeValueAsBytes(late), "plan.json"));
        assertThat(e.pointer()).isEqualTo("/scores/9999/value");
    }

    @Test
    void aSyntaxErrorAfterABadScoreIsReportedFirst() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(JSON.write(PlanFixtures.rich()));
        ((ObjectNode) root.at("/scores/0")).put("value", "x");
        String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + " x";
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> JSON.read(text.getBytes(StandardCharsets.UTF_8), "plan.json"));
        assertThat(e.pointer()).isEmpty();
        assertThat(e.problem()).contains("Malformed JSON");
    }

    // --- writing ------------------------------------------------------------------------------------------------

    @Test
    void scoresAreWrittenAsTheTreeOfScoreObjectsWouldBe() throws Exception {
        List<Score> odd = List.of(new Score(null, "c0", null, Double.NaN, "メモ", Instant.parse("2026-01-01T00:00:00Z")),
                new Score("M0", null, "r0", Double.POSITIVE_INFINITY, "", null),
                Score.of("M0", "c0", "r0", -0.0), Score.of("M0", "c0", "r0", 1e-9), Score.of("M0", "c0", "r0", 1e300),
                Score.of("M0", "c0", "r0", 12_345_678.5), Score.of("M0", "c0", "r0", 1e15 + 0.5));
        Plan generated = generated(40, 5, 9);
        List<Score> scores = new ArrayList<>(generated.scores());
        scores.addAll(odd);
        List<ScoringRound> rounds = new ArrayList<>(generated.rounds());
        rounds.add(new ScoringRound(3, "", List.of("M0"), List.of("r0"), false, RoundState.OPEN, null, null, odd));
        for (Plan plan : List.of(generated.withScores(scores).withRounds(rounds), PlanFixtures.rich(),
                RoundFixtures.withRounds(), PlanFixtures.rich().withScores(List.of()))) {
            assertThat(JSON.write(plan)).isEqualTo(PlanJson.WRITER.writeValueAsString(treeAsBefore(plan)) + "\n");
        }
    }

    /** The tree PlanWriter built before scores were streamed: one object node per score. */
    private static ObjectNode treeAsBefore(Plan plan) {
        ObjectNode root = new PlanWriter().tree(plan);
        if (!plan.scores().isEmpty()) {
            root.set("scores", scoreNodes(plan.scores()));
        }
        for (int i = 0; i < plan.rounds().size(); i++) {
            if (!plan.rounds().get(i).scores().isEmpty()) {
                ((ObjectNode) root.get("rounds").get(i)).set("scores", scoreNodes(plan.rounds().get(i).scores()));
            }
        }
        return root;
    }

    private static ArrayNode scoreNodes(List<Score> scores) {
        ArrayNode array = NODES.arrayNode();
        for (Score s : scores) {
            ObjectNode o = array.addObject();
            o.put("measure", s.measure());
            o.put("criterion", s.criterion());
            o.put("rater", s.rater());
            o.set("value", JsonNumbers.node(s.value()));
            if (!s.note().isEmpty()) {
                o.put("note", s.note());
            }
            if (s.time() != null) {
                o.put("time", s.time().toString());
            }
        }
        return array;
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static void assertAgree(byte[] bytes) {
        TreeReading.Outcome tree = TreeReading.read(bytes, "plan.json", Locale.ENGLISH);
        TreeReading.Outcome streamed = TreeReading.streamed(bytes, "plan.json", Locale.ENGLISH);
        assertThat(streamed).as(() -> "reading " + new String(bytes, StandardCharsets.UTF_8)).isEqualTo(tree);
    }

    /**
     * A plan of {@code measures} measures × 5 criteria × {@code raters} raters, every cell scored, some with notes,
     * times and fractions, and a revealed round over the first measures; the same arguments give the same plan.
     */
    static Plan generated(int measures, int raters, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Criterion> criteria = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            criteria.add(new Criterion("c" + c, "基準 " + c, "", 1 + c, c == 4 ? Direction.COST : Direction.BENEFIT,
                    Scale.DEFAULT));
        }
        List<Measure> ms = new ArrayList<>();
        for (int m = 0; m < measures; m++) {
            ms.add(Measure.of("M" + m, "G", "施策 " + m));
        }
        List<Rater> rs = new ArrayList<>();
        for (int r = 0; r < raters; r++) {
            rs.add(new Rater("r" + r, "評価者 " + r));
        }
        List<Score> scores = new ArrayList<>();
        for (Measure m : ms) {
            for (Criterion c : criteria) {
                for (Rater r : rs) {
                    scores.add(score(random, m, c, r));
                }
            }
        }
        List<Score> roundScores = new ArrayList<>();
        List<String> roundMeasures = new ArrayList<>();
        for (Measure m : ms.subList(0, Math.min(5, ms.size()))) {
            roundMeasures.add(m.id());
            for (Rater r : rs) {
                roundScores.add(score(random, m, criteria.get(0), r));
            }
        }
        ScoringRound round = new ScoringRound(1, "第1回", roundMeasures, rs.stream().map(Rater::id).toList(), false,
                RoundState.REVEALED, Instant.parse("2026-11-10T01:00:00Z"), Instant.parse("2026-11-10T02:00:00Z"),
                roundScores);
        return Plan.empty("生成 " + measures + "x" + raters, new FiscalYears(2026, 2030)).withCriteria(criteria)
                .withStructure(List.of(new Pillar("P", "柱", "")),
                        List.of(new MeasureGroup("G", "P", "支援策", "", List.of(), List.of())), ms)
                .withRatersAndScores(rs, scores).withRounds(List.of(round));
    }

    private static Score score(SplittableRandom random, Measure m, Criterion c, Rater r) {
        double value = random.nextInt(4) == 0 ? 1 + random.nextInt(8) / 2.0 : 1 + random.nextInt(5);
        String note = random.nextInt(10) == 0 ? "理由 " + random.nextInt(100) : "";
        Instant time = random.nextInt(3) == 0 ? Instant.ofEpochSecond(1_790_000_000L + random.nextInt(1_000_000),
                random.nextInt(2) * 500_000_000L) : null;
        return new Score(m.id(), c.id(), r.id(), value, note, time);
    }
}
