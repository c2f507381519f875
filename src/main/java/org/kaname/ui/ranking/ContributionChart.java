package org.kaname.ui.ranking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;

/**
 * Horizontal stacked bars: each ranked measure's weighted-sum score split by criterion (100 × w(c) × v(m, c)), the
 * top-ranked measure at the top. Series are told apart by colour and by fill pattern (see ranking.css), with a
 * legend. TOPSIS has no such split, so the chart then says so instead of drawing.
 */
final class ContributionChart {
    private static final int TITLE_CHARS = 12;

    private final Messages messages;
    private final CategoryAxis measureAxis = new CategoryAxis();
    private final NumberAxis scoreAxis = new NumberAxis(0, 100, 10);
    private final StackedBarChart<Number, String> chart = new StackedBarChart<>(scoreAxis, measureAxis);
    private final Label placeholder = new Label();
    private final StackPane root = new StackPane(chart, placeholder);

    ContributionChart(Messages messages) {
        this.messages = messages;
        chart.setId("contributionChart");
        chart.getStyleClass().add("contribution-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setCategoryGap(6);
        chart.setAccessibleText(messages.get("chart.accessible"));
        scoreAxis.setLabel(messages.get("chart.scoreAxis"));
        scoreAxis.setAutoRanging(false);
        measureAxis.setTickLabelGap(6);
        placeholder.setId("contributionPlaceholder");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("chart-placeholder");
        placeholder.setVisible(false);
    }

    Node node() {
        return root;
    }

    StackedBarChart<Number, String> chart() {
        return chart;
    }

    /** Redraws from the rows (ranked order) and the plan's criteria. */
    void show(List<RankRow> rows, List<Criterion> criteria, boolean topsis) {
        List<RankRow> ranked = rows.stream().filter(r -> r.score().isPresent()).toList();
        boolean drawable = !topsis && !ranked.isEmpty() && !criteria.isEmpty();
        chart.setVisible(drawable);
        placeholder.setVisible(!drawable);
        placeholder.setText(topsis ? messages.get("chart.topsis") : messages.get("chart.empty"));
        if (!drawable) {
            chart.getData().clear();
            return;
        }
        List<String> categories = new ArrayList<>();
        for (RankRow r : ranked) {
            categories.add(category(r));
        }
        // A vertical category axis runs upwards: list the last-ranked first so rank 1 is at the top.
        List<String> bottomUp = new ArrayList<>(categories);
        Collections.reverse(bottomUp);
        chart.getData().clear();
        measureAxis.setCategories(FXCollections.observableArrayList(bottomUp));
        List<XYChart.Series<Number, String>> all = new ArrayList<>();
        for (Criterion c : criteria) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(c.name());
            for (int i = 0; i < ranked.size(); i++) {
                double part = ranked.get(i).contributionByCriterion().getOrDefault(c.id(), 0.0);
                series.getData().add(new XYChart.Data<>(part, categories.get(i)));
            }
            all.add(series);
        }
        chart.getData().setAll(all);
        for (XYChart.Series<Number, String> series : all) {
            for (XYChart.Data<Number, String> d : series.getData()) {
                if (d.getNode() != null) {
                    String text = d.getYValue() + "\n" + series.getName() + "："
                            + String.format(Locale.ROOT, "%.2f", d.getXValue().doubleValue());
                    Tooltip.install(d.getNode(), new Tooltip(text));
                }
            }
        }
    }

    /** "1. S1-1 特別区合同デジタル人材…": rank, id (unique even with tied ranks) and a shortened title. */
    static String category(RankRow r) {
        String title = r.title().length() > TITLE_CHARS ? r.title().substring(0, TITLE_CHARS - 1) + "…" : r.title();
        return r.rankText() + ". " + r.measureId() + " " + title;
    }
}
