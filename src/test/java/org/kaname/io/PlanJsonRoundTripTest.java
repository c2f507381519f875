package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Criterion;
import org.kaname.model.Limits;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;

class PlanJsonRoundTripTest {
    private final PlanJson json = new PlanJson(Locale.JAPANESE);

    @Test
    void richPlanReadsBackEqual() throws Exception {
        for (Plan plan : List.of(PlanFixtures.rich(), PlanFixtures.richSwing())) {
            assertThat(new PlanValidator(Locale.ENGLISH).validate(plan)).isEmpty();
            String text = json.write(plan);
            Plan back = json.read(text.getBytes(StandardCharsets.UTF_8), "rich.json");
            assertThat(back).isEqualTo(plan);
            assertThat(json.write(back)).isEqualTo(text);
        }
    }

    @Test
    void writingTwiceGivesTheSameBytes() {
        assertThat(json.write(PlanFixtures.rich())).isEqualTo(json.write(PlanFixtures.rich()));
    }

    @Test
    void minimalPlanHasTheCanonicalLayout() {
        Plan plan = Plan.empty("計画", new FiscalYears(2026, 2030))
                .withCriteria(List.of(new Criterion("c1", "効果", "", 2.5, null, null)))
                .withMeasures(List.of(Measure.of("M1", null, "施策")));
        String expected = "{\n"
                + "  \"format\": \"kaname-plan\",\n"
                + "  \"version\": 1,\n"
                + "  \"title\": \"計画\",\n"
                + "  \"fiscalYears\": {\n"
                + "    \"start\": 2026,\n"
                + "    \"end\": 2030\n"
                + "  },\n"
                + "  \"tiers\": [\n"
                + "    {\n"
                + "      \"name\": \"高\",\n"
                + "      \"minScore\": 70\n"
                + "    },\n"
                + "    {\n"
                + "      \"name\": \"中\",\n"
                + "      \"minScore\": 50\n"
                + "    },\n"
                + "    {\n"
                + "      \"name\": \"低\",\n"
                + "      \"minScore\": 0\n"
                + "    }\n"
                + "  ],\n"
                + "  \"criteria\": [\n"
                + "    {\n"
                + "      \"id\": \"c1\",\n"
                + "      \"name\": \"効果\",\n"
                + "      \"weight\": 2.5,\n"
                + "      \"direction\": \"benefit\",\n"
                + "      \"scale\": {\n"
                + "        \"min\": 1,\n"
                + "        \"max\": 5\n"
                + "      }\n"
                + "    }\n"
                + "  ],\n"
                + "  \"weighting\": {\n"
                + "    \"method\": \"direct\"\n"
                + "  },\n"
                + "  \"measures\": [\n"
                + "    {\n"
                + "      \"id\": \"M1\",\n"
                + "      \"title\": \"施策\",\n"
                + "      \"initialCost\": 0,\n"
                + "      \"annualCost\": 0,\n"
                + "      \"durationYears\": 1\n"
                + "    }\n"
                + "  ]\n"
                + "}\n";
        assertThat(json.write(plan)).isEqualTo(expected);
    }

    @Test
    void numbersAreWrittenInTheirShortestPlainForm() {
        Plan plan = Plan.empty("n", new FiscalYears(2026, 2026))
                .withCriteria(List.of(new Criterion("a", "a", "", 4.0, null, null),
                        new Criterion("b", "b", "", 0.1, null, null),
                        new Criterion("c", "c", "", 12_345_678.5, null, null),
                        new Criterion("d", "d", "", 0.00001, null, null)))
                .withScenarios(List.of(new Scenario("s", Map.of("a", 1e300))));
        String text = json.write(plan);
        assertThat(text).contains("\"weight\": 4,", "\"weight\": 0.1,", "\"weight\": 12345678.5,",
                "\"weight\": 0.00001,", "\"a\": 1.0E300");
        assertThat(text).doesNotContain("4.0", "\r");
    }

    @Test
    void budgetIsANumberOrAnObjectKeyedByYear() {
        String byYear = json.write(PlanFixtures.rich());
        assertThat(byYear).contains("\"budgetPerYear\": {\n    \"2027\": 80000000,\n    \"2028\": 120000000\n  },");
        String uniform = json.write(PlanFixtures.richSwing());
        assertThat(uniform).contains("\"budgetPerYear\": 100000000,");
    }

    @Test
    void optionalEmptiesAreOmittedAndFieldsComeInTheDocumentedOrder() {
        String text = json.write(PlanFixtures.rich());
        // Measure X-1 has no group, description, owner, lists or years.
        int x1 = text.indexOf("\"id\": \"X-1\"");
        String x1Block = text.substring(x1, text.indexOf('}', x1));
        assertThat(x1Block).doesNotContain("group", "description", "owner", "dependsOn", "earliestStart",
                "pinnedStart", "indicators", "evidence");
        // Evidence without URL or note leaves both out.
        assertThat(text).contains("\"title\": \"自治体DX推進状況調査\",\n          \"kind\": \"statistics\"\n");
        // Times are kept to the microsecond (what the database keeps): the fixture's nanoseconds are dropped.
        assertThat(text).contains("\"time\": \"2026-11-02T00:00:00.123456Z\"");
        List<String> topLevel = List.of("\"format\"", "\"version\"", "\"title\"", "\"organization\"",
                "\"description\"", "\"summary\"", "\"fiscalYears\"", "\"budgetPerYear\"", "\"tiers\"", "\"criteria\"",
                "\"weighting\"", "\"pillars\"", "\"groups\"", "\"measures\"", "\"significance\"", "\"problems\"",
                "\"cases\"", "\"timeline\"", "\"raters\"", "\"scores\"", "\"scenarios\"");
        int last = -1;
        for (String key : topLevel) {
            int at = text.indexOf("\n  " + key + ":");
            assertThat(at).as(key).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] body = json.write(PlanFixtures.rich()).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(json.read(withBom, "bom.json")).isEqualTo(PlanFixtures.rich());
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        String text = json.write(PlanFixtures.rich())
                .replace("\"version\": 1,", "\"version\": 1,\n  \"generator\": {\"name\": \"future\", \"x\": [1, 2]},")
                .replace("\"id\": \"S1-4\",", "\"id\": \"S1-4\", \"color\": \"red\",");
        assertThat(json.read(text.getBytes(StandardCharsets.UTF_8), "future.json")).isEqualTo(PlanFixtures.rich());
    }

    @Test
    void defaultsApplyWhenOptionalFieldsAreAbsent() throws Exception {
        String text = "{\"format\": \"kaname-plan\", \"version\": 1, \"title\": \"t\","
                + " \"fiscalYears\": {\"start\": 2026, \"end\": 2027},"
                + " \"criteria\": [{\"id\": \"c\", \"name\": \"n\", \"weight\": 1}],"
                + " \"measures\": [{\"id\": \"m\", \"title\": \"t\", \"durationYears\": 2.0}]}";
        Plan plan = json.read(text.getBytes(StandardCharsets.UTF_8), "min.json");
        Plan expected = Plan.empty("t", new FiscalYears(2026, 2027))
                .withCriteria(List.of(new Criterion("c", "n", "", 1, null, null)))
                .withMeasures(List.of(Measure.of("m", null, "t").withCosts(0, 0, 2)));
        assertThat(plan).isEqualTo(expected);
        assertThat(plan.tiers()).extracting(t -> t.name()).containsExactly("高", "中", "低");
    }

    @Test
    void writingToAFileIsAtomicAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "old content");
        json.write(PlanFixtures.rich(), file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(json.write(PlanFixtures.rich()));
        assertThat(json.read(file)).isEqualTo(PlanFixtures.rich());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path blocked = Files.createDirectory(dir.resolve("blocked"));
        Files.writeString(blocked.resolve("child"), "x");
        // The target is a non-empty directory, so the final move must fail.
        assertThatThrownBy(() -> json.write(PlanFixtures.rich(), blocked)).isInstanceOf(IOException.class);
        assertThat(blocked.resolve("child")).hasContent("x");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(blocked);
        }
    }

    @Test
    void writtenFileGetsTheUsualPermissionsNotOwnerOnly(@TempDir Path dir) throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        Path file = dir.resolve("plan.json");
        json.write(PlanFixtures.rich(), file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void arbitraryDoublesSurviveTheRoundTrip() throws Exception {
        // Seeded, so a failure is reproducible; covers subnormals, values up to the largest weight and long fractions.
        Random random = new Random(20261128);
        Map<String, Double> weights = new LinkedHashMap<>();
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            double d;
            do {
                d = Math.abs(Double.longBitsToDouble(random.nextLong()));
            } while (!(d <= Limits.MAX_WEIGHT));
            double value = i % 3 == 0 ? d
                    : i % 3 == 1 ? random.nextDouble() * 100 : Math.rint(random.nextDouble() * Limits.MAX_WEIGHT);
            weights.put("c" + i, value);
            criteria.add(new Criterion("c" + i, "c", "", value, null, null));
        }
        Plan plan = Plan.empty("numbers", new FiscalYears(2026, 2026)).withCriteria(criteria)
                .withScenarios(List.of(new Scenario("s", weights)));
        assertThat(new PlanValidator(Locale.ENGLISH).validate(plan)).isEmpty();
        String text = json.write(plan);
        Plan back = json.read(text.getBytes(StandardCharsets.UTF_8), "numbers.json");
        assertThat(back).isEqualTo(plan);
        assertThat(json.write(back)).isEqualTo(text);
    }
}
