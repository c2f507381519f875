package org.kaname.engine.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kaname.engine.workshop.WorkshopPlans.plan;
import static org.kaname.engine.workshop.WorkshopPlans.s;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.engine.ScoreStats;
import org.kaname.model.Plan;
import org.kaname.model.Scale;
import org.kaname.model.Score;

class DisagreementsTest {
    private static final Scale ONE_TO_FIVE = Scale.of(1, 5, null);
    private static final Scale ZERO_TO_TEN = Scale.of(0, 10, null);

    /**
     * A q (1–5): 1, 5 → sd √8 = 2.828, relative 0.707, range 4/4 = 1, strong.
     * A w (0–10): 2, 4, 6 → sd 2, relative 0.2, range 0.4, not strong (needs range 5 or sd 2.5).
     * B q: 3, 3, 3 → 0. B w (0–10): 0, 5 → sd √12.5 = 3.536, relative 0.354, range 0.5, strong.
     * C q: one value, no spread. C w: 8, 8 → 0.
     */
    private static final Plan PLAN = plan(
            new Score("A", "q", "r2", 5, "essential", null), new Score("A", "q", "r1", 1, "not needed", null),
            s("A", "w", "r1", 2), s("A", "w", "r2", 4), s("A", "w", "r3", 6),
            s("B", "q", "r3", 3), s("B", "q", "r2", 3), s("B", "q", "r1", 3),
            s("B", "w", "r1", 0), s("B", "w", "r2", 5),
            s("C", "q", "r1", 4),
            s("C", "w", "r1", 8), s("C", "w", "r3", 8));

    @Test
    void cellsAreOrderedByRelativeSdSoBothScalesCompare() {
        List<CellSpread> spreads = Disagreements.of(PLAN);

        assertThat(spreads).extracting(c -> c.measureId() + c.criterionId())
                .containsExactly("Aq", "Bw", "Aw", "Bq", "Cw"); // the last two tie at 0: plan order
        assertThat(spreads.get(0).relativeSd()).isCloseTo(Math.sqrt(8) / 4, within(1e-12));
        assertThat(spreads.get(0).relativeRange()).isEqualTo(1.0);
        assertThat(spreads.get(1).relativeSd()).isCloseTo(Math.sqrt(12.5) / 10, within(1e-12));
        assertThat(spreads.get(1).relativeRange()).isEqualTo(0.5);
        assertThat(spreads.get(2).stats().sd()).isCloseTo(2.0, within(1e-12));
        assertThat(spreads.get(2).relativeSd()).isCloseTo(0.2, within(1e-12));
        assertThat(spreads.get(2).relativeRange()).isCloseTo(0.4, within(1e-12));
        assertThat(spreads).extracting(CellSpread::strong).containsExactly(true, true, false, false, false);
    }

    @Test
    void ofPlanUsesThePlansScores() {
        assertThat(Disagreements.of(PLAN)).isEqualTo(Disagreements.of(PLAN, PLAN.scores()));
    }

    @Test
    void theExtremesCarryTheirRatersNamesAndRationales() {
        CellSpread top = Disagreements.of(PLAN).get(0);
        assertThat(top.lowest()).isEqualTo(new RaterValue("r1", "Aoki", 1, "not needed"));
        assertThat(top.highest()).isEqualTo(new RaterValue("r2", "Baba", 5, "essential"));
        assertThat(top.stats().count()).isEqualTo(2);
        assertThat(top.stats().mean()).isEqualTo(3.0);
    }

    @Test
    void valuesAscendWithTiesInRaterOrder() {
        CellSpread bq = Disagreements.of(PLAN).stream().filter(c -> c.measureId().equals("B")
                && c.criterionId().equals("q")).findFirst().orElseThrow();
        assertThat(bq.values()).extracting(RaterValue::raterId).containsExactly("r1", "r2", "r3");
        CellSpread aw = Disagreements.of(PLAN).get(2);
        assertThat(aw.values()).extracting(RaterValue::value).containsExactly(2.0, 4.0, 6.0);
    }

    @Test
    void equalRelativeSdIsBrokenByTheWiderRange() {
        // A q: 2, 4 → sd √2, range 2. B q: 1, 3, 3, 3, 5 → squares 8 / 4 → sd √2 as well, but range 4.
        Plan plan = plan(s("A", "q", "r1", 2), s("A", "q", "r2", 4),
                s("B", "q", "r1", 1), s("B", "q", "r2", 3), s("B", "q", "r3", 3), s("B", "q", "x4", 3),
                s("B", "q", "x5", 5));
        List<CellSpread> spreads = Disagreements.of(plan);
        assertThat(spreads).extracting(CellSpread::measureId).containsExactly("B", "A");
        assertThat(spreads.get(0).relativeSd()).isEqualTo(spreads.get(1).relativeSd());
        // A rater the plan does not know is shown by id.
        assertThat(spreads.get(0).values()).extracting(RaterValue::name).contains("x4", "x5");
    }

    @Test
    void roundScoresOnMeasuresNoLongerInThePlanAreLeftOut() {
        List<CellSpread> spreads = Disagreements.of(PLAN, List.of(s("Z", "q", "r1", 1), s("Z", "q", "r2", 5),
                s("A", "q", "r1", 2), s("A", "q", "r2", 3)));
        assertThat(spreads).extracting(CellSpread::measureId).containsExactly("A");
    }

    @Test
    void onOneToFiveARangeOfTwoOrAnSdOfOneIsStrong() {
        assertThat(Disagreements.isStrong(stats(2, 3, 5, 1.41), ONE_TO_FIVE)).isTrue();
        assertThat(Disagreements.isStrong(stats(3, 3, 4, 0.58), ONE_TO_FIVE)).isFalse();
        assertThat(Disagreements.isStrong(stats(4, 2.5, 4, 1.0), ONE_TO_FIVE)).isTrue();
        assertThat(Disagreements.isStrong(stats(4, 2.5, 3.9, 0.99), ONE_TO_FIVE)).isFalse();
    }

    @Test
    void theThresholdFollowsTheScale() {
        assertThat(Disagreements.isStrong(stats(3, 4, 6, 1.0), ZERO_TO_TEN)).isFalse();
        assertThat(Disagreements.isStrong(stats(3, 2, 7, 2.0), ZERO_TO_TEN)).isTrue();  // range 5
        assertThat(Disagreements.isStrong(stats(3, 3, 7, 2.5), ZERO_TO_TEN)).isTrue();  // sd 2.5
    }

    @Test
    void oneRaterOrNoneNeverDisagrees() {
        assertThat(Disagreements.isStrong(ScoreStats.NONE, ONE_TO_FIVE)).isFalse();
        assertThat(Disagreements.isStrong(stats(1, 1, 1, 0), ONE_TO_FIVE)).isFalse();
    }

    private static ScoreStats stats(int count, double min, double max, double sd) {
        return new ScoreStats(count, (min + max) / 2, (min + max) / 2, min, max, sd);
    }
}
