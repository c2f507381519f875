package org.kaname.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaname.edit.EditCheck.EN;
import static org.kaname.edit.EditCheck.JA;
import static org.kaname.edit.EditCheck.apply;
import static org.kaname.edit.EditCheck.refused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.ActualsTestPlans;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.Plan;

/** Actuals set many at once: one change, undone as one; unknown and qualitative indicators refused whole. */
class SetActualsTest {
    private final Plan plan = ActualsTestPlans.numeric();

    private static Indicator indicator(Plan p, String id) {
        return p.groups().stream().flatMap(g -> g.indicators().stream())
                .filter(i -> i.id().equals(id)).findFirst()
                .or(() -> p.measures().stream().flatMap(m -> m.indicators().stream())
                        .filter(i -> i.id().equals(id)).findFirst())
                .orElseThrow();
    }

    @Test
    void aWholeImportIsOneChangeThatReplacesAddsAndClears() throws Exception {
        IndicatorActual kgi = new IndicatorActual(2026, 52.5, LocalDate.of(2027, 4, 30), "庁内システム", "速報値");
        SetActuals edit = new SetActuals(List.of(
                SetActuals.Entry.of("G1-KGI-1", kgi),
                SetActuals.Entry.of("B01-KPI-1", IndicatorActual.of(2026, 95)),
                SetActuals.Entry.of("B03-KPI-1", IndicatorActual.of(2026, 8)),
                SetActuals.Entry.cleared("B03-KPI-1", 2026)), "実績.csv");
        Plan after = apply(plan, edit);
        assertThat(indicator(after, "G1-KGI-1").actuals()).containsExactly(kgi);
        assertThat(indicator(after, "B01-KPI-1").actuals()).containsExactly(IndicatorActual.of(2026, 95));
        // the later entry for the same indicator and 年度 wins: cleared
        assertThat(indicator(after, "B03-KPI-1").actuals()).isEmpty();
        assertThat(edit.resolve(plan).parts()).containsExactlyInAnyOrder(PlanPart.GROUPS, PlanPart.MEASURES);
        assertThat(JA.describe(edit)).isEqualTo("実績値を登録: 4 件（実績.csv）");
        assertThat(EN.describe(edit)).isEqualTo("Actuals set: 4 (実績.csv)");

        Plan cleared = apply(after, new SetActuals(List.of(SetActuals.Entry.cleared("B01-KPI-1", 2026))));
        assertThat(indicator(cleared, "B01-KPI-1").actuals()).isEmpty();
        assertThat(cleared.groups()).isSameAs(after.groups());
    }

    @Test
    void theSameActualAgainChangesNothing() throws Exception {
        Change none = new SetActuals(List.of(SetActuals.Entry.of("B01-KPI-1", IndicatorActual.of(2026, 90)),
                SetActuals.Entry.cleared("G1-KGI-1", 2028))).resolve(plan);
        assertThat(none.isEmpty()).isTrue();
    }

    @Test
    void unknownQualitativeAndOutOfPeriodActualsAreRefusedWhole() {
        IndicatorActual a = IndicatorActual.of(2026, 1);
        EditRefusedException unknown = refused(plan, new SetActuals(List.of(SetActuals.Entry.of("G1-KGI-1", a),
                SetActuals.Entry.of("X-KPI-9", a))), "unknownIndicator");
        assertThat(JA.refusal(unknown)).isEqualTo("指標「X-KPI-9」はこの計画にありません。");
        EditRefusedException qualitative = refused(plan,
                new SetActuals(List.of(SetActuals.Entry.of("B02-KSI-1", a))), "qualitativeActual");
        assertThat(JA.refusal(qualitative)).contains("B02-KSI-1", "研修体系への満足度", "定性的な指標");
        refused(plan, new SetActuals(List.of(SetActuals.Entry.of("G1-KGI-1", IndicatorActual.of(2031, 1)))),
                "outsideHorizon");
    }
}
