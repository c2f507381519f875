package org.kaname.ui.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.kaname.i18n.Messages;

/**
 * A radar (spider) chart drawn with shapes, one axis per criterion from 0 (centre) to 1 (best). Each measure has its
 * own colour AND line style AND marker shape (CSS classes {@code radar-series-N}), so the series stay apart in
 * grey-scale print and for colour-blind readers; a legend below names them.
 */
final class RadarChart extends Region {
    private static final int STYLES = 6;
    private static final double MAX_LABEL_WIDTH = 140;

    private final Messages messages;
    private final Pane plot = new Pane();
    private final FlowPane legend = new FlowPane(16, 4);
    private RadarData data = RadarData.EMPTY;
    /** What the shapes were last drawn for: they are rebuilt only when this changes, so CSS can style them. */
    private Object drawnFor;

    RadarChart(Messages messages) {
        this.messages = messages;
        getStyleClass().add("radar-chart");
        legend.getStyleClass().add("radar-legend");
        legend.setAlignment(Pos.CENTER);
        getChildren().addAll(plot, legend);
        setMinSize(260, 260);
        setPrefSize(420, 380);
    }

    void setData(RadarData newData) {
        data = newData;
        rebuildLegend();
        setAccessibleText(describe());
        requestLayout();
    }

    RadarData data() {
        return data;
    }

    /** A sentence with every value, for screen readers (the chart itself is only shapes). */
    String describe() {
        StringBuilder sb = new StringBuilder(messages.get("radar.accessible"));
        for (RadarData.Series s : data.series()) {
            sb.append(' ').append(s.label()).append(':');
            for (int i = 0; i < data.axes().size() && i < s.values().length; i++) {
                sb.append(' ').append(data.axes().get(i)).append(' ').append(value(s.values()[i]));
            }
            sb.append('.');
        }
        return sb.toString();
    }

    private static String value(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    private void rebuildLegend() {
        legend.getChildren().clear();
        for (int k = 0; k < data.series().size(); k++) {
            Line sample = new Line(0, 0, 28, 0);
            sample.getStyleClass().addAll("radar-line", "radar-series-" + k % STYLES);
            Shape marker = marker(k, 14, 0);
            marker.getStyleClass().addAll("radar-marker", "radar-series-" + k % STYLES);
            Pane sampleBox = new Pane(sample, marker);
            sampleBox.setMinSize(28, 12);
            sampleBox.setPrefSize(28, 12);
            sample.setLayoutY(6);
            marker.setLayoutY(6);
            Label name = new Label(data.series().get(k).label());
            name.getStyleClass().add("radar-legend-label");
            HBox item = new HBox(6, sampleBox, name);
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double legendHeight = legend.prefHeight(w);
        legend.resizeRelocate(snappedLeftInset(), snappedTopInset() + h - legendHeight, w, legendHeight);
        double plotHeight = Math.max(0, h - legendHeight - 4);
        plot.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, plotHeight);
        java.util.List<Object> key = java.util.List.of(data, Math.round(w), Math.round(plotHeight));
        if (!key.equals(drawnFor)) {
            drawnFor = key;
            draw(w, plotHeight);
            // New shapes are styled now, not in the next pulse (a snapshot or print may come first).
            plot.applyCss();
        }
    }

    private void draw(double w, double h) {
        plot.getChildren().clear();
        int n = data.axes().size();
        // Axis labels first: their measured size decides how much room the web itself gets.
        List<Label> labels = new ArrayList<>();
        double labelWidth = 0;
        double labelHeight = 0;
        for (int i = 0; i < n; i++) {
            Label label = new Label(data.axes().get(i));
            label.getStyleClass().add("radar-axis-label");
            label.setWrapText(true);
            label.setMaxWidth(MAX_LABEL_WIDTH);
            plot.getChildren().add(label);
            label.applyCss();
            double lw = Math.min(label.prefWidth(-1), MAX_LABEL_WIDTH);
            labelWidth = Math.max(labelWidth, lw);
            labelHeight = Math.max(labelHeight, label.prefHeight(lw));
            labels.add(label);
        }
        double radius = Math.min(w / 2 - labelWidth - 14, h / 2 - labelHeight - 14);
        if (n < 3 || radius < 20) {
            plot.getChildren().clear();
            if (!data.series().isEmpty() || n > 0) {
                Text note = new Text(messages.get("radar.tooFewCriteria"));
                note.getStyleClass().add("radar-axis-label");
                note.setX(8);
                note.setY(24);
                plot.getChildren().add(note);
            }
            return;
        }
        double cx = w / 2;
        double cy = h / 2;
        List<javafx.scene.Node> web = new ArrayList<>();
        for (double ring : new double[] {0.25, 0.5, 0.75, 1.0}) {
            Polygon grid = new Polygon(points(n, cx, cy, radius, i -> ring));
            grid.getStyleClass().add(ring == 1.0 ? "radar-outer" : "radar-grid");
            web.add(grid);
        }
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            Line axis = new Line(cx, cy, cx + radius * Math.cos(a), cy + radius * Math.sin(a));
            axis.getStyleClass().add("radar-axis");
            web.add(axis);
            Label label = labels.get(i);
            double lw = Math.min(label.prefWidth(-1), MAX_LABEL_WIDTH);
            double lh = label.prefHeight(lw);
            double lx = cx + (radius + 10) * Math.cos(a);
            double ly = cy + (radius + 10) * Math.sin(a);
            // Anchor the label on the side facing away from the centre.
            double ax = Math.cos(a) > 0.3 ? 0 : Math.cos(a) < -0.3 ? -lw : -lw / 2;
            double ay = Math.sin(a) > 0.3 ? 0 : Math.sin(a) < -0.3 ? -lh : -lh / 2;
            label.resizeRelocate(lx + ax, ly + ay, lw, lh);
        }
        plot.getChildren().addAll(0, web);
        for (int k = 0; k < data.series().size(); k++) {
            RadarData.Series s = data.series().get(k);
            double[] v = s.values();
            String style = "radar-series-" + k % STYLES;
            Polygon area = new Polygon(points(n, cx, cy, radius, i -> valueAt(v, i)));
            area.getStyleClass().addAll("radar-area", style);
            area.setMouseTransparent(true);
            Polygon outline = new Polygon(points(n, cx, cy, radius, i -> valueAt(v, i)));
            outline.getStyleClass().addAll("radar-line", style);
            plot.getChildren().addAll(area, outline);
            for (int i = 0; i < n; i++) {
                if (i >= v.length || Double.isNaN(v[i])) {
                    continue;
                }
                double a = angle(i, n);
                Shape marker = marker(k, cx + radius * v[i] * Math.cos(a), cy + radius * v[i] * Math.sin(a));
                marker.getStyleClass().addAll("radar-marker", style);
                Tooltip.install(marker, new Tooltip(s.label() + "\n" + data.axes().get(i) + "：" + value(v[i])));
                plot.getChildren().add(marker);
            }
        }
    }

    private static double valueAt(double[] v, int i) {
        return i < v.length && !Double.isNaN(v[i]) ? Math.max(0, Math.min(1, v[i])) : 0;
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static double[] points(int n, double cx, double cy, double r, java.util.function.IntToDoubleFunction f) {
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            out[2 * i] = cx + r * f.applyAsDouble(i) * Math.cos(a);
            out[2 * i + 1] = cy + r * f.applyAsDouble(i) * Math.sin(a);
        }
        return out;
    }

    /** Circle, square, triangle, diamond, triangle down, cross-like square: one shape per series. */
    private static Shape marker(int k, double x, double y) {
        double s = 5;
        return switch (k % STYLES) {
            case 0 -> new Circle(x, y, s);
            case 1 -> {
                Rectangle r = new Rectangle(x - s, y - s, 2 * s, 2 * s);
                yield r;
            }
            case 2 -> new Polygon(x, y - s - 1, x + s + 1, y + s, x - s - 1, y + s);
            case 3 -> new Polygon(x, y - s - 1, x + s + 1, y, x, y + s + 1, x - s - 1, y);
            case 4 -> new Polygon(x - s - 1, y - s, x + s + 1, y - s, x, y + s + 1);
            default -> new Polygon(x - s, y - 2, x - 2, y - 2, x - 2, y - s, x + 2, y - s, x + 2, y - 2, x + s,
                    y - 2, x + s, y + 2, x + 2, y + 2, x + 2, y + s, x - 2, y + s, x - 2, y + 2, x - s, y + 2);
        };
    }

    Node legendNode() {
        return legend;
    }
}
