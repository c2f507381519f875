package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.kaname.model.Limits;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

/**
 * Every limit of {@link Limits} the validator checks: a value at the limit is accepted, one beyond it is refused
 * with the JSON pointer of the value and a message, in Japanese and English, that names the limit.
 */
class PlanLimitsTest {
    private static final long MONEY_MAX = Limits.MONEY_BOUND - 1;

    /** The fixture as a tree with {@code value} (a JSON text) at {@code pointer}. */
    private static byte[] with(String pointer, String value) throws Exception {
        ObjectNode root = (ObjectNode) PlanJson.MAPPER.readTree(new PlanJson(Locale.ENGLISH).write(
                RoundFixtures.withRounds()));
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) root.at(pointer.substring(0, slash))).set(pointer.substring(slash + 1),
                PlanJson.MAPPER.readTree(value));
        return PlanJson.MAPPER.writeValueAsBytes(root);
    }

    private static String quoted(String text) throws Exception {
        return PlanJson.MAPPER.writeValueAsString(text);
    }

    static Stream<Arguments> overTheLimit() throws Exception {
        String tooLongTitle = quoted("題".repeat(Limits.SHORT_TEXT_LENGTH + 1));
        return Stream.of(
                // pointer, value within the limit, value beyond it, where the issue is, what ja and en say
                Arguments.of("/fiscalYears", "{\"start\":2071,\"end\":2100}", "{\"start\":2071,\"end\":2101}",
                        "/fiscalYears/end", "1989～2100", "1989 to 2100"),
                Arguments.of("/fiscalYears", "{\"start\":1989,\"end\":2018}", "{\"start\":1988,\"end\":2018}",
                        "/fiscalYears/start", "年度 1988", "fiscal year 1988"),
                Arguments.of("/fiscalYears", "{\"start\":2026,\"end\":2055}", "{\"start\":2026,\"end\":2056}",
                        "/fiscalYears", "31 年間", "spans 31 fiscal years"),
                Arguments.of("/budgetPerYear", "{\"2027\":" + MONEY_MAX + "}", "{\"2027\":" + Limits.MONEY_BOUND + "}",
                        "/budgetPerYear/2027", "1000000000000000 円未満", "below 1000000000000000 yen"),
                Arguments.of("/budgetPerYear", String.valueOf(MONEY_MAX), String.valueOf(Limits.MONEY_BOUND),
                        "/budgetPerYear", "1000000000000000 円未満", "below 1000000000000000 yen"),
                Arguments.of("/budgetPerYear", "{\"2100\":1}", "{\"2101\":1}", "/budgetPerYear/2101", "2101",
                        "2101"),
                Arguments.of("/measures/0/initialCost", String.valueOf(MONEY_MAX),
                        String.valueOf(Limits.MONEY_BOUND), "/measures/0/initialCost", "円未満", "below"),
                Arguments.of("/measures/0/annualCost", String.valueOf(MONEY_MAX),
                        String.valueOf(Limits.MONEY_BOUND), "/measures/0/annualCost", "円未満", "below"),
                Arguments.of("/measures/0/durationYears", "30", "31", "/measures/0/durationYears", "30 年以下",
                        "at most 30"),
                Arguments.of("/measures/0/earliestStart", "2100", "2101", "/measures/0/earliestStart", "2101",
                        "2101"),
                Arguments.of("/measures/0/pinnedStart", "1989", "1988", "/measures/0/pinnedStart", "1988", "1988"),
                Arguments.of("/measures/0/indicators/1/targetYear", "2100", "20300",
                        "/measures/0/indicators/1/targetYear", "20300", "20300"),
                Arguments.of("/timeline/0/year", "1989", "1988", "/timeline/0/year", "1988", "1988"),
                Arguments.of("/criteria/1/scale", "{\"min\":0,\"max\":100}", "{\"min\":0,\"max\":101}",
                        "/criteria/1/scale", "102 段階", "102 levels"),
                Arguments.of("/criteria/1/scale", "{\"min\":-50,\"max\":50}",
                        "{\"min\":-2147483648,\"max\":2147483647}", "/criteria/1/scale", "101 段階まで",
                        "at most 101 levels"),
                Arguments.of("/criteria/0/weight", "1000000000", "1000000000.5", "/criteria/0/weight", "1000000000",
                        "1000000000"),
                Arguments.of("/scenarios/0/weights/cost", "1000000000", "1e300", "/scenarios/0/weights/cost",
                        "大きすぎます", "too large"),
                Arguments.of("/weighting/judgments/0/value", "9", "9.5", "/weighting/judgments/0/value", "1/9～9",
                        "1/9 to 9"),
                Arguments.of("/weighting/judgments/0/value", "0.1111111111", "0.11", "/weighting/judgments/0/value",
                        "1/9～9", "1/9 to 9"),
                Arguments.of("/title", quoted("題".repeat(Limits.SHORT_TEXT_LENGTH)), tooLongTitle, "/title",
                        "4001 文字", "4001 characters"),
                Arguments.of("/measures/0/description", quoted("説".repeat(Limits.LONG_TEXT_LENGTH)),
                        quoted("説".repeat(Limits.LONG_TEXT_LENGTH + 1)), "/measures/0/description", "30000 文字まで",
                        "at most 30000 characters"),
                Arguments.of("/pillars/1/id", quoted("p".repeat(Limits.CODE_LENGTH)),
                        quoted("p".repeat(Limits.CODE_LENGTH + 1)), "/pillars/1/id", "201 文字", "201 characters"),
                Arguments.of("/tiers/0/name", quoted("S".repeat(Limits.CODE_LENGTH)),
                        quoted("S".repeat(Limits.CODE_LENGTH + 1)), "/tiers/0/name", "200 文字まで", "at most 200"),
                Arguments.of("/measures/0/indicators/0/unit", quoted("人".repeat(Limits.CODE_LENGTH)),
                        quoted("人".repeat(Limits.CODE_LENGTH + 1)), "/measures/0/indicators/0/unit", "200 文字まで",
                        "at most 200"),
                Arguments.of("/criteria/0/scale/levels/1", quoted("段".repeat(Limits.SHORT_TEXT_LENGTH)),
                        quoted("段".repeat(Limits.SHORT_TEXT_LENGTH + 1)), "/criteria/0/scale/levels/1", "4000 文字まで",
                        "at most 4000"),
                Arguments.of("/raters/0/name", quoted("評".repeat(Limits.SHORT_TEXT_LENGTH)),
                        quoted("評".repeat(Limits.SHORT_TEXT_LENGTH + 1)), "/raters/0/name", "4001", "4001"),
                Arguments.of("/scenarios/0/name", quoted("案".repeat(Limits.SHORT_TEXT_LENGTH)),
                        quoted("案".repeat(Limits.SHORT_TEXT_LENGTH + 1)), "/scenarios/0/name", "4001", "4001"),
                Arguments.of("/rounds/0/title", quoted("回".repeat(Limits.SHORT_TEXT_LENGTH)),
                        quoted("回".repeat(Limits.SHORT_TEXT_LENGTH + 1)), "/rounds/0/title", "4001", "4001"),
                Arguments.of("/scores/0/note", quoted("理".repeat(Limits.LONG_TEXT_LENGTH)),
                        quoted("理".repeat(Limits.LONG_TEXT_LENGTH + 1)), "/scores/0/note", "30001", "30001"),
                Arguments.of("/rounds/0/scores/0/note", quoted("理".repeat(Limits.LONG_TEXT_LENGTH)),
                        quoted("理".repeat(Limits.LONG_TEXT_LENGTH + 1)), "/rounds/0/scores/0/note", "30001",
                        "30001"),
                // Characters: TAB, LF, CR and pairs pass; other C0 controls, lone surrogates and U+FFFF do not.
                Arguments.of("/title", "\"a\\tb\\r\\nc 😀\"", "\"a😀\\u0001b\"", "/title", "3 文字目",
                        "Character 3"),
                Arguments.of("/measures/0/description", "\"\\ud83d\\ude00\"", "\"ok\\ud83d\"",
                        "/measures/0/description", "U+D83D", "U+D83D"),
                Arguments.of("/measures/0/title", "\"\\u001f\\u0020\"".replace("\\u001f", "x"), "\"x\\u001fx\"",
                        "/measures/0/title", "U+001F", "U+001F"),
                Arguments.of("/cases/0/summary", "\"\\ufffd\"", "\"\\uffff\"", "/cases/0/summary", "U+FFFF",
                        "U+FFFF"),
                Arguments.of("/scores/0/note", "\"\\t\"", "\"\\u0000\"", "/scores/0/note", "U+0000", "U+0000"),
                Arguments.of("/measures/0/dependsOn", "[]", "[" + quoted("x".repeat(Limits.CODE_LENGTH + 1)) + "]",
                        "/measures/0/dependsOn/0", "201 文字", "201 characters"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("overTheLimit")
    void aValueAtTheLimitIsAcceptedAndOneBeyondIsRefusedWhereItIs(String pointer, String within, String beyond,
            String at, String japanese, String english) throws Exception {
        new PlanJson(Locale.JAPANESE).read(with(pointer, within), "plan.json");

        InvalidPlanException ja = catchThrowableOfType(InvalidPlanException.class,
                () -> new PlanJson(Locale.JAPANESE).read(with(pointer, beyond), "plan.json"));
        assertThat(ja).as(beyond.length() > 200 ? pointer : beyond).isNotNull();
        assertThat(ja.pointer()).isEqualTo(at);
        assertThat(ja.problem()).contains(japanese);
        InvalidPlanException en = catchThrowableOfType(InvalidPlanException.class,
                () -> new PlanJson(Locale.ENGLISH).read(with(pointer, beyond), "plan.json"));
        assertThat(en.pointer()).isEqualTo(at);
        assertThat(en.problem()).contains(english);
        // The message quotes no text of thousands of characters back.
        assertThat(en.getMessage().length()).isLessThan(400);
    }

    @Test
    void aDurationBeyondTheIntegersIsRefusedNotWrappedRound() throws Exception {
        // 2^32 + 1 would wrap to 1 when cast to int.
        assertThatThrownBy(() -> new PlanJson(Locale.ENGLISH).read(with("/measures/0/durationYears", "4294967297"),
                "plan.json")).isInstanceOf(InvalidPlanException.class)
                .hasMessageContaining("/measures/0/durationYears").hasMessageContaining("4294967297");
    }

    @Test
    void theCostsOfAllMeasuresTogetherStayBelowTheirBound() {
        Plan fixture = PlanFixtures.rich();
        long oneMeasure = MONEY_MAX + MONEY_MAX * Limits.MAX_PERIOD_YEARS;
        int within = (int) (Limits.TOTAL_COST_BOUND / oneMeasure);
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < within; i++) {
            measures.add(Measure.of("M" + i, "S1", "高価な施策").withCosts(MONEY_MAX, MONEY_MAX, Limits.MAX_PERIOD_YEARS));
        }
        Plan plan = fixture.withScores(List.of()).withRounds(List.of()).withMeasures(measures);
        PlanValidator validator = new PlanValidator(Locale.JAPANESE);
        assertThat(validator.validate(plan)).filteredOn(i -> i.pointer().startsWith("/measures")).isEmpty();

        measures.add(Measure.of("M" + within, "S1", "もう一つ").withCosts(MONEY_MAX, MONEY_MAX, 30));
        List<PlanIssue> issues = validator.validate(plan.withMeasures(measures));
        assertThat(issues).filteredOn(i -> i.pointer().equals("/measures")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("1000000000000000000 円"));
    }

    @Test
    void aCycleOfThousandsOfMeasuresIsNamedByItsFirstMembersAndItsLength() {
        List<Measure> measures = new ArrayList<>();
        int n = 5000;
        for (int i = 0; i < n; i++) {
            measures.add(Measure.of(String.format("M%04d", i), "S1", "施策")
                    .withDependsOn(List.of(String.format("M%04d", (i + 1) % n))));
        }
        Plan plan = PlanFixtures.rich().withScores(List.of()).withRounds(List.of()).withMeasures(measures);
        PlanIssue ja = new PlanValidator(Locale.JAPANESE).firstIssue(plan).orElseThrow();
        assertThat(ja.pointer()).isEqualTo("/measures/0/dependsOn");
        assertThat(ja.message()).contains("M0000 → M0001 → M0002 → M0003 → M0004 → …").contains("5000 件")
                .doesNotContain("M0005");
        PlanIssue en = new PlanValidator(Locale.ENGLISH).firstIssue(plan).orElseThrow();
        assertThat(en.message()).contains("5000 measures").hasSizeLessThan(200);

        // A short cycle is still named in full.
        List<Measure> three = List.of(Measure.of("A", "S1", "a").withDependsOn(List.of("B")),
                Measure.of("B", "S1", "b").withDependsOn(List.of("C")),
                Measure.of("C", "S1", "c").withDependsOn(List.of("A")));
        assertThat(new PlanValidator(Locale.ENGLISH).firstIssue(plan.withMeasures(three)).orElseThrow().message())
                .endsWith("A → B → C → A");
    }

    @Test
    void theBadCharacterRuleMatchesWhatXmlCanHold() {
        assertThat(PlanValidator.badCharacter("普通の文\t改行\r\n😀")).isEqualTo(-1);
        assertThat(PlanValidator.badCharacter("a\u007fb\u0085c")).as("DEL and C1 are XML characters").isEqualTo(-1);
        assertThat(PlanValidator.badCharacter("ab\u000b")).isEqualTo(2);
        assertThat(PlanValidator.badCharacter("\udc00a")).isEqualTo(0);
        assertThat(PlanValidator.badCharacter("a\ud800")).isEqualTo(1);
        assertThat(PlanValidator.badCharacter("\ufffe")).isEqualTo(0);
        String text = new String("\u0001".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(PlanValidator.badCharacter(text)).isZero();
    }

    @Test
    void everyIssueOfALimitIsListedNotOnlyTheFirst() throws Exception {
        byte[] content = with("/fiscalYears", "{\"start\":1900,\"end\":3000}");
        Plan plan = new PlanReader(new IoMessages(Locale.ENGLISH)).read(PlanJson.MAPPER.readTree(content));
        List<String> pointers = new PlanValidator(Locale.ENGLISH).validate(plan).stream().map(PlanIssue::pointer)
                .toList();
        assertThat(pointers).startsWith("/fiscalYears/start", "/fiscalYears/end");
        JsonNode unused = PlanJson.MAPPER.readTree(content);
        assertThat(unused.at("/fiscalYears/end").asInt()).isEqualTo(3000);
    }
}
