package org.kaname.ui.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaname.chart.TierProbabilityChart;
import org.kaname.engine.MeasureOutcome;
import org.kaname.engine.MonteCarloOptions;
import org.kaname.engine.MonteCarloResult;
import org.kaname.engine.SamplePercent;
import org.kaname.i18n.Messages;

/**
 * A measure that stays 「高」 in 99.6% of the samples: the screen's sentence and table said 100% (largest-remainder
 * rounding) while the chart beside them and the printed report said 99%. One rule now: 99% everywhere.
 */
class OneRoundingRuleTest {
    private final Messages m = Messages.of(SensitivityScreen.BUNDLE, Locale.JAPANESE);

    private static MonteCarloResult borderline() {
        Map<String, Double> tiers = new LinkedHashMap<>();
        tiers.put("高", 0.996);
        tiers.put("中", 0.004);
        tiers.put("低", 0.0);
        MeasureOutcome o = new MeasureOutcome("S1-1", "相談窓口の一元化", 1, 1.01, 1, 1, 0.996, tiers);
        return new MonteCarloResult(MonteCarloOptions.defaults(), List.of("高", "中", "低"), List.of(o), List.of());
    }

    @Test
    void theSentenceTheTableAndTheChartSay99Percent() {
        MonteCarloResult result = borderline();
        List<OutcomeRow> rows = SensitivityTexts.rows(result, Map.of("S1-1", "高"));
        OutcomeRow row = rows.get(0);
        // The table's cells and the screen reader's text are the shares' percents.
        assertThat(row.shares()).extracting(TierShare::percent).containsExactly(99, 1);
        List<String> readings = new SensitivityTexts(m).readings(result, rows);
        assertThat(readings).contains("現在1位の S1-1 が1位のままである確率は 99% です。");
        assertThat(readings).anyMatch(r -> r.startsWith("S1-1 は 99% のサンプルで「高」のまま（1% は「中」）"));
        assertThat(readings).noneMatch(r -> r.contains("100%"));
        // The chart draws each segment's label from its probability by the same rule.
        TierProbabilityChart chart = SensitivityCharts.tierChart(result.tierNames(), rows, m);
        double high = chart.rows().get(0).probabilities().get(0);
        assertThat(SamplePercent.text(high)).isEqualTo(row.shares().get(0).percent() + "%");
    }

    @Test
    void noSamplesBelowEveryTierAreInventedFromRounding() {
        Map<String, Double> tiers = new LinkedHashMap<>();
        tiers.put("高", 0.7);
        tiers.put("中", 0.2);
        tiers.put("低", 0.1);
        MeasureOutcome o = new MeasureOutcome("A", "A", 1, 1, 1, 1, 0.5, tiers);
        MonteCarloResult r = new MonteCarloResult(MonteCarloOptions.defaults(), List.of("高", "中", "低"), List.of(o),
                List.of());
        // 0.7 + 0.2 + 0.1 is 0.9999999999999999 in doubles: no 「該当なし」 part of 1%.
        assertThat(SensitivityTexts.rows(r, Map.of("A", "高")).get(0).shares()).extracting(TierShare::tierIndex)
                .containsExactly(0, 1, 2);
    }
}
