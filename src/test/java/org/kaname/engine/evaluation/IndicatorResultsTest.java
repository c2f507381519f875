package org.kaname.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.model.FiscalYears;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorKind;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/** Targets by year, the final target standing in, and grades, computed by hand. */
class IndicatorResultsTest {
    /** 書かない窓口 導入区数: up from 5 (2025) to 23 (2030), 14 in 2028 on the way. */
    static final Indicator WINDOWS = new Indicator("S2-KPI-2", IndicatorKind.KPI_OUTPUT, "書かない窓口導入区数",
            "23（100%）", "区", "各区への調査", 2030, IndicatorDirection.UP, 5.0, 2025,
            List.of(new IndicatorTarget(2028, 14, false), new IndicatorTarget(2030, 23, true)),
            List.of(IndicatorActual.of(2027, 9), IndicatorActual.of(2028, 13)));
    static final Indicator SATISFACTION = new Indicator(IndicatorKind.KPI_OUTCOME, "満足度", "85以上", "%", "調査",
            null).withId("S2-KPI-1");

    static Plan plan() {
        MeasureGroup s2 = new MeasureGroup("S2", null, "支援策②", "", List.of(SATISFACTION, WINDOWS), List.of());
        return Plan.empty("t", new FiscalYears(2026, 2030))
                .withStructure(List.of(), List.of(s2), List.of(Measure.of("S2-1", "S2", "窓口")));
    }

    @Test
    void aYearWithItsOwnTargetIsMeasuredAgainstIt() {
        // 2028: (13 − 5) / (14 − 5) = 8 / 9 = 0.888…, grade B (≥ 0.8).
        IndicatorResult r = IndicatorResults.forYear(plan(), 2028).get(1);
        assertThat(r.indicatorId()).isEqualTo("S2-KPI-2");
        assertThat(r.owner()).isEqualTo("S2");
        assertThat(r.target()).isEqualTo(14.0);
        assertThat(r.hasTargetForYear()).isTrue();
        assertThat(r.achievement().getAsDouble()).isCloseTo(8.0 / 9.0, within(1e-12));
        assertThat(r.grade()).contains("B");
    }

    @Test
    void aYearWithoutATargetIsMeasuredAgainstTheFinalOne() {
        // 2027: (9 − 5) / (23 − 5) = 4 / 18 = 0.222…, grade C.
        IndicatorResult r = IndicatorResults.forYear(plan(), 2027).get(1);
        assertThat(r.target()).isEqualTo(23.0);
        assertThat(r.hasTargetForYear()).isFalse();
        assertThat(r.achievement().getAsDouble()).isCloseTo(4.0 / 18.0, within(1e-12));
        assertThat(r.grade()).contains("C");
    }

    @Test
    void noActualOrATextOnlyIndicatorHasNoAchievement() {
        List<IndicatorResult> y2030 = IndicatorResults.forYear(plan(), 2030);
        assertThat(y2030.get(0).target()).isNull();
        assertThat(y2030.get(0).achievement()).isEmpty();
        assertThat(y2030.get(0).grade()).isEmpty();
        assertThat(y2030.get(1).actual()).isNull();
        assertThat(y2030.get(1).achievement()).isEmpty();
    }

    @Test
    void theTrendHasEveryYearWithATargetOrAnActual() {
        List<IndicatorResult> trend = IndicatorResults.trend(plan(), "S2-KPI-2");
        assertThat(trend).extracting(IndicatorResult::year).containsExactly(2027, 2028, 2030);
        assertThat(trend).extracting(IndicatorResult::actual).containsExactly(9.0, 13.0, null);
        assertThat(IndicatorResults.trend(plan(), "nope")).isEmpty();
        assertThat(IndicatorResults.find(plan(), "S2-KPI-1").orElseThrow().indicator()).isEqualTo(SATISFACTION);
    }
}
