package org.kaname.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.model.Evaluation;
import org.kaname.model.FiscalYears;
import org.kaname.model.FollowUp;
import org.kaname.model.FutureDirection;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorKind;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/** A measure's grade from its indicators (or its support measure's), and the evaluator's override. */
class MeasureGradesTest {
    static Indicator up(String id, double target, double actual) {
        return new Indicator(id, IndicatorKind.KPI_OUTPUT, id, "", "件", "", null, IndicatorDirection.UP, null, null,
                List.of(new IndicatorTarget(2027, target, true)), List.of(IndicatorActual.of(2027, actual)));
    }

    static Plan plan() {
        // Own indicators of M1: 150/100 = 1.5 (capped to 1.0) and 60/100 = 0.6: mean 0.8 → B.
        // Without the cap the mean would be 1.05 → A: one indicator's overshoot would hide the other's shortfall.
        Measure m1 = Measure.of("M1", "G", "一").withIndicators(List.of(up("M1-KPI-1", 100, 150),
                up("M1-KPI-2", 100, 60)));
        // M2 has none: measured by its support measure G: 70 / 100 = 0.7 → C.
        Measure m2 = Measure.of("M2", "G", "二");
        MeasureGroup g = new MeasureGroup("G", null, "支援策", "", List.of(up("G-KGI-1", 100, 70)), List.of());
        return Plan.empty("t", new FiscalYears(2026, 2030)).withStructure(List.of(), List.of(g), List.of(m1, m2));
    }

    @Test
    void theMeanOfCappedAchievementsIsGraded() {
        MeasureGrade m1 = MeasureGrades.of(plan(), "M1", 2027);
        assertThat(m1.achievement().getAsDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(m1.derived()).contains("B");
        assertThat(m1.effective()).contains("B");
        assertThat(m1.overridden()).isFalse();
    }

    @Test
    void aMeasureWithoutIndicatorsIsMeasuredByItsSupportMeasure() {
        MeasureGrade m2 = MeasureGrades.forYear(plan(), 2027).get(1);
        assertThat(m2.measureId()).isEqualTo("M2");
        assertThat(m2.achievement().getAsDouble()).isCloseTo(0.7, within(1e-12));
        assertThat(m2.derived()).contains("C");
    }

    @Test
    void anOverrideIsTheEffectiveGradeAndTheDerivedOneIsKept() {
        Evaluation e = new Evaluation("M2", 2027, "B", "国の制度変更で調査が遅れた", FutureDirection.CONTINUE, "継続", "",
                false);
        Plan p = plan().withFollowUp(FollowUp.NONE.withEvaluation(e));
        MeasureGrade m2 = MeasureGrades.of(p, "M2", 2027);
        assertThat(m2.derived()).contains("C");
        assertThat(m2.effective()).contains("B");
        assertThat(m2.overridden()).isTrue();
    }

    @Test
    void aYearWithoutActualsHasNoGrade() {
        MeasureGrade m1 = MeasureGrades.of(plan(), "M1", 2028);
        assertThat(m1.achievement()).isEmpty();
        assertThat(m1.effective()).isEmpty();
    }
}
