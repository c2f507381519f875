package org.kaname.ui.sensitivity;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.kaname.i18n.Messages;

/**
 * Each measure's rank range across the samples, drawn on a canvas: a bar from the 5th to the 95th percentile rank,
 * a dot at the mean rank and a diamond at the rank under the unperturbed weights. Rank 1 is on the left. Rows line
 * up with the tier bars beside it. Colours are read from CSS (via hidden labels styled with the theme's variables),
 * so the high-contrast theme applies here too.
 */
final class RankRangeChart extends Pane {
    private static final double LABEL_WIDTH = 72;
    private static final double PLOT_WIDTH = 380;
    private static final double RIGHT = 20;
    private final Canvas canvas = new Canvas();
    private final Messages m;
    private final Label rangeColour = colourProbe("range-colour");
    private final Label meanColour = colourProbe("mean-colour");
    private final Label textColour = colourProbe("text-colour");
    private final Label gridColour = colourProbe("grid-colour");
    private List<OutcomeRow> rows = List.of();

    RankRangeChart(Messages messages) {
        this.m = messages;
        canvas.setId("rankRangeChart");
        canvas.setAccessibleText(m.get("range.accessible.empty"));
        getStyleClass().add("rank-range");
        getChildren().addAll(rangeColour, meanColour, textColour, gridColour, canvas);
        sceneProperty().addListener((o, a, b) -> draw());
    }

    private Label colourProbe(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setVisible(false);
        l.setManaged(false);
        return l;
    }

    Canvas canvas() {
        return canvas;
    }

    void show(List<OutcomeRow> outcomes) {
        this.rows = List.copyOf(outcomes);
        StringBuilder spoken = new StringBuilder(m.get("range.accessible"));
        for (OutcomeRow r : rows) {
            spoken.append(' ').append(m.get("range.row", r.measureId(), r.rankP5(), r.rankP95(),
                    String.format(Locale.ROOT, "%.1f", r.meanRank()), r.baseRank()));
        }
        canvas.setAccessibleText(rows.isEmpty() ? m.get("range.accessible.empty") : spoken.toString());
        draw();
    }

    private void draw() {
        double height = TierBars.HEADER_HEIGHT + Math.max(1, rows.size()) * TierBars.ROW_HEIGHT + 48;
        double width = LABEL_WIDTH + PLOT_WIDTH + RIGHT;
        canvas.setWidth(width);
        canvas.setHeight(height);
        setPrefSize(width, height);
        setMinSize(width, height);
        applyCss();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        if (rows.isEmpty()) {
            return;
        }
        Paint text = fill(textColour, Color.BLACK);
        Paint grid = fill(gridColour, Color.GRAY);
        Paint range = fill(rangeColour, Color.STEELBLUE);
        Paint mean = fill(meanColour, Color.NAVY);
        int n = rows.stream().mapToInt(r -> Math.max(r.rankP95(), r.baseRank())).max().orElse(1);
        n = Math.max(n, rows.size());
        Font font = Font.font(textColour.getFont().getFamily(), 14);
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        // Axis: rank numbers along the top, light vertical lines.
        g.setFill(text);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(m.get("range.axis"), 0, TierBars.HEADER_HEIGHT / 2);
        g.setTextAlign(TextAlignment.CENTER);
        double plotTop = TierBars.HEADER_HEIGHT;
        double plotBottom = plotTop + rows.size() * TierBars.ROW_HEIGHT;
        for (int rank = 1; rank <= n; rank++) {
            double x = x(rank, n);
            g.setStroke(grid);
            g.setLineWidth(1);
            g.strokeLine(x, plotTop, x, plotBottom);
            if (n <= 20 || rank == 1 || rank % 5 == 0) {
                g.setFill(text);
                g.fillText(Integer.toString(rank), x, plotBottom + 12);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            OutcomeRow r = rows.get(i);
            double y = plotTop + (i + 0.5) * TierBars.ROW_HEIGHT;
            g.setFill(text);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(r.measureId(), 0, y);
            g.setStroke(range);
            g.setLineWidth(10);
            double x5 = x(r.rankP5(), n);
            double x95 = x(r.rankP95(), n);
            g.strokeLine(x5, y, Math.max(x95, x5 + 0.5), y);
            // The mean: a filled dot; the unperturbed rank: a hollow diamond. Shapes, not only colours.
            g.setFill(mean);
            double xm = x(r.meanRank(), n);
            g.fillOval(xm - 5, y - 5, 10, 10);
            double xb = x(r.baseRank(), n);
            g.setStroke(text);
            g.setLineWidth(2);
            g.strokePolygon(new double[] {xb, xb + 7, xb, xb - 7}, new double[] {y - 9, y, y + 9, y}, 4);
        }
        g.setFill(text);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(m.get("range.legend"), 0, plotBottom + 30);
    }

    private static double x(double rank, int n) {
        double left = LABEL_WIDTH + 12;
        double right = LABEL_WIDTH + PLOT_WIDTH - 12;
        return n <= 1 ? left : left + (rank - 1) * (right - left) / (n - 1);
    }

    private static Paint fill(Label probe, Paint fallback) {
        Paint p = probe.getTextFill();
        return p == null ? fallback : p;
    }
}
