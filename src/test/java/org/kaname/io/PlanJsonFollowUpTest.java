package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.kaname.model.CostItem;
import org.kaname.model.Evaluation;
import org.kaname.model.FiscalYears;
import org.kaname.model.FollowUp;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorKind;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;

/**
 * The follow-up fields of issue 16 in the plan format: indicators with id, direction, baseline, targets and actuals;
 * costs by 年度; the plan's follow-up. Every field survives the file, old files read as before (with ids given), and
 * each rule of the validator names where the problem is.
 */
class PlanJsonFollowUpTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final PlanJson json = new PlanJson(Locale.ENGLISH);

    // --- round trip ------------------------------------------------------------------------------------------

    @Test
    void everyNewFieldReadsBackEqualAndRewritesIdentically() throws Exception {
        Plan plan = PlanFixtures.followUp();
        assertThat(new PlanValidator(Locale.ENGLISH).validate(plan)).isEmpty();
        String text = json.write(plan);
        Plan back = json.read(text.getBytes(StandardCharsets.UTF_8), "follow-up.json");
        assertThat(back).isEqualTo(plan);
        assertThat(json.write(back)).isEqualTo(text);
        // What the fixture holds, so that the equality above covers every field.
        assertThat(back.followUp().evaluations()).hasSize(4);
        assertThat(back.measures().get(0).yearCosts()).hasSize(2);
        assertThat(back.groups().get(0).indicators().get(0).actuals().get(0).date()).hasToString("2028-05-31");
    }

    @Test
    void newFieldsAreWrittenInTheDocumentedShapeAndOrder() throws Exception {
        JsonNode written = MAPPER.readTree(json.write(PlanFixtures.followUp()));
        assertThat(compact(written.at("/groups/0/indicators/0"))).isEqualTo("{\"id\":\"S1-KGI-1\",\"kind\":\"KGI\","
                + "\"name\":\"リーダー配置率\",\"target\":\"100\",\"unit\":\"%\",\"method\":\"人事データ\","
                + "\"targetYear\":2030,\"baseline\":{\"value\":62.5,\"year\":2025},"
                + "\"targets\":[{\"year\":2027,\"value\":80},{\"year\":2030,\"value\":100,\"final\":true}],"
                + "\"actuals\":[{\"year\":2027,\"value\":75.5,\"date\":\"2028-05-31\",\"source\":\"人事課\","
                + "\"note\":\"4月1日現在\\n\\\"速報値\\\"\"},{\"year\":2028,\"value\":90}]}");
        assertThat(compact(written.at("/groups/0/indicators/1"))).isEqualTo("{\"id\":\"S1-OVERTIME\","
                + "\"kind\":\"KPI_OUTCOME\",\"name\":\"超過勤務時間\",\"unit\":\"時間\",\"method\":\"勤怠システム\","
                + "\"direction\":\"down\",\"baseline\":{\"value\":1200},\"targets\":[{\"year\":2030,\"value\":900.25}],"
                + "\"actuals\":[{\"year\":2027,\"value\":0}]}");
        assertThat(compact(written.at("/measures/0/indicators/0"))).isEqualTo("{\"id\":\"S1-1-KPI-1\","
                + "\"kind\":\"KPI_OUTPUT\",\"name\":\"受講者数\",\"target\":\"200\",\"unit\":\"人\","
                + "\"direction\":\"reach\",\"baseline\":{\"year\":2024},"
                + "\"targets\":[{\"year\":2028,\"value\":200,\"final\":true}]}");
        // A qualitative indicator stays text only.
        assertThat(compact(written.at("/measures/0/indicators/2")))
                .isEqualTo("{\"id\":\"S1-1-KSI-1\",\"kind\":\"KSI\",\"name\":\"上司の理解\",\"method\":\"アンケート\"}");
        // Years in order whatever the order given; zeros left out.
        assertThat(compact(written.at("/measures/0/yearCosts"))).isEqualTo("[{\"year\":2027,"
                + "\"projectCost\":30000000,\"breakdown\":[{\"name\":\"委託料\",\"amount\":25000000},"
                + "{\"name\":\"備品購入費\",\"amount\":5000000}],\"staffYears\":1.5,\"national\":10000000,"
                + "\"prefectural\":2500000},{\"year\":2028,\"projectCost\":5000000,\"staffYears\":0.25,\"other\":1000}]");
        assertThat(fieldNames(written.at("/measures/0"))).containsSubsequence("durationYears", "yearCosts",
                "earliestStart");
        assertThat(compact(written.at("/followUp"))).isEqualTo("{\"personnelRate\":8000000,"
                + "\"gradeRule\":{\"steps\":[{\"grade\":\"S\",\"from\":1.2},{\"grade\":\"A\",\"from\":1},"
                + "{\"grade\":\"B\",\"from\":0.6}],\"lowest\":\"C\"},"
                + "\"evaluations\":[{\"measure\":\"S1-1\",\"year\":2027,\"grade\":\"A\","
                + "\"gradeReason\":\"把握が遅れたが実態は達成\",\"direction\":\"continue\","
                + "\"directionReason\":\"研修を続ける\",\"comment\":\"次年度は受講者を増やす\"},"
                + "{\"measure\":\"S1-4\",\"year\":2027,\"direction\":\"complete\",\"directionReason\":\"体制が整った\"},"
                + "{\"measure\":\"S1-4\",\"year\":2028,\"direction\":\"improve\",\"reopened\":true},"
                + "{\"measure\":\"S2-1\",\"year\":2027,\"comment\":\"評価は翌年度\"}]}");
        List<String> top = fieldNames(written);
        assertThat(top.get(top.size() - 1)).isEqualTo("followUp");
    }

    @Test
    void theFollowUpLeavesOutWhatIsAtItsDefault() throws Exception {
        Plan plan = PlanFixtures.rich();
        assertThat(json.write(plan.withFollowUp(FollowUp.NONE))).isEqualTo(json.write(plan))
                .doesNotContain("followUp");
        JsonNode rateOnly = MAPPER.readTree(json.write(plan.withFollowUp(FollowUp.NONE.withPersonnelRate(7_500_000))));
        assertThat(compact(rateOnly.at("/followUp"))).isEqualTo("{\"personnelRate\":7500000}");
        JsonNode ruleOnly = MAPPER.readTree(json.write(plan.withFollowUp(FollowUp.NONE.withGradeRule(
                new GradeRule(List.of(), "—")))));
        assertThat(compact(ruleOnly.at("/followUp"))).isEqualTo("{\"gradeRule\":{\"lowest\":\"—\"}}");
        assertThat(json.read(MAPPER.writeValueAsBytes(ruleOnly), "rule.json").followUp().gradeRule())
                .isEqualTo(new GradeRule(List.of(), "—"));
    }

    @Test
    void aPlanWithoutTheNewFieldsIsWrittenExactlyAsBefore() {
        // An indicator as older versions held it (no id, no numbers) and a measure in the simple cost form.
        Plan plan = Plan.empty("計画", new FiscalYears(2026, 2030))
                .withMeasures(List.of(Measure.of("M1", null, "施策").withIndicators(List.of(
                        new Indicator(IndicatorKind.KGI, "利用率", "50以上", "%", "調査", 2030)))));
        String expected = "  \"measures\": [\n"
                + "    {\n"
                + "      \"id\": \"M1\",\n"
                + "      \"title\": \"施策\",\n"
                + "      \"initialCost\": 0,\n"
                + "      \"annualCost\": 0,\n"
                + "      \"durationYears\": 1,\n"
                + "      \"indicators\": [\n"
                + "        {\n"
                + "          \"kind\": \"KGI\",\n"
                + "          \"name\": \"利用率\",\n"
                + "          \"target\": \"50以上\",\n"
                + "          \"unit\": \"%\",\n"
                + "          \"method\": \"調査\",\n"
                + "          \"targetYear\": 2030\n"
                + "        }\n"
                + "      ]\n"
                + "    }\n"
                + "  ]\n"
                + "}\n";
        assertThat(json.write(plan)).endsWith(expected);
    }

    // --- old files -------------------------------------------------------------------------------------------

    /** The sample plan as commit 089dcd3 had it, before indicators had ids. */
    private static byte[] oldPlan() throws Exception {
        try (InputStream in = PlanJsonFollowUpTest.class.getResourceAsStream("/org/kaname/io/old-plan-089dcd3.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void anOldFileGetsIdsAndIsOtherwiseReadUnchanged() throws Exception {
        Plan plan = json.read(oldPlan(), "old.json");
        List<String> ids = new ArrayList<>();
        plan.groups().forEach(g -> g.indicators().forEach(i -> ids.add(i.id())));
        plan.measures().forEach(m -> m.indicators().forEach(i -> ids.add(i.id())));
        // Per owner and code; outcome and output KPIs share the code KPI.
        assertThat(ids).containsExactly("S1-KGI-1", "S1-KSI-1", "S1-KPI-1", "S1-KPI-2",
                "S2-KGI-1", "S2-KSI-1", "S2-KPI-1", "S2-KPI-2",
                "S3-KGI-1", "S3-KSI-1", "S3-KPI-1", "S3-KPI-2");

        // Without the ids, the plan is the one the file maps to, field for field.
        Plan mapped = new PlanReader(new IoMessages(Locale.ENGLISH)).read(MAPPER.readTree(oldPlan()));
        assertThat(withoutIds(plan)).isEqualTo(mapped);
        assertThat(plan.followUp()).isEqualTo(FollowUp.NONE);
        assertThat(plan.measures()).allSatisfy(m -> assertThat(m.yearCosts()).isEmpty());
        plan.groups().forEach(g -> g.indicators().forEach(i -> {
            assertThat(i.isNumeric()).as(i.name()).isFalse();
            assertThat(i.actuals()).isEmpty();
        }));

        // Written again, it differs from the old text only by the ids.
        String again = json.write(plan);
        assertThat(again.lines().filter(l -> !l.strip().startsWith("\"id\": \"S")
                || !l.contains("-K")).toList())
                .isEqualTo(json.write(mapped).lines().toList());
    }

    @Test
    void idsAlreadyInAFileAreKeptAndNeverGivenTwice() throws Exception {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(oldPlan());
        // The second indicator of S1 already carries the id the first would get.
        ((ObjectNode) tree.at("/groups/0/indicators/1")).put("id", "S1-KGI-1");
        Plan plan = json.read(MAPPER.writeValueAsBytes(tree), "partly.json");
        assertThat(plan.groups().get(0).indicators()).extracting(Indicator::id)
                .containsExactly("S1-KGI-2", "S1-KGI-1", "S1-KPI-1", "S1-KPI-2");
    }

    private static Plan withoutIds(Plan plan) {
        List<MeasureGroup> groups = plan.groups().stream().map(g -> new MeasureGroup(g.id(), g.pillar(), g.title(),
                g.purpose(), g.indicators().stream().map(i -> i.withId("")).toList(), g.evidence())).toList();
        List<Measure> measures = plan.measures().stream()
                .map(m -> m.withIndicators(m.indicators().stream().map(i -> i.withId("")).toList())).toList();
        return plan.withStructure(plan.pillars(), groups, measures);
    }

    // --- validation ------------------------------------------------------------------------------------------

    /** The issues of the follow-up fixture changed by {@code change}, as "pointer: message". */
    private static List<String> issues(UnaryOperator<Plan> change) {
        return new PlanValidator(Locale.ENGLISH).validate(change.apply(PlanFixtures.followUp())).stream()
                .map(i -> i.pointer() + ": " + i.message()).toList();
    }

    private static Plan withGroupIndicator(Plan p, UnaryOperator<Indicator> change) {
        MeasureGroup g = p.groups().get(0);
        List<Indicator> indicators = new ArrayList<>(g.indicators());
        indicators.set(0, change.apply(indicators.get(0)));
        List<MeasureGroup> groups = new ArrayList<>(p.groups());
        groups.set(0, new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(), indicators, g.evidence()));
        return p.withStructure(p.pillars(), groups, p.measures());
    }

    private static Plan withYearCost(Plan p, YearCost cost) {
        List<Measure> measures = new ArrayList<>(p.measures());
        measures.set(0, measures.get(0).withYearCosts(List.of(cost)));
        return p.withMeasures(measures);
    }

    private static Plan withEvaluations(Plan p, Evaluation... evaluations) {
        return p.withFollowUp(p.followUp().withEvaluations(List.of(evaluations)));
    }

    /** An evaluation with only a comment. */
    private static Evaluation comment(String measure, int year, String text) {
        return new Evaluation(measure, year, "", "", null, "", text, false);
    }

    private static IndicatorTarget target(int year, double value, boolean isFinal) {
        return new IndicatorTarget(year, value, isFinal);
    }

    @Test
    void indicatorIdsAreUniqueAcrossThePlan() {
        assertThat(issues(p -> {
            List<Measure> measures = new ArrayList<>(p.measures());
            Measure m = measures.get(0);
            List<Indicator> own = new ArrayList<>(m.indicators());
            own.set(1, own.get(1).withId("S1-KGI-1"));
            measures.set(0, m.withIndicators(own));
            return p.withMeasures(measures);
        })).containsExactly("/measures/0/indicators/1/id: Duplicate id \"S1-KGI-1\" (same as /groups/0/indicators/0/id).");
    }

    @Test
    void targetsAndActualsHaveOneEntryPerYearAndOneFinalTarget() {
        assertThat(issues(p -> withGroupIndicator(p, i -> i.withNumbers(i.direction(), i.baseline(),
                i.baselineYear(), List.of(target(2027, 80, false), target(2027, 90, true))))))
                .containsExactly("/groups/0/indicators/0/targets/1/year: Duplicate target for fiscal year 2027"
                        + " (same as /groups/0/indicators/0/targets/0/year). An indicator has one target per year.");
        assertThat(issues(p -> withGroupIndicator(p, i -> i.withNumbers(i.direction(), i.baseline(),
                i.baselineYear(), List.of(target(2027, 80, true), target(2030, 100, true))))))
                .containsExactly("/groups/0/indicators/0/targets/1/final: A second final target"
                        + " (/groups/0/indicators/0/targets/0/final is final too). Mark only one target as final.");
        assertThat(issues(p -> withGroupIndicator(p, i -> i.withActuals(List.of(IndicatorActual.of(2028, 1),
                IndicatorActual.of(2027, 2), IndicatorActual.of(2028, 3))))))
                .containsExactly("/groups/0/indicators/0/actuals/2/year: Duplicate actual for fiscal year 2028"
                        + " (same as /groups/0/indicators/0/actuals/0/year). An indicator has one actual per year.");
        assertThat(issues(p -> withGroupIndicator(p, i -> i.withNumbers(i.direction(), i.baseline(),
                i.baselineYear(), List.of()).withActuals(List.of()))))
                .as("a qualitative indicator with no targets and no actuals is fine").isEmpty();
    }

    @Test
    void everyYearIsAFiscalYearKanameHandles() {
        String range = " is outside the supported range (1989 to 2100).";
        assertThat(issues(p -> withGroupIndicator(p, i -> i.withNumbers(i.direction(), 1.0, 1988,
                List.of(target(2101, 1, true))).withActuals(List.of(IndicatorActual.of(1900, 1))))))
                .containsExactly("/groups/0/indicators/0/baseline/year: The fiscal year 1988" + range,
                        "/groups/0/indicators/0/targets/0/year: The fiscal year 2101" + range,
                        "/groups/0/indicators/0/actuals/0/year: The fiscal year 1900" + range);
        assertThat(issues(p -> withYearCost(p, YearCost.project(2200, 1))))
                .containsExactly("/measures/0/yearCosts/0/year: The fiscal year 2200" + range);
        assertThat(issues(p -> withEvaluations(p, comment("S1-1", 1800, "x"))))
                .containsExactly("/followUp/evaluations/0/year: The fiscal year 1800" + range);
    }

    @Test
    void numbersAreFinite() {
        assertThat(issues(p -> withGroupIndicator(p, i -> i.withNumbers(i.direction(), Double.NaN, null,
                i.targets())))).containsExactly("/groups/0/indicators/0/baseline/value: Not a number (NaN).");
        assertThat(issues(p -> p.withFollowUp(p.followUp().withGradeRule(new GradeRule(
                List.of(new GradeRule.Step("A", Double.POSITIVE_INFINITY)), "C")))))
                .containsExactly("/followUp/gradeRule/steps/0/from: Not a number (Infinity).");
    }

    @Test
    void moneyIsNotNegative() {
        assertThat(issues(p -> withYearCost(p, new YearCost(2027, -1, List.of(new CostItem("委託料", -2)), -0.5,
                -3, -4, -5)))).containsExactly(
                "/measures/0/yearCosts/0/projectCost: The cost of -1 yen is negative.",
                "/measures/0/yearCosts/0/breakdown/0/amount: The cost of -2 yen is negative.",
                "/measures/0/yearCosts/0/staffYears: The staff-years (人工) of -0.5 are negative.",
                "/measures/0/yearCosts/0/national: The cost of -3 yen is negative.",
                "/measures/0/yearCosts/0/prefectural: The cost of -4 yen is negative.",
                "/measures/0/yearCosts/0/other: The cost of -5 yen is negative.");
        assertThat(issues(p -> p.withFollowUp(p.followUp().withPersonnelRate(-8_000_000))))
                .containsExactly("/followUp/personnelRate: The personnel rate (単価) of -8000000 yen is negative.");
        assertThat(issues(p -> withYearCost(p, new YearCost(2027, 0, List.of(), 0, 0, 0, 0)).withFollowUp(
                p.followUp().withPersonnelRate(999_999_999_999_999L)))).isEmpty();
        assertThat(issues(p -> withYearCost(p, new YearCost(2027, 0, List.of(), 2, 0, 0, 0)).withFollowUp(
                p.followUp().withPersonnelRate(999_999_999_999_999L)))).containsExactly(
                "/measures/0/yearCosts/0/staffYears: The staff-years (人工) of 2 at the rate of 999999999999999 yen"
                        + " give a personnel cost that is too large. Amounts must be below 1000000000000000 yen.");
        assertThat(issues(p -> withYearCost(p, YearCost.project(2027, 1_000_000_000_000_000L))))
                .containsExactly("/measures/0/yearCosts/0/projectCost: The amount of 1000000000000000 yen is too"
                        + " large. Amounts must be below 1000000000000000 yen.");
        assertThat(issues(p -> {
            List<Measure> measures = new ArrayList<>(p.measures());
            measures.set(0, measures.get(0).withYearCosts(List.of(YearCost.project(2027, 1), YearCost.project(2027, 2))));
            return p.withMeasures(measures);
        })).containsExactly("/measures/0/yearCosts/1/year: Duplicate costs for fiscal year 2027 (same as"
                + " /measures/0/yearCosts/0/year). A measure has one entry of costs per year.");
    }

    @Test
    void theGradeRuleFallsFromStepToStepAndNamesEachGradeOnce() {
        assertThat(issues(p -> p.withFollowUp(p.followUp().withGradeRule(new GradeRule(
                List.of(new GradeRule.Step("A", 0.8), new GradeRule.Step("B", 1.0)), "C"))
                .withEvaluations(List.of())))).containsExactly("/followUp/gradeRule/steps: The grades must go from"
                + " the highest achievement threshold down to the lowest (A ≥ 0.8, B ≥ 1).");
        assertThat(issues(p -> p.withFollowUp(p.followUp().withGradeRule(new GradeRule(
                List.of(new GradeRule.Step("A", 1.0), new GradeRule.Step("", 0.5)), "A"))
                .withEvaluations(List.of())))).containsExactly(
                "/followUp/gradeRule/steps/1/grade: The name of a grade (A, B…) is empty.",
                "/followUp/gradeRule/lowest: Duplicate grade \"A\" (same as /followUp/gradeRule/steps/0/grade).");
    }

    @Test
    void evaluationsAreOfKnownMeasuresOncePerYearWithAGradeOfTheRuleAndItsReason() {
        assertThat(issues(p -> withEvaluations(p, comment("NOPE", 2027, "x"))))
                .containsExactly("/followUp/evaluations/0/measure: Refers to an unknown measure \"NOPE\".");
        assertThat(issues(p -> withEvaluations(p, comment("S1-1", 2027, "x"),
                comment("S1-4", 2027, "y"), comment("S1-1", 2027, "z"))))
                .containsExactly("/followUp/evaluations/2: Duplicate evaluation of measure \"S1-1\" for fiscal year"
                        + " 2027 (same as /followUp/evaluations/0). A measure has one evaluation per year.");
        assertThat(issues(p -> withEvaluations(p, new Evaluation("S1-1", 2027, "B", " ", null, "", "", false))))
                .containsExactly("/followUp/evaluations/0/gradeReason: The grade is overridden as \"B\" without a"
                        + " reason (gradeReason). Give the reason when you change the grade derived from the"
                        + " indicators.");
        assertThat(issues(p -> withEvaluations(p, new Evaluation("S1-1", 2027, "AA", "理由", null, "", "", false))))
                .containsExactly("/followUp/evaluations/0/grade: The grade \"AA\" is not a grade of the grade rule."
                        + " Grades: S, A, B, C");
        // The default rule's grades when the plan has no rule of its own.
        assertThat(issues(p -> p.withFollowUp(new FollowUp(0, null, List.of(
                new Evaluation("S1-1", 2027, "S", "理由", null, "", "", false))))))
                .containsExactly("/followUp/evaluations/0/grade: The grade \"S\" is not a grade of the grade rule."
                        + " Grades: A, B, C");
    }

    @Test
    void eachRuleIsWordedInJapaneseToo() {
        Plan plan = withEvaluations(PlanFixtures.followUp(), new Evaluation("S1-1", 2027, "B", "", null, "", "",
                false));
        assertThat(new PlanValidator(Locale.JAPANESE).validate(plan)).singleElement().satisfies(i -> {
            assertThat(i.pointer()).isEqualTo("/followUp/evaluations/0/gradeReason");
            assertThat(i.message()).isEqualTo("評価を \"B\" に変更した理由（gradeReason）がありません。"
                    + "指標から求めた評価を変えるときは理由を書いてください。");
        });
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** The problem reading the follow-up fixture's file changed by {@code change}, as "pointer: problem". */
    private String rejected(Consumer<ObjectNode> change) throws Exception {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(json.write(PlanFixtures.followUp()));
        change.accept(tree);
        byte[] bytes = MAPPER.writeValueAsBytes(tree);
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, () -> json.read(bytes, "p.json"));
        assertThat(e).as("refused").isNotNull();
        return e.pointer() + ": " + e.problem();
    }

    private static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    @Test
    void theShapeOfTheNewFieldsIsCheckedWhereItIs() throws Exception {
        assertThat(rejected(t -> at(t, "/groups/0/indicators/0/actuals/0").put("date", "2028/05/31")))
                .isEqualTo("/groups/0/indicators/0/actuals/0/date: Cannot read the date \"2028/05/31\". Write it"
                        + " in ISO-8601 form (e.g. 2028-05-31).");
        assertThat(rejected(t -> at(t, "/groups/0/indicators/0").put("direction", "UP")))
                .isEqualTo("/groups/0/indicators/0/direction: Unknown value \"UP\". Allowed values: up, down, reach");
        assertThat(rejected(t -> at(t, "/followUp/evaluations/0").put("direction", "stop")))
                .isEqualTo("/followUp/evaluations/0/direction: Unknown value \"stop\". Allowed values: expand,"
                        + " continue, improve, reduce, abolish, complete");
        assertThat(rejected(t -> at(t, "/groups/0/indicators/0/targets/0").remove("value")))
                .isEqualTo("/groups/0/indicators/0/targets/0/value: A required field is missing.");
        assertThat(rejected(t -> at(t, "/groups/0/indicators/0/targets/0").put("value",
                new java.math.BigDecimal("1e400")))).isEqualTo("/groups/0/indicators/0/targets/0/value: The number"
                + " is too large to handle.");
        assertThat(rejected(t -> at(t, "/measures/0/yearCosts/0").put("staffYears", "1.5")))
                .isEqualTo("/measures/0/yearCosts/0/staffYears: Expected a number, found the string \"1.5\".");
        assertThat(rejected(t -> at(t, "/followUp/gradeRule").remove("lowest")))
                .isEqualTo("/followUp/gradeRule/lowest: A required field is missing.");
        assertThat(rejected(t -> at(t, "/followUp/evaluations/2").put("reopened", "yes")))
                .isEqualTo("/followUp/evaluations/2/reopened: Expected a boolean, found the string \"yes\".");
        assertThat(rejected(t -> ((ArrayNode) t.at("/followUp/evaluations")).addObject().put("measure", "S1-1")
                .put("year", 2027))).startsWith("/followUp/evaluations/4: Duplicate evaluation");
    }

    // --- schema ----------------------------------------------------------------------------------------------

    @Test
    void theNewFieldsAreDeclaredInTheSchema() throws Exception {
        JsonNode schema = MAPPER.readTree(Files.readString(Path.of("docs/plan-format.schema.json")));
        JsonNode written = MAPPER.readTree(json.write(PlanFixtures.followUp()));
        List<String> problems = new ArrayList<>();
        PlanFormatSchemaTest.check(schema, schema, written, "", problems);
        assertThat(problems).isEmpty();
        at((ObjectNode) written, "/followUp/evaluations/0").put("score", 3);
        at((ObjectNode) written, "/measures/0/yearCosts/0").remove("year");
        PlanFormatSchemaTest.check(schema, schema, written, "", problems);
        assertThat(problems).containsExactlyInAnyOrder("undeclared /followUp/evaluations/0/score",
                "missing /measures/0/yearCosts/0/year");
    }

    private static String compact(JsonNode node) throws Exception {
        return MAPPER.writeValueAsString(node);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
