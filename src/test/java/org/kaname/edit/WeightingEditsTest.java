package org.kaname.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.model.Criterion;
import org.kaname.model.FiscalYears;
import org.kaname.model.Judgment;
import org.kaname.model.Plan;
import org.kaname.model.Weighting;
import org.kaname.model.WeightingMethod;

/** The pure weighting functions: switching methods keeps the weights, inputs complete stay. */
class WeightingEditsTest {
    private static Plan plan() {
        return Plan.empty("t", new FiscalYears(2026, 2028)).withCriteria(List.of(
                new Criterion("a", "A", "", 20, null, null),
                new Criterion("b", "B", "", 40, null, null),
                new Criterion("c", "C", "", 10, null, null)));
    }

    @Test
    void switchingToAhpStartsFromTheWeightRatiosOnSaatysScale() {
        Plan after = WeightingEdits.switchMethod(plan(), WeightingMethod.AHP);
        assertThat(after.weighting().method()).isEqualTo(WeightingMethod.AHP);
        // a/b = 0.5 → 1/2, a/c = 2, b/c = 4: a consistent matrix, so the weights are 2:4:1.
        assertThat(after.weighting().judgments()).containsExactly(new Judgment("a", "b", 0.5),
                new Judgment("a", "c", 2), new Judgment("b", "c", 4));
        assertThat(after.criteria()).extracting(Criterion::weight).satisfiesExactly(
                w -> assertThat(w).isCloseTo(200.0 / 7, within(1e-3)),
                w -> assertThat(w).isCloseTo(400.0 / 7, within(1e-3)),
                w -> assertThat(w).isCloseTo(100.0 / 7, within(1e-3)));
    }

    @Test
    void switchingToRocRanksByWeightAndStoresCentroidWeights() {
        Plan after = WeightingEdits.switchMethod(plan(), WeightingMethod.ROC);
        assertThat(after.weighting().ranking()).containsExactly("b", "a", "c");
        // ROC, n = 3: (1 + 1/2 + 1/3)/3, (1/2 + 1/3)/3, (1/3)/3.
        assertThat(after.criterion("b").orElseThrow().weight()).isCloseTo(100 * 11.0 / 18, within(1e-3));
        assertThat(after.criterion("a").orElseThrow().weight()).isCloseTo(100 * 5.0 / 18, within(1e-3));
        assertThat(after.criterion("c").orElseThrow().weight()).isCloseTo(100 * 2.0 / 18, within(1e-3));
    }

    @Test
    void swingStartsWithPointsRelativeToTheLargestWeightAndKeepsTheFirstAt100() {
        Plan swing = WeightingEdits.switchMethod(plan(), WeightingMethod.SWING);
        assertThat(swing.weighting().points()).containsEntry("b", 100.0).containsEntry("a", 50.0)
                .containsEntry("c", 25.0);
        Plan moved = WeightingEdits.moveInRanking(swing, "a", -1);
        assertThat(moved.weighting().ranking()).containsExactly("a", "b", "c");
        assertThat(moved.weighting().points()).containsEntry("a", 100.0);
        // a 100, b 100, c 25 → 100/225.
        assertThat(moved.criterion("a").orElseThrow().weight()).isCloseTo(100 * 100.0 / 225, within(1e-3));
        Plan pointed = WeightingEdits.setSwingPoints(moved, "c", 50);
        assertThat(pointed.criterion("c").orElseThrow().weight()).isCloseTo(20.0, within(1e-3));
    }

    @Test
    void setJudgmentReplacesThePairInEitherOrientationInPlace() {
        Plan ahp = WeightingEdits.switchMethod(plan(), WeightingMethod.AHP);
        Plan after = WeightingEdits.setJudgment(ahp, "b", "a", 3);
        assertThat(after.weighting().judgments()).containsExactly(new Judgment("b", "a", 3),
                new Judgment("a", "c", 2), new Judgment("b", "c", 4));
        assertThat(WeightingInputs.judgment(after, "a", "b").getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(WeightingInputs.judgment(after, "b", "a").getAsDouble()).isEqualTo(3.0);
        assertThat(WeightingInputs.judgment(after, "c", "c").getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void completeInputsAreKeptWhenSwitchingBack() {
        Plan ahp = WeightingEdits.setJudgment(WeightingEdits.switchMethod(plan(), WeightingMethod.AHP), "a", "b", 7);
        Plan direct = WeightingEdits.switchMethod(ahp, WeightingMethod.DIRECT);
        Plan again = WeightingEdits.switchMethod(direct, WeightingMethod.AHP);
        assertThat(again.weighting().judgments()).isEqualTo(ahp.weighting().judgments());
    }

    @Test
    void saatyValuesAndNearest() {
        assertThat(WeightingInputs.saatyValues()).hasSize(17).startsWith(1.0 / 9).endsWith(9.0);
        assertThat(WeightingInputs.nearestSaaty(2.9)).isEqualTo(3.0);
        assertThat(WeightingInputs.nearestSaaty(0.3)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(WeightingInputs.nearestSaaty(40)).isEqualTo(9.0);
        assertThat(WeightingInputs.effectiveRanking(plan())).containsExactly("b", "a", "c");
    }
}
