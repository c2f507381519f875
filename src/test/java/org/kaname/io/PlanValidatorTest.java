package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kaname.model.Budget;
import org.kaname.model.Criterion;
import org.kaname.model.FiscalYears;
import org.kaname.model.Judgment;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;
import org.kaname.model.Score;
import org.kaname.model.Weighting;
import org.kaname.model.WeightingMethod;

/** The validator on records, as the UI and the store use it: all issues, in document order. */
class PlanValidatorTest {
    private final PlanValidator ja = new PlanValidator(Locale.JAPANESE);
    private final PlanValidator en = new PlanValidator(Locale.ENGLISH);

    private static List<String> pointers(List<PlanIssue> issues) {
        return issues.stream().map(PlanIssue::pointer).toList();
    }

    private static Plan threeCriteria() {
        return Plan.empty("計画", new FiscalYears(2026, 2030)).withCriteria(List.of(
                new Criterion("a", "A", "", 1, null, null), new Criterion("b", "B", "", 1, null, null),
                new Criterion("c", "C", "", 1, null, null)));
    }

    @Test
    void richPlanHasNoIssues() {
        assertThat(ja.validate(PlanFixtures.rich())).isEmpty();
        assertThat(ja.validate(PlanFixtures.richSwing())).isEmpty();
    }

    @Test
    void emptyPlanIsValid() {
        assertThat(ja.validate(Plan.empty("新しい計画", new FiscalYears(2026, 2030)))).isEmpty();
    }

    @Test
    void returnsEveryIssueInDocumentOrder() {
        Plan plan = threeCriteria().withTitle(" ")
                .withCriteria(List.of(new Criterion("a", "A", "", -1, null, null),
                        new Criterion("a", "A2", "", 1, null, null)))
                .withMeasures(List.of(Measure.of("M1", "nope", "x").withCosts(-5, 0, 0)))
                .withScores(List.of(Score.of("M1", "zz", "r9", 3)));
        assertThat(pointers(en.validate(plan))).containsExactly("/title", "/criteria/0/weight", "/criteria/1/id",
                "/measures/0/group", "/measures/0/initialCost", "/measures/0/durationYears", "/scores/0/criterion",
                "/scores/0/rater");
    }

    @Test
    void nonFiniteNumbersInRecordsAreRejected() {
        Plan plan = threeCriteria()
                .withCriteria(List.of(new Criterion("a", "A", "", Double.NaN, null, null),
                        new Criterion("b", "B", "", 1, null, null)))
                .withMeasures(List.of(Measure.of("M", null, "m")))
                .withRatersAndScores(List.of(new org.kaname.model.Rater("r", "R")),
                        List.of(Score.of("M", "b", "r", Double.POSITIVE_INFINITY)))
                .withWeighting(new Weighting(WeightingMethod.AHP, List.of(new Judgment("a", "b", Double.NaN)),
                        null, null));
        List<PlanIssue> issues = en.validate(plan);
        assertThat(pointers(issues)).containsExactly("/criteria/0/weight", "/weighting/judgments/0/value",
                "/scores/0/value");
        assertThat(issues.get(0).message()).contains("Not a number", "NaN");
        assertThat(issues.get(2).message()).contains("Infinity");
    }

    @Test
    void ahpListsEveryMissingPairInCriteriaOrder() {
        Plan plan = threeCriteria().withWeighting(new Weighting(WeightingMethod.AHP, null, null, null));
        List<PlanIssue> issues = ja.validate(plan);
        assertThat(pointers(issues)).containsOnly("/weighting/judgments").hasSize(3);
        assertThat(issues.get(0).message()).contains("\"a\" と \"b\"");
        assertThat(issues.get(1).message()).contains("\"a\" と \"c\"");
        assertThat(issues.get(2).message()).contains("\"b\" と \"c\"");
    }

    @Test
    void ahpWithAllPairsInEitherDirectionIsComplete() {
        Plan plan = threeCriteria().withWeighting(new Weighting(WeightingMethod.AHP,
                List.of(new Judgment("b", "a", 2), new Judgment("a", "c", 5), new Judgment("c", "b", 0.25)),
                null, null));
        assertThat(ja.validate(plan)).isEmpty();
    }

    @Test
    void budgetGivenBothWaysCannotBeWrittenSoIsRejected() {
        Plan plan = threeCriteria().withBudget(new Budget(5L, new java.util.TreeMap<>(Map.of(2027, 3L))));
        assertThat(pointers(en.validate(plan))).containsExactly("/budgetPerYear");
        assertThat(en.validate(plan).get(0).message()).contains("both");
        Plan negative = threeCriteria().withBudget(Budget.byYear(Map.of(2027, -1L)));
        assertThat(pointers(en.validate(negative))).containsExactly("/budgetPerYear/2027");
    }

    @Test
    void pointerEscapesSlashAndTildeInKeys() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("a/b", 1.0);
        weights.put("x~y", 2.0);
        Plan plan = threeCriteria().withScenarios(List.of(new Scenario("s", weights)));
        assertThat(pointers(en.validate(plan))).containsExactly("/scenarios/0/weights/a~1b",
                "/scenarios/0/weights/x~0y");
    }

    @Test
    void scenarioWithoutWeightsIsAllZero() {
        Plan plan = threeCriteria().withScenarios(List.of(new Scenario("空", Map.of())));
        assertThat(pointers(ja.validate(plan))).containsExactly("/scenarios/0/weights");
    }

    @Test
    void rankingMayNotRepeatACriterion() {
        Plan plan = threeCriteria().withWeighting(new Weighting(WeightingMethod.ROC, null, List.of("a", "b", "a"),
                null));
        List<PlanIssue> issues = en.validate(plan);
        assertThat(pointers(issues)).containsExactly("/weighting/ranking/2");
        assertThat(issues.get(0).message()).contains("\"a\"", "/weighting/ranking/0");
    }

    @Test
    void requiredTextsMissingInRecordsAreReported() {
        Plan plan = threeCriteria().withMeasures(List.of(Measure.of("M", null, null), Measure.of(null, null, "t")));
        assertThat(pointers(ja.validate(plan))).containsExactly("/measures/0/title", "/measures/1/id");
    }

    @Test
    void scaleLevelsOutsideTheScaleAreReported() {
        Plan plan = threeCriteria().withCriteria(List.of(new Criterion("a", "A", "", 1, null,
                org.kaname.model.Scale.of(1, 3, Map.of(0, "x", 3, "y", 4, "z")))));
        assertThat(pointers(en.validate(plan))).containsExactly("/criteria/0/scale/levels/0",
                "/criteria/0/scale/levels/4");
    }

    @Test
    void messagesFollowTheLocale() {
        Plan plan = threeCriteria().withTitle("");
        assertThat(ja.validate(plan).get(0).message()).contains("計画の名前");
        assertThat(en.validate(plan).get(0).message()).isEqualTo("The plan title is missing or blank.");
        assertThat(new PlanValidator(Locale.FRENCH).validate(plan).get(0).message()).contains("計画の名前");
    }
}
