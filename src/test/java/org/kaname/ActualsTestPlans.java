package org.kaname;

import java.util.List;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorIds;
import org.kaname.model.IndicatorKind;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/**
 * {@link TestPlans#rich()} with numeric indicators, for actuals (実績値): G1-KGI-1 (%, up, 現状値 40 in 2025, targets
 * 60 in 2027 and 80 final in 2030), B01-KPI-1 (人, up, targets 100/150/200 final, actual 90 in 2026), B03-KPI-1
 * (日, down, 現状値 10 in 2025, final target 5 in 2030) and the qualitative B02-KSI-1 (no numbers).
 * Owners: B01 人事課, B02 情報政策課, B03 none; plan period 2026–2030.
 */
public final class ActualsTestPlans {
    private ActualsTestPlans() {
    }

    public static Plan numeric() {
        Plan rich = TestPlans.rich();
        List<MeasureGroup> groups = rich.groups().stream().map(g -> !g.id().equals("G1") ? g
                : new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(), g.indicators().stream()
                        .map(i -> i.withNumbers(IndicatorDirection.UP, 40.0, 2025, List.of(
                                new IndicatorTarget(2027, 60, false), new IndicatorTarget(2030, 80, true))))
                        .toList(), g.evidence())).toList();
        List<Measure> measures = rich.measures().stream().map(m -> switch (m.id()) {
            case "B01" -> m.withIndicators(m.indicators().stream()
                    .map(i -> i.withNumbers(IndicatorDirection.UP, null, null, List.of(
                            new IndicatorTarget(2026, 100, false), new IndicatorTarget(2027, 150, false),
                            new IndicatorTarget(2030, 200, true))).withActual(IndicatorActual.of(2026, 90)))
                    .toList());
            case "B02" -> m.withIndicators(List.of(new Indicator(IndicatorKind.KSI, "研修体系への満足度", "向上", "",
                    "アンケート", null)));
            case "B03" -> m.withIndicators(List.of(new Indicator(IndicatorKind.KPI_OUTCOME, "オンライン申請の平均処理日数",
                    "5", "日", "システム集計", 2030).withNumbers(IndicatorDirection.DOWN, 10.0, 2025,
                    List.of(new IndicatorTarget(2030, 5, true)))));
            default -> m;
        }).toList();
        return IndicatorIds.assignMissing(rich.withStructure(rich.pillars(), groups, measures));
    }
}
