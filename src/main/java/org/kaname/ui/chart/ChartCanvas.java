package org.kaname.ui.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.kaname.chart.Chart;

/**
 * Shows an {@link org.kaname.chart.Chart} on screen: the very drawing code that the printed report sends to PDF, here
 * drawn into an image at the screen's pixel density and redrawn whenever the chart or the size changes. One unit of
 * the chart is one screen pixel.
 */
public final class ChartCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Chart> chart = new SimpleObjectProperty<>();

    public ChartCanvas() {
        getChildren().add(canvas);
        chart.addListener((o, a, b) -> {
            requestLayout();
            redraw();
        });
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    public ObjectProperty<Chart> chartProperty() {
        return chart;
    }

    @Override
    protected double computePrefHeight(double width) {
        Chart c = chart.get();
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : 600;
        return c == null ? 0 : c.preferredHeight(w);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private void redraw() {
        double w = getWidth();
        double h = getHeight();
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Chart c = chart.get();
        if (c == null || w < 1 || h < 1) {
            return;
        }
        double scale = getScene() != null && getScene().getWindow() != null
                ? Math.max(1, getScene().getWindow().getOutputScaleX()) : 1;
        BufferedImage image = new BufferedImage((int) Math.ceil(w * scale), (int) Math.ceil(h * scale),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            c.draw(g, w, h);
        } finally {
            g.dispose();
        }
        canvas.getGraphicsContext2D().drawImage(SwingFXUtils.toFXImage(image, null), 0, 0, w, h);
    }
}
