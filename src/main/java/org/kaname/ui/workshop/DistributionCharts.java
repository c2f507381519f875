package org.kaname.ui.workshop;

import org.kaname.chart.ChartStyle;
import org.kaname.chart.DistributionChart;
import org.kaname.i18n.Messages;
import org.kaname.model.Plan;
import org.kaname.model.ScoringRound;

/** The distribution of one measure in one revealed round: the chart the projection and the report draw too. */
final class DistributionCharts {
    /** Legible on a projected screen (the chart's own default is sized for paper). */
    private static final float SCREEN_FONT = 14f;

    private DistributionCharts() {
    }

    static DistributionChart of(Plan plan, ScoringRound round, String measureId, Messages messages) {
        return DistributionChart.of(plan, measureId, round.scores(), round.anonymous(), messages.get("chart.mean"),
                ChartStyle.standard().withFontSize(SCREEN_FONT));
    }
}
