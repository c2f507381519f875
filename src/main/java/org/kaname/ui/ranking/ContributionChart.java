package org.kaname.ui.ranking;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.kaname.chart.ChartStyle;
import org.kaname.ui.chart.ChartCanvas;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;

/**
 * Horizontal stacked bars: each ranked measure's weighted-sum score split by criterion (100 × w(c) × v(m, c)), the
 * top-ranked measure at the top, criteria told apart by fill pattern and lightness as well as colour, with a legend.
 * Drawn by {@link org.kaname.chart.ContributionChart}, the same code as the printed report's chart. TOPSIS has no
 * such split, so the chart then says so instead of drawing.
 */
final class ContributionChart {
    private static final int TITLE_CHARS = 12;
    /** Screen text size of the chart: legible when projected (the report prints smaller). */
    private static final float SCREEN_FONT = 14f;

    private final Messages messages;
    private final ChartCanvas chart = new ChartCanvas();
    private final Label placeholder = new Label();
    private final ScrollPane scroll = new ScrollPane(chart);
    private final StackPane root = new StackPane(scroll, placeholder);
    private org.kaname.chart.ContributionChart model;

    ContributionChart(Messages messages) {
        this.messages = messages;
        chart.setId("contributionChart");
        chart.getStyleClass().add("contribution-chart");
        chart.setAccessibleText(messages.get("chart.accessible"));
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(chart.visibleProperty());
        placeholder.setId("contributionPlaceholder");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("chart-placeholder");
        placeholder.setVisible(false);
    }

    Node node() {
        return root;
    }

    Node chart() {
        return chart;
    }

    /** What is drawn now (null when nothing is): the same record the report draws. */
    org.kaname.chart.ContributionChart model() {
        return model;
    }

    /** Redraws from the rows (ranked order) and the plan's criteria. */
    void show(List<RankRow> rows, List<Criterion> criteria, boolean topsis) {
        List<RankRow> ranked = rows.stream().filter(r -> r.score().isPresent()).toList();
        boolean drawable = !topsis && !ranked.isEmpty() && !criteria.isEmpty();
        chart.setVisible(drawable);
        placeholder.setVisible(!drawable);
        placeholder.setText(topsis ? messages.get("chart.topsis") : messages.get("chart.empty"));
        if (!drawable) {
            model = null;
            chart.chartProperty().set(null);
            return;
        }
        List<org.kaname.chart.ContributionChart.Bar> bars = new ArrayList<>();
        for (RankRow r : ranked) {
            List<Double> parts = new ArrayList<>();
            for (Criterion c : criteria) {
                parts.add(r.contributionByCriterion().getOrDefault(c.id(), 0.0));
            }
            bars.add(new org.kaname.chart.ContributionChart.Bar(category(r), parts));
        }
        model = new org.kaname.chart.ContributionChart(criteria.stream().map(Criterion::name).toList(), bars, 100,
                messages.get("chart.scoreAxis"), ChartStyle.standard().withFontSize(SCREEN_FONT));
        chart.chartProperty().set(model);
    }

    /** "1. S1-1 特別区合同デジタル人材…": rank, id (unique even with tied ranks) and a shortened title. */
    static String category(RankRow r) {
        String title = r.title().length() > TITLE_CHARS ? r.title().substring(0, TITLE_CHARS - 1) + "…" : r.title();
        return r.rankText() + ". " + r.measureId() + " " + title;
    }
}
