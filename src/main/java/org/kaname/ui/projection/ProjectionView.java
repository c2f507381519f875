package org.kaname.ui.projection;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kaname.chart.Chart;
import org.kaname.chart.ChartStyle;
import org.kaname.chart.GanttChart;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.ui.chart.ChartCanvas;
import org.kaname.ui.projection.PageBlock.ChartBlock;

/**
 * Draws the current page at the window's size: the type size is set in px from the window (see
 * {@link PageGeometry}), every other size is in em of it, so the page looks the same on any screen. A page whose
 * real text is taller than estimated is shrunk until it fits — never clipped. Keys and clicks go to the view model.
 */
public final class ProjectionView {
    private final ProjectionViewModel vm;
    private final Messages messages;
    private final Runnable leave;
    private final StackPane root = new StackPane();
    private final VBox page = new VBox();
    /** While pages are prepared: the progress and the way out (centred when no page is there yet). */
    private final VBox preparing = new VBox();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label preparingText = new Label();
    private double fontPx = 16;
    /** The factor the last page body was shrunk by (1 = not shrunk), for tests and for the tour's check. */
    private double shrink = 1;
    /** The type size in px of the last chart drawn, for tests. */
    private double chartFontPx;

    public ProjectionView(ProjectionViewModel vm, Runnable leave) {
        this.vm = vm;
        this.messages = vm.messages();
        this.leave = leave;
    }

    public StackPane build() {
        root.setId("projectionRoot");
        root.getStyleClass().add("projection-root");
        root.getStylesheets().add(ProjectionView.class.getResource("projection.css").toExternalForm());
        root.setAccessibleText(messages.get("window.accessible"));
        root.setFocusTraversable(true);
        page.setId("projectionPage");
        page.getStyleClass().add("projection-page");
        page.setAccessibleRole(AccessibleRole.TEXT);
        root.getChildren().addAll(page, preparingBox());
        root.widthProperty().addListener((o, a, b) -> render());
        root.heightProperty().addListener((o, a, b) -> render());
        vm.pageProperty().addListener((o, a, b) -> render());
        vm.typedProperty().addListener((o, a, b) -> render());
        vm.footerProperty().addListener((o, a, b) -> render());
        vm.preparingProperty().addListener((o, a, b) -> render());
        vm.progressProperty().addListener((o, a, b) -> showProgress());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        root.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                vm.next();
            } else if (e.getButton() == MouseButton.SECONDARY) {
                vm.previous();
            }
        });
        render();
        return root;
    }

    /** Presentation keys; clickers send PageUp / PageDown. */
    void key(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            String t = e.getText();
            int digit = t != null && t.length() == 1 && Character.isDigit(t.charAt(0)) ? t.charAt(0) - '0'
                    : digitOf(code);
            if (digit >= 0) {
                vm.typeDigit(digit);
            }
        } else {
            switch (code) {
                case RIGHT, DOWN, PAGE_DOWN, SPACE, N -> vm.next();
                case LEFT, UP, PAGE_UP, P -> vm.previous();
                case ENTER -> vm.enter();
                case BACK_SPACE -> vm.backspace();
                case HOME -> vm.first();
                case END -> vm.last();
                case ESCAPE -> {
                    if (vm.escape()) {
                        vm.cancel();
                        leave.run();
                    }
                }
                default -> {
                    return;
                }
            }
        }
        e.consume();
    }

    private Node preparingBox() {
        preparing.setId("projectionPreparing");
        preparing.getStyleClass().add("projection-preparing");
        preparing.setAccessibleRole(AccessibleRole.TEXT);
        progress.setId("projectionProgress");
        progress.setFocusTraversable(false);
        preparingText.setId("projectionPreparingText");
        Label hint = new Label(messages.get("preparing.hint"));
        hint.getStyleClass().add("projection-preparing-hint");
        preparing.getChildren().addAll(preparingText, progress, hint);
        preparing.setAlignment(Pos.CENTER);
        preparing.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        preparing.setMouseTransparent(true);
        // Before the first page at once; over a page only when an edit's pages take longer than a blink (most come
        // from measurements already made), so the room does not see a box flash at every keystroke in the editor.
        PauseTransition wait = new PauseTransition(Controls.BUSY_DELAY);
        wait.setOnFinished(e -> preparing.setVisible(vm.preparingProperty().get()));
        preparing.setVisible(vm.preparingProperty().get());
        vm.preparingProperty().addListener((o, was, now) -> {
            wait.stop();
            if (now && vm.pageProperty().get() != null) {
                wait.playFromStart();
            } else {
                preparing.setVisible(now);
            }
        });
        showProgress();
        return preparing;
    }

    private void showProgress() {
        String percent = Long.toString(Math.round(100 * vm.progressProperty().get()));
        progress.setProgress(vm.progressProperty().get());
        preparingText.setText(messages.get("preparing", percent));
        preparing.setAccessibleText(messages.get("preparing.accessible", percent));
    }

    /**
     * The progress in the middle of an empty window; over a page (an edit being dealt, mostly from measurements
     * already made, so briefly) small in the corner above the page number, clear of the title and the rank.
     */
    private void placePreparing(boolean pageShown) {
        double k = pageShown ? 0.7 : 1;
        preparing.setStyle("-fx-font-size: " + k * fontPx + "px;");
        preparing.setSpacing(em(0.4 * k));
        progress.setPrefWidth(em(14 * k));
        progress.setPrefHeight(em(0.6 * k));
        StackPane.setAlignment(preparing, pageShown ? Pos.BOTTOM_RIGHT : Pos.CENTER);
        StackPane.setMargin(preparing, pageShown
                ? new Insets(0, em(PageGeometry.PAD_X), em(PageGeometry.FOOTER + 0.4), 0) : Insets.EMPTY);
    }

    private static int digitOf(KeyCode code) {
        String name = code.getName();
        char c = name.charAt(name.length() - 1);
        return Character.isDigit(c) ? c - '0' : -1;
    }

    double shrink() {
        return shrink;
    }

    double chartFontPx() {
        return chartFontPx;
    }

    private double em(double v) {
        return v * fontPx;
    }

    private void render() {
        if (root.getScene() == null) {
            return;
        }
        double w = root.getWidth();
        double h = root.getHeight();
        if (w < 1 || h < 1) {
            w = 1280;
            h = 720;
        }
        fontPx = PageGeometry.fontPx(w, h);
        ProjectionPage p = vm.pageProperty().get();
        placePreparing(p != null);
        PageNodes nodes = new PageNodes(fontPx, p == null ? PageFit.NORMAL : p.fit());
        nodes.stylePage(page);
        if (p == null) {
            page.getChildren().clear();
            return;
        }
        Region header = nodes.header(p.title(), p.subtitle(), p.standing());
        String typed = vm.typedProperty().get();
        HBox footer = nodes.footer(p.title(), vm.footerProperty().get(),
                typed.isEmpty() ? null : messages.get("footer.jump", typed));
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        page.getChildren().setAll(header, spacer, footer);
        double width = w - 2 * em(PageGeometry.PAD_X);
        page.applyCss();
        double room = nodes.room(h, header, footer, width);
        VBox body = nodes.body();
        boolean chart = false;
        for (PageBlock b : p.blocks()) {
            Node n = b instanceof ChartBlock c ? chart(c, width, room) : nodes.block(b);
            body.getChildren().add(n);
            if (b instanceof ChartBlock) {
                VBox.setVgrow(n, Priority.ALWAYS);
                chart = true;
            }
        }
        if (chart) {
            VBox.setVgrow(body, Priority.ALWAYS);
        }
        page.getChildren().add(1, body);
        page.setAccessibleText(messages.get("page.accessible", Integer.toString(vm.indexProperty().get() + 1),
                Integer.toString(vm.pageCount()), p.title()));
        shrink = chart ? 1 : fit(nodes, body, width, room, p.fit().font());
    }

    /**
     * A chart at the projection's type size, smaller when that would not fit the room left on the page, or larger
     * (up to the block's maximum, then with taller rows for a roadmap) when it would leave the page partly empty.
     */
    private Node chart(ChartBlock x, double width, double room) {
        double size = em(x.fontEm());
        Chart c = x.chart().apply(chartStyle(size));
        if (c.preferredHeight(width) > room) {
            while (c.preferredHeight(width) > room && size > em(0.4)) {
                size *= 0.93;
                c = x.chart().apply(chartStyle(size));
            }
        } else {
            while (size * 1.03 <= em(x.maxFontEm())) {
                Chart larger = x.chart().apply(chartStyle(size * 1.03));
                if (larger.preferredHeight(width) > room) {
                    break;
                }
                size *= 1.03;
                c = larger;
            }
            if (c instanceof GanttChart g) {
                c = stretchRows(g, size, room, width);
            }
        }
        ChartCanvas canvas = new ChartCanvas();
        canvas.setId("projectionChart");
        canvas.setAccessibleText(x.description());
        canvas.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        canvas.chartProperty().set(c);
        canvas.setMinHeight(0);
        chartFontPx = size;
        return canvas;
    }

    /** The roadmap's rows made taller to fill the room (with the budget row, which is 1.2 rows high). */
    private static GanttChart stretchRows(GanttChart g, double size, double room, double width) {
        double row = chartStyle(size).lineHeight() * 1.25;
        double rows = g.rows().size() + 1.2;
        double taller = row + Math.max(0, room - g.preferredHeight(width) - 2) / rows;
        return g.withMinRowHeight(Math.min(taller, row * PageGeometry.ROW_STRETCH_MAX));
    }

    /**
     * Shrinks the body's type step by step until it fits the room between header and footer: a safety net for a
     * window whose type breaks lines otherwise than the measured page (the pages are dealt to fit).
     */
    private double fit(PageNodes nodes, VBox body, double width, double room, double start) {
        page.applyCss();
        double k = start;
        while (k > 0.5 && body.prefHeight(width) > room) {
            k -= 0.05;
            nodes.setBodyFont(body, k);
            body.applyCss();
        }
        return k;
    }

    /** The charts' own style, in black on white, at the projection's type size. */
    private static ChartStyle chartStyle(double px) {
        return ChartStyle.standard().withFontSize((float) px);
    }

    /** For the tour and tests: the blocks on the current page. */
    List<PageBlock> blocks() {
        ProjectionPage p = vm.pageProperty().get();
        return p == null ? List.of() : p.blocks();
    }
}
