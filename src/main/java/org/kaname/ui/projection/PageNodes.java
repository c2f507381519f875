package org.kaname.ui.projection;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kaname.ui.projection.PageBlock.Bullet;
import org.kaname.ui.projection.PageBlock.Contrast;
import org.kaname.ui.projection.PageBlock.Heading;
import org.kaname.ui.projection.PageBlock.Notice;
import org.kaname.ui.projection.PageBlock.Paragraph;
import org.kaname.ui.projection.PageBlock.ProgressRow;
import org.kaname.ui.projection.PageBlock.RankRow;

/**
 * The nodes of a page at a given type size and {@link PageFit}: the view draws with them and
 * {@link RenderedMeasure} measures with them, so the pages are dealt with the heights the room will see.
 * Sizes are in em of the page's type ({@code fontPx}); the body's type is {@code fit.font()} of it.
 */
final class PageNodes {
    /** Gap between blocks and above a heading, in em, before {@link PageFit#spacing()}. */
    static final double BLOCK_GAP = 0.3;
    /** Extra space between wrapped lines, in em of the label's own type, before {@link PageFit#spacing()}. */
    static final double LINE_GAP = 0.12;
    static final double PAGE_GAP = 0.3;
    static final double BODY_MARGIN = 0.4;
    static final double PAD_BOTTOM = 0.6;

    private final double fontPx;
    private final PageFit fit;

    PageNodes(double fontPx, PageFit fit) {
        this.fontPx = fontPx;
        this.fit = fit;
    }

    double em(double v) {
        return v * fontPx;
    }

    /** The gap between blocks in px. */
    double gap() {
        return em(BLOCK_GAP * fit.spacing());
    }

    /** Room in px for the body of a page {@code height} px tall, as the page's VBox lays it out. */
    double room(double height, Region header, Region footer, double width) {
        return height - em(PageGeometry.PAD_TOP) - em(PAD_BOTTOM) - header.prefHeight(width)
                - footer.prefHeight(width) - em(BODY_MARGIN) - 3 * em(PAGE_GAP);
    }

    /** The page's own box: padding and gaps in em of {@code fontPx}. */
    void stylePage(VBox page) {
        page.setStyle("-fx-font-size: " + fontPx + "px;");
        page.setPadding(new Insets(em(PageGeometry.PAD_TOP), em(PageGeometry.PAD_X), em(PAD_BOTTOM),
                em(PageGeometry.PAD_X)));
        page.setSpacing(em(PAGE_GAP));
    }

    /** The title and subtitle; on a measure's pages its rank and score large at the right. */
    Region header(String title, String subtitle, Standing standing) {
        Label t = label(title, "projection-title", 1);
        t.setId("projectionTitle");
        VBox titles = new VBox(em(0.1), t);
        if (!subtitle.isBlank()) {
            Label sub = label(subtitle, "projection-subtitle", 1);
            sub.setId("projectionSubtitle");
            titles.getChildren().add(sub);
        }
        if (standing == null) {
            titles.getStyleClass().add("projection-header");
            return titles;
        }
        HBox.setHgrow(titles, Priority.ALWAYS);
        titles.setMinWidth(0);
        HBox header = new HBox(em(1.5), titles, standing(standing));
        header.getStyleClass().add("projection-header");
        return header;
    }

    private Node standing(Standing s) {
        Label rank = label(s.rank(), "projection-rank", 1);
        rank.setId("projectionRank");
        rank.setWrapText(false);
        rank.setMinWidth(Region.USE_PREF_SIZE);
        Region marker = new Region();
        marker.getStyleClass().addAll("projection-marker", s.tierIndex() < 0 ? "tier-none" : "tier-" + s.tierIndex());
        marker.setMinSize(em(0.8), em(0.8));
        marker.setMaxSize(em(0.8), em(0.8));
        Label tier = label(s.tier(), "projection-standing-tier", 1);
        tier.setId("projectionTier");
        tier.setWrapText(false);
        tier.setMinWidth(Region.USE_PREF_SIZE);
        Label score = label(s.score(), "projection-score", 1);
        score.setId("projectionScore");
        score.setWrapText(false);
        score.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(em(0.5), marker, tier, score);
        line.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(0, rank, line);
        box.setAlignment(Pos.TOP_RIGHT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.getStyleClass().add("projection-standing");
        return box;
    }

    /** The footer: the page's title on one line, the typed page number (when typing) and {@code n / N}. */
    HBox footer(String title, String number, String jump) {
        Label t = label(title, "projection-footer-text", 1);
        t.setId("projectionFooterTitle");
        t.setWrapText(false);
        t.setMinWidth(0);
        HBox.setHgrow(t, Priority.ALWAYS);
        t.setMaxWidth(Double.MAX_VALUE);
        Label n = label(number, "projection-footer-text", 1);
        n.setId("projectionPageNumber");
        n.setWrapText(false);
        n.setMinWidth(Region.USE_PREF_SIZE);
        HBox footer = new HBox(em(1), t);
        if (jump != null) {
            Label j = label(jump, "projection-jump", 1);
            j.setId("projectionJump");
            j.setWrapText(false);
            j.setMinWidth(Region.USE_PREF_SIZE);
            footer.getChildren().add(j);
        }
        footer.getChildren().add(n);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("projection-footer");
        return footer;
    }

    /** An empty body at the fit's type and spacing. */
    VBox body() {
        VBox body = new VBox(gap());
        body.setId("projectionBody");
        VBox.setMargin(body, new Insets(em(BODY_MARGIN), 0, 0, 0));
        setBodyFont(body, fit.font());
        return body;
    }

    void setBodyFont(VBox body, double scale) {
        body.setStyle("-fx-font-size: " + (scale * fontPx) + "px;");
    }

    /** A block other than a chart. */
    Node block(PageBlock b) {
        if (b instanceof Heading x) {
            Label l = label(x.text(), "projection-heading");
            VBox.setMargin(l, new Insets(gap(), 0, 0, 0));
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
        VBox box = new VBox(em(0.2 * fit.spacing()), heading, spread, sides);
        box.getStyleClass().add("projection-contrast");
        return box;
    }

    private Node side(Contrast.Side s) {
        Label who = label(s.label() + "　" + s.value(), "projection-strong");
        Label note = label(s.note(), "projection-secondary");
        VBox box = new VBox(em(0.1 * fit.spacing()), who, note);
        box.getStyleClass().add("projection-side");
        box.setPrefWidth(em(PageGeometry.contrastSideWidth()));
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** A wrapping label; its line gap follows the fit (an inline style, so it wins over the style sheet's). */
    Label label(String text, String style) {
        return label(text, style, fit.spacing());
    }

    private static Label label(String text, String style, double spacing) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setStyle("-fx-line-spacing: " + LINE_GAP * spacing + "em;");
        return l;
    }
}
