package org.kaname.ui.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableStringProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleableStringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.kaname.chart.Chart;
import org.kaname.chart.ChartPalette;

/**
 * Shows an {@link org.kaname.chart.Chart} on screen: the very drawing code that the printed report sends to PDF, here
 * drawn into an image at the screen's pixel density and redrawn whenever the chart or the size changes. One unit of
 * the chart is one screen pixel.
 *
 * <p>The palette follows the theme: the stylesheet sets {@code -kn-chart-palette} on {@code .chart-canvas}
 * ({@code standard}, or {@code high-contrast} in kaname-high-contrast.css), and the chart is drawn with that
 * {@link ChartPalette}. The report draws the same charts without a canvas, so it keeps the standard palette.
 */
public final class ChartCanvas extends Region {
    private static final CssMetaData<ChartCanvas, String> PALETTE_CSS = new CssMetaData<>("-kn-chart-palette",
            StyleConverter.getStringConverter(), ChartPalette.STANDARD.name()) {
        @Override
        public boolean isSettable(ChartCanvas node) {
            return !node.palette.isBound();
        }

        @Override
        public StyleableProperty<String> getStyleableProperty(ChartCanvas node) {
            return node.palette;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.add(PALETTE_CSS);
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Chart> chart = new SimpleObjectProperty<>();
    private final StyleableStringProperty palette = new SimpleStyleableStringProperty(PALETTE_CSS, this,
            "chartPalette", ChartPalette.STANDARD.name());

    public ChartCanvas() {
        getStyleClass().add("chart-canvas");
        getChildren().add(canvas);
        palette.addListener((o, a, b) -> redraw());
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

    /** The palette the chart is drawn with, as set by the theme's stylesheet. */
    public ChartPalette palette() {
        return ChartPalette.named(palette.get());
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
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
            palette().drawWith(() -> c.draw(g, w, h));
        } finally {
            g.dispose();
        }
        canvas.getGraphicsContext2D().drawImage(SwingFXUtils.toFXImage(image, null), 0, 0, w, h);
    }
}
