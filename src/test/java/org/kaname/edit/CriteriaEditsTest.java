package org.kaname.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaname.model.Criterion;
import org.kaname.model.FiscalYears;
import org.kaname.model.Judgment;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;
import org.kaname.model.Score;
import org.kaname.model.Weighting;
import org.kaname.model.WeightingMethod;

/** The pure criteria functions: every reference to a criterion stays consistent. */
class CriteriaEditsTest {
    private static Plan plan(Weighting weighting) {
        List<Criterion> criteria = List.of(
                new Criterion("a", "A", "", 50, null, null),
                new Criterion("b", "B", "", 30, null, null),
                new Criterion("c", "C", "", 20, null, null));
        Plan p = Plan.empty("t", new FiscalYears(2026, 2028)).withCriteria(criteria).withWeighting(weighting);
        return p.withScores(List.of(Score.of("m1", "a", "r", 3), Score.of("m1", "b", "r", 4),
                        Score.of("m2", "b", "r", 2)))
                .withScenarios(List.of(new Scenario("s", Map.of("a", 1.0, "b", 2.0, "c", 3.0))));
    }

    @Test
    void removingACriterionDropsItsScoresFromWorkshopRoundsTooSoThePlanStaysValid() {
        Plan base = plan(Weighting.DIRECT).withRatersAndScores(List.of(new org.kaname.model.Rater("r", "R")), List.of())
                .withStructure(List.of(new org.kaname.model.Pillar("p", "P", "")),
                        List.of(new org.kaname.model.MeasureGroup("g", "p", "G", "", null, null)),
                        List.of(org.kaname.model.Measure.of("m1", "g", "M1")));
        java.time.Instant t = java.time.Instant.parse("2026-11-28T01:00:00Z");
        Plan round = org.kaname.engine.workshop.Rounds.open(base, "1", List.of("m1"), List.of("r"), false, false, t);
        round = org.kaname.engine.workshop.Rounds.enter(round, "m1", "a", "r", 3.0, "", t);
        round = org.kaname.engine.workshop.Rounds.enter(round, "m1", "b", "r", 4.0, "", t);
        Plan after = CriteriaEdits.remove(round, "b");
        assertThat(after.rounds().get(0).scores()).extracting(Score::criterion).containsExactly("a");
        assertThat(new org.kaname.io.PlanValidator(java.util.Locale.ENGLISH).validate(after)).isEmpty();
    }

    @Test
    void removingACriterionDropsEveryMentionOfIt() {
        Weighting w = new Weighting(WeightingMethod.AHP, List.of(new Judgment("a", "b", 3),
                new Judgment("b", "c", 2), new Judgment("c", "a", 0.5)), List.of("b", "a", "c"),
                Map.of("b", 100.0, "a", 50.0, "c", 10.0));
        Plan after = CriteriaEdits.remove(plan(w), "b");
        assertThat(after.criteria()).extracting(Criterion::id).containsExactly("a", "c");
        assertThat(after.scores()).extracting(Score::criterion).containsExactly("a");
        assertThat(after.weighting().judgments()).containsExactly(new Judgment("c", "a", 0.5));
        assertThat(after.weighting().ranking()).containsExactly("a", "c");
        assertThat(after.weighting().points()).containsOnlyKeys("a", "c");
        assertThat(after.scenarios().get(0).weights()).containsOnlyKeys("a", "c");
        // AHP with one judgment c:a = 1/2 → a is twice c: 2/3 and 1/3, stored in percent.
        assertThat(after.criteria().get(0).weight()).isCloseTo(66.6667, within(1e-3));
        assertThat(after.criteria().get(1).weight()).isCloseTo(33.3333, within(1e-3));
    }

    @Test
    void addingUnderAhpJudgesTheNewCriterionEqualToEachOther() {
        Weighting w = new Weighting(WeightingMethod.AHP, List.of(new Judgment("a", "b", 1),
                new Judgment("b", "c", 1), new Judgment("a", "c", 1)), null, null);
        Plan after = CriteriaEdits.add(plan(w), new Criterion("d", "D", "", 10, null, null));
        assertThat(after.weighting().judgments()).contains(new Judgment("a", "d", 1), new Judgment("b", "d", 1),
                new Judgment("c", "d", 1)).hasSize(6);
        assertThat(after.criteria()).extracting(Criterion::weight).containsOnly(25.0);
    }

    @Test
    void addingUnderRocPutsTheNewCriterionLast() {
        Weighting w = new Weighting(WeightingMethod.ROC, null, List.of("c", "a", "b"), null);
        Plan after = CriteriaEdits.add(plan(w), new Criterion("d", "D", "", 10, null, null));
        assertThat(after.weighting().ranking()).containsExactly("c", "a", "b", "d");
        // ROC for 4: last = (1/4)/4 = 6.25 %.
        assertThat(after.criterion("d").orElseThrow().weight()).isCloseTo(6.25, within(1e-9));
    }

    @Test
    void moveSwapsNeighboursAndStopsAtTheEnds() {
        Plan p = plan(Weighting.DIRECT);
        assertThat(CriteriaEdits.move(p, "c", -1).criteria()).extracting(Criterion::id).containsExactly("a", "c", "b");
        assertThat(CriteriaEdits.move(p, "a", -1)).isEqualTo(p);
        assertThat(CriteriaEdits.move(p, "c", 1)).isEqualTo(p);
    }

    @Test
    void directPointsChangeOnlyThatCriterion() {
        Plan after = CriteriaEdits.setDirectPoints(plan(Weighting.DIRECT), "b", 70);
        assertThat(after.criteria()).extracting(Criterion::weight).containsExactly(50.0, 70.0, 20.0);
        assertThat(after.weighting().method()).isEqualTo(WeightingMethod.DIRECT);
    }

    @Test
    void newCriterionIdsSkipTakenOnes() {
        assertThat(AddCriterion.newId(plan(Weighting.DIRECT))).isEqualTo("c4");
    }
}
