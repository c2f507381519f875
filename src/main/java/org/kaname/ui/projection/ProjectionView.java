package org.kaname.ui.projection;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import org.kaname.i18n.Messages;
import org.kaname.ui.chart.ChartCanvas;
import org.kaname.ui.projection.PageBlock.Bullet;
import org.kaname.ui.projection.PageBlock.ChartBlock;
import org.kaname.ui.projection.PageBlock.Contrast;
import org.kaname.ui.projection.PageBlock.Heading;
import org.kaname.ui.projection.PageBlock.Notice;
import org.kaname.ui.projection.PageBlock.Paragraph;
import org.kaname.ui.projection.PageBlock.ProgressRow;
import org.kaname.ui.projection.PageBlock.RankRow;

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
    private double fontPx = 16;
    /** The factor the last page body was shrunk by (1 = not shrunk), for tests and for the tour's check. */
    private double shrink = 1;

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
        root.getChildren().add(page);
        root.widthProperty().addListener((o, a, b) -> render());
        root.heightProperty().addListener((o, a, b) -> render());
        vm.pageProperty().addListener((o, a, b) -> render());
        vm.typedProperty().addListener((o, a, b) -> render());
        vm.footerProperty().addListener((o, a, b) -> render());
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

    private static int digitOf(KeyCode code) {
        String name = code.getName();
        char c = name.charAt(name.length() - 1);
        return Character.isDigit(c) ? c - '0' : -1;
    }

    double shrink() {
        return shrink;
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
        page.setStyle("-fx-font-size: " + fontPx + "px;");
        page.setPadding(new Insets(em(PageGeometry.PAD_TOP), em(PageGeometry.PAD_X), em(0.6), em(PageGeometry.PAD_X)));
        page.setSpacing(em(0.3));
        ProjectionPage p = vm.pageProperty().get();
        if (p == null) {
            page.getChildren().clear();
            return;
        }
        Label title = label(p.title(), "projection-title");
        title.setId("projectionTitle");
        VBox header = new VBox(em(0.1), title);
        header.getStyleClass().add("projection-header");
        if (!p.subtitle().isBlank()) {
            Label sub = label(p.subtitle(), "projection-subtitle");
            sub.setId("projectionSubtitle");
            header.getChildren().add(sub);
        }
        Node footer = footer(p);
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        page.getChildren().setAll(header, spacer, footer);
        double width = w - 2 * em(PageGeometry.PAD_X);
        page.applyCss();
        double room = h - em(PageGeometry.PAD_TOP) - em(0.6) - header.prefHeight(width) - footer.prefHeight(width)
                - em(0.4) - 3 * em(0.3);
        VBox body = new VBox(em(0.3));
        body.setId("projectionBody");
        VBox.setMargin(body, new Insets(em(0.4), 0, 0, 0));
        boolean chart = false;
        for (PageBlock b : p.blocks()) {
            Node n = b instanceof ChartBlock c ? chart(c, width, room) : block(b);
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
        shrink = chart ? 1 : fit(body, width, room);
    }

    /** A chart at the projection's type size, or smaller when that would not fit the room left on the page. */
    private Node chart(ChartBlock x, double width, double room) {
        double size = em(x.fontEm());
        Chart c = x.chart().apply(chartStyle(size));
        while (c.preferredHeight(width) > room && size > em(0.4)) {
            size *= 0.93;
            c = x.chart().apply(chartStyle(size));
        }
        ChartCanvas canvas = new ChartCanvas();
        canvas.setId("projectionChart");
        canvas.setAccessibleText(x.description());
        canvas.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        canvas.chartProperty().set(c);
        canvas.setMinHeight(0);
        return canvas;
    }

    /** Shrinks the body's type step by step until it fits the room between header and footer. */
    private double fit(VBox body, double width, double room) {
        page.applyCss();
        double k = 1;
        while (k > 0.5 && body.prefHeight(width) > room) {
            k -= 0.05;
            body.setStyle("-fx-font-size: " + (k * fontPx) + "px;");
            body.applyCss();
        }
        return k;
    }

    private Node footer(ProjectionPage p) {
        Label title = label(p.title(), "projection-footer-text");
        title.setId("projectionFooterTitle");
        title.setWrapText(false);
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Label number = label(vm.footerProperty().get(), "projection-footer-text");
        number.setId("projectionPageNumber");
        number.setWrapText(false);
        number.setMinWidth(Region.USE_PREF_SIZE);
        HBox footer = new HBox(em(1), title);
        String typed = vm.typedProperty().get();
        if (!typed.isEmpty()) {
            Label jump = label(messages.get("footer.jump", typed), "projection-jump");
            jump.setId("projectionJump");
            jump.setWrapText(false);
            jump.setMinWidth(Region.USE_PREF_SIZE);
            footer.getChildren().add(jump);
        }
        footer.getChildren().add(number);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("projection-footer");
        return footer;
    }

    private Node block(PageBlock b) {
        if (b instanceof Heading x) {
            Label l = label(x.text(), "projection-heading");
            VBox.setMargin(l, new Insets(em(0.3), 0, 0, 0));
            return l;
        }
        if (b instanceof Paragraph x) {
            return label(x.text(), x.secondary() ? "projection-secondary" : "projection-text");
        }
        if (b instanceof Bullet x) {
            Label dot = label("・", "projection-text");
            dot.setMinWidth(em(PageGeometry.BULLET_INDENT));
            dot.setPrefWidth(em(PageGeometry.BULLET_INDENT));
            VBox text = new VBox(label(x.text(), "projection-text"));
            if (!x.detail().isBlank()) {
                text.getChildren().add(label(x.detail(), "projection-secondary"));
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            return new HBox(dot, text);
        }
        if (b instanceof RankRow x) {
            return rankRow(x);
        }
        if (b instanceof Contrast x) {
            return contrast(x);
        }
        if (b instanceof ProgressRow x) {
            Label name = label(x.name(), "projection-text");
            name.setPrefWidth(em(20));
            Label count = label(x.count(), "projection-text");
            count.setPrefWidth(em(12));
            count.setAlignment(Pos.CENTER_RIGHT);
            Label state = label(x.state(), x.complete() ? "projection-done" : "projection-text");
            HBox row = new HBox(em(2), name, count, state);
            row.getStyleClass().add("projection-rank-row");
            return row;
        }
        return label(((Notice) b).text(), "projection-notice");
    }

    /** The charts' own style, in black on white, at the projection's type size. */
    private static ChartStyle chartStyle(double px) {
        return ChartStyle.standard().withFontSize((float) px);
    }

    private Node rankRow(RankRow x) {
        Label rank = label(x.rank(), "projection-strong");
        rank.setMinWidth(em(PageGeometry.RANK_COLUMN));
        rank.setPrefWidth(em(PageGeometry.RANK_COLUMN));
        rank.setAlignment(Pos.CENTER_RIGHT);
        rank.setPadding(new Insets(0, em(0.8), 0, 0));
        Label title = label(x.label(), "projection-text");
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Label score = label(x.score(), "projection-text");
        score.setMinWidth(em(PageGeometry.SCORE_COLUMN));
        score.setPrefWidth(em(PageGeometry.SCORE_COLUMN));
        score.setAlignment(Pos.CENTER_RIGHT);
        score.setWrapText(false);
        Region marker = new Region();
        marker.getStyleClass().addAll("projection-marker", x.tierIndex() < 0 ? "tier-none" : "tier-" + x.tierIndex());
        marker.setMinSize(em(0.7), em(0.7));
        marker.setMaxSize(em(0.7), em(0.7));
        Label tier = label(x.tier(), "projection-text");
        tier.setWrapText(false);
        HBox tierBox = new HBox(em(0.4), marker, tier);
        tierBox.setAlignment(Pos.CENTER_LEFT);
        tierBox.setMinWidth(em(PageGeometry.TIER_COLUMN));
        tierBox.setPrefWidth(em(PageGeometry.TIER_COLUMN));
        tierBox.setPadding(new Insets(0, 0, 0, em(1)));
        HBox row = new HBox(rank, title, score, tierBox);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("projection-rank-row");
        return row;
    }

    private Node contrast(Contrast x) {
        Label heading = label(x.heading(), "projection-strong");
        Label spread = label(x.spread(), "projection-secondary");
        HBox sides = new HBox(em(PageGeometry.CONTRAST_GAP), side(x.low()), side(x.high()));
        VBox box = new VBox(em(0.2), heading, spread, sides);
        box.getStyleClass().add("projection-contrast");
        return box;
    }

    private Node side(Contrast.Side s) {
        Label who = label(s.label() + "　" + s.value(), "projection-strong");
        Label note = label(s.note(), "projection-secondary");
        VBox box = new VBox(em(0.1), who, note);
        box.getStyleClass().add("projection-side");
        box.setPrefWidth(em(PageGeometry.contrastSideWidth()));
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** For the tour and tests: the blocks on the current page. */
    List<PageBlock> blocks() {
        ProjectionPage p = vm.pageProperty().get();
        return p == null ? List.of() : p.blocks();
    }
}
