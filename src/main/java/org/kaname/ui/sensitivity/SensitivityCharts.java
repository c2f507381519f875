package org.kaname.ui.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaname.chart.ChartStyle;
import org.kaname.chart.RankRangeChart;
import org.kaname.chart.TierProbabilityChart;
import org.kaname.i18n.Messages;

/**
 * The Monte Carlo result as the report's own charts ({@link TierProbabilityChart}, {@link RankRangeChart}), at the
 * screen's text size, and the same numbers in words for the screen reader. Pure functions of the outcome rows.
 */
final class SensitivityCharts {
    /** Screen text size: legible when projected (the report prints smaller). */
    static final float FONT_SIZE = 14f;
    private static final int TITLE_CHARS = 10;

    private SensitivityCharts() {
    }

    private static ChartStyle style() {
        return ChartStyle.standard().withFontSize(FONT_SIZE);
    }

    /**
     * Tier probabilities, highest tier first (darkest); 「該当なし」 is added as the last, lightest part only when some
     * samples fall below every tier, so each bar covers all samples.
     */
    static TierProbabilityChart tierChart(List<String> tierNames, List<OutcomeRow> rows, Messages m) {
        boolean below = rows.stream().anyMatch(r -> r.shares().stream()
                .anyMatch(s -> s.tierIndex() < 0 && s.probability() > 0));
        List<String> tiers = new ArrayList<>(tierNames);
        if (below) {
            tiers.add(m.get("tier.none"));
        }
        List<TierProbabilityChart.Row> out = new ArrayList<>();
        for (OutcomeRow r : rows) {
            List<Double> p = new ArrayList<>();
            for (int i = 0; i < tierNames.size(); i++) {
                int index = i;
                p.add(r.shares().stream().filter(s -> s.tierIndex() == index)
                        .mapToDouble(TierShare::probability).sum());
            }
            if (below) {
                p.add(r.shares().stream().filter(s -> s.tierIndex() < 0).mapToDouble(TierShare::probability).sum());
            }
            out.add(new TierProbabilityChart.Row(label(r), p));
        }
        return new TierProbabilityChart(tiers, out, style());
    }

    /** Rank ranges on an axis long enough for the worst rank any measure took. */
    static RankRangeChart rankChart(List<OutcomeRow> rows, Messages m) {
        int maxRank = rows.size();
        for (OutcomeRow r : rows) {
            maxRank = Math.max(maxRank, Math.max(r.rankP95(), r.baseRank()));
        }
        List<RankRangeChart.Row> out = rows.stream()
                .map(r -> new RankRangeChart.Row(label(r), r.baseRank(), r.rankP5(), r.rankP95(), r.meanRank()))
                .toList();
        return new RankRangeChart(out, maxRank, m.get("range.legend.range"), m.get("range.legend.base"),
                m.get("range.legend.mean"), m.get("range.axisLabel"), style());
    }

    /** 「1. S1-1 特別区合同デジタル…」: rank, id (unique even with tied ranks) and a shortened title. */
    static String label(OutcomeRow r) {
        String title = r.title().length() > TITLE_CHARS ? r.title().substring(0, TITLE_CHARS - 1) + "…" : r.title();
        return r.baseRank() + ". " + r.measureId() + " " + title;
    }

    /** One measure's tier shares in words: 「S1-2: 高 89%、中 11%。」 */
    static String tierText(OutcomeRow r, SensitivityViewModel vm, Messages m) {
        List<String> parts = new ArrayList<>();
        for (TierShare s : r.shares()) {
            parts.add(vm.tierName(s) + " " + s.percent() + "%");
        }
        return m.get("bars.row", r.measureId() + " " + r.title(), String.join(Messages.isEnglish(m.locale()) ? ", " : "、", parts));
    }

    /** One measure's rank range in words: 「S1-2: 2位〜5位、平均 3.4位、現在 3位。」 */
    static String rankText(OutcomeRow r, Messages m) {
        return m.get("range.row", r.measureId(), r.rankP5(), r.rankP95(),
                String.format(Locale.ROOT, "%.1f", r.meanRank()), r.baseRank());
    }
}
