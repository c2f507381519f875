package org.kaname.ui.roadmap;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.kaname.chart.GanttChart;
import org.kaname.i18n.Messages;
import org.kaname.ui.chart.ChartCanvas;

/**
 * The Gantt chart on screen: the report's {@link GanttChart} drawn by a {@link ChartCanvas}, under a thin overlay
 * that only handles input and shows what the drawing cannot know (keyboard focus, a bar being dragged). Where rows,
 * years and bars are comes from the chart's own geometry. Keyboard: ↑/↓ choose a measure, ←/→ move its start a
 * year (pinning it), P pins it where it is, Delete unpins. A bar can also be dragged to another year.
 */
final class GanttView extends Region {
    /** Narrower than this the year columns get too tight for 「2027年度」; the scroll pane scrolls instead. */
    static final double MIN_WIDTH = 760;

    private final RoadmapViewModel vm;
    private final Messages messages;
    private final ChartCanvas canvas = new ChartCanvas();
    private final Pane overlay = new Pane();
    private final Rectangle focusRing = new Rectangle();
    private final Rectangle ghost = new Rectangle();
    private final Tooltip tooltip = new Tooltip();
    private String dragMeasure;
    private double dragStartX = Double.NaN;

    GanttView(RoadmapViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setId("ganttChart");
        getStyleClass().add("gantt");
        setFocusTraversable(true);
        setMinWidth(MIN_WIDTH);
        canvas.setId("ganttCanvas");
        canvas.setMouseTransparent(true);
        focusRing.getStyleClass().add("gantt-focus");
        ghost.getStyleClass().add("gantt-ghost");
        for (Rectangle r : List.of(focusRing, ghost)) {
            r.setManaged(false);
            r.setVisible(false);
        }
        overlay.setMouseTransparent(true);
        overlay.getChildren().addAll(focusRing, ghost);
        getChildren().addAll(canvas, overlay);
        canvas.chartProperty().bind(vm.chartProperty());
        vm.chartProperty().addListener((o, a, b) -> {
            requestLayout();
            describe();
        });
        focusedProperty().addListener((o, a, b) -> placeFocusRing());
        widthProperty().addListener((o, a, b) -> placeFocusRing());
        Tooltip.install(this, tooltip);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::release);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        describe();
    }

    /** What is drawn now: the same chart the report prints. */
    GanttChart chart() {
        return vm.chartProperty().get();
    }

    @Override
    protected double computePrefHeight(double width) {
        return canvas.prefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(MIN_WIDTH, canvas.prefWidth(height));
    }

    @Override
    protected void layoutChildren() {
        canvas.resizeRelocate(0, 0, getWidth(), getHeight());
        overlay.resizeRelocate(0, 0, getWidth(), getHeight());
        placeFocusRing();
    }

    private void describe() {
        String selected = vm.selectedProperty().get();
        String row = vm.describe(selected);
        setAccessibleText(messages.get("gantt.accessible") + (row.isEmpty() ? "" : " " + row));
        placeFocusRing();
    }

    /** The keyboard focus around the selected row: drawn over the chart, as focus belongs to the screen. */
    private void placeFocusRing() {
        GanttChart c = chart();
        int i = c == null || vm.selectedProperty().get() == null ? -1 : c.rowIndex(vm.selectedProperty().get());
        if (!isFocused() || i < 0 || getWidth() <= 0) {
            focusRing.setVisible(false);
            return;
        }
        Rectangle2D r = c.geometry(getWidth()).rowBounds(i);
        focusRing.setX(r.getX() + 1);
        focusRing.setY(r.getY() + 1);
        focusRing.setWidth(r.getWidth() - 2);
        focusRing.setHeight(r.getHeight() - 2);
        focusRing.setVisible(true);
    }

    private void key(KeyEvent e) {
        List<String> ids = vm.measureIds();
        if (ids.isEmpty()) {
            return;
        }
        String current = vm.selectedProperty().get();
        int index = Math.max(0, ids.indexOf(current));
        boolean handled = true;
        if (e.getCode() == KeyCode.DOWN) {
            vm.selectedProperty().set(ids.get(Math.min(ids.size() - 1, current == null ? 0 : index + 1)));
        } else if (e.getCode() == KeyCode.UP) {
            vm.selectedProperty().set(ids.get(Math.max(0, index - 1)));
        } else if (current == null) {
            handled = false;
        } else if (e.getCode() == KeyCode.RIGHT) {
            vm.shift(current, +1);
        } else if (e.getCode() == KeyCode.LEFT) {
            vm.shift(current, -1);
        } else if (e.getCode() == KeyCode.P) {
            vm.shift(current, 0);
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            vm.unpin(current);
        } else {
            handled = false;
        }
        if (handled) {
            describe();
            e.consume();
        }
    }

    /** The measure whose row is at {@code y}, or null over a heading, the year header or below the rows. */
    String measureAt(double y) {
        GanttChart c = chart();
        if (c == null) {
            return null;
        }
        int i = c.geometry(getWidth()).rowAt(y);
        return i >= 0 && c.rows().get(i).kind() == GanttChart.Kind.MEASURE ? c.rows().get(i).id() : null;
    }

    private void press(MouseEvent e) {
        requestFocus();
        // The press stops here: the scroll pane around the chart would take the focus on it, and ←/→ would then
        // scroll the pane instead of moving the bar just clicked.
        e.consume();
        String id = measureAt(e.getY());
        if (id == null) {
            return;
        }
        vm.selectedProperty().set(id);
        describe();
        Optional<Rectangle2D> bar = chart().barBounds(id, getWidth());
        if (bar.isPresent() && e.getX() >= bar.get().getMinX() && e.getX() <= bar.get().getMaxX()) {
            dragMeasure = id;
            dragStartX = e.getX();
        }
    }

    /** Whole years the pointer has moved since the press, by the chart's column width. */
    private int years(double x) {
        return (int) Math.round((x - dragStartX) / chart().geometry(getWidth()).columnWidth());
    }

    private void drag(MouseEvent e) {
        if (dragMeasure == null) {
            return;
        }
        Optional<Rectangle2D> bar = chart().barBounds(dragMeasure, getWidth());
        if (bar.isEmpty()) {
            return;
        }
        // The ghost snaps to whole years: it shows where the bar will start when released.
        double dx = years(e.getX()) * chart().geometry(getWidth()).columnWidth();
        Rectangle2D b = bar.get();
        ghost.setX(b.getX() + dx);
        ghost.setY(b.getY() - 2);
        ghost.setWidth(b.getWidth());
        ghost.setHeight(b.getHeight() + 4);
        ghost.setVisible(true);
    }

    private void release(MouseEvent e) {
        ghost.setVisible(false);
        if (dragMeasure != null && !Double.isNaN(dragStartX)) {
            int years = years(e.getX());
            if (years != 0) {
                vm.shift(dragMeasure, years);
            }
        }
        dragMeasure = null;
        dragStartX = Double.NaN;
    }

    private void hover(MouseEvent e) {
        String text = vm.describe(measureAt(e.getY()));
        tooltip.setText(text.isEmpty() ? messages.get("help.keys") : text);
    }
}
