package org.kaname.ui.projection;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.Styles;
import org.kaname.ui.projection.PageBlock.ChartBlock;

/**
 * Heights measured on the real nodes ({@link PageNodes}) in an off-screen scene with the projection's style sheet and
 * font, at the type of a 1920×1080 page. Every page size shows the same page in em, so one measure serves all; a
 * little slack covers the rounding of smaller type. Use on the JavaFX thread only.
 */
final class RenderedMeasure implements PageMeasure {
    /** The page's type at 1920×1080. */
    static final double REFERENCE_PX = 27;
    /** Room kept free for the line breaks of other type sizes, in em. */
    static final double SLACK = 0.3;
    private static final int CACHE_LIMIT = 20_000;

    private final StackPane root = new StackPane();
    private final VBox page = new VBox();
    private final Map<Object, Double> cache = new HashMap<>();

    RenderedMeasure() {
        root.getStyleClass().add("projection-root");
        root.getStylesheets().add(RenderedMeasure.class.getResource("projection.css").toExternalForm());
        page.getStyleClass().add("projection-page");
        root.getChildren().add(page);
        Scene scene = new Scene(root, PageGeometry.PAGE_WIDTH * REFERENCE_PX, PageGeometry.PAGE_HEIGHT * REFERENCE_PX);
        Styles.apply(scene, JapaneseFont.family());
    }

    private static double contentWidth() {
        return PageGeometry.CONTENT_WIDTH * REFERENCE_PX;
    }

    @Override
    public double height(PageBlock block, PageFit fit) {
        if (block instanceof ChartBlock c) {
            return c.preferredRowsEm() + gap(fit);
        }
        return cached(new BlockKey(block, fit), () -> {
            PageNodes nodes = new PageNodes(REFERENCE_PX, fit);
            nodes.stylePage(page);
            VBox body = nodes.body();
            body.getChildren().add(nodes.block(block));
            page.getChildren().setAll(body);
            page.applyCss();
            return body.prefHeight(contentWidth()) / REFERENCE_PX + gap(fit);
        });
    }

    @Override
    public double gap(PageFit fit) {
        return PageNodes.BLOCK_GAP * fit.spacing();
    }

    @Override
    public double bodyHeight(String title, String subtitle, Standing standing) {
        return cached(new HeaderKey(title, subtitle, standing), () -> {
            PageNodes nodes = new PageNodes(REFERENCE_PX, PageFit.NORMAL);
            nodes.stylePage(page);
            Region header = nodes.header(title, subtitle, standing);
            HBox footer = nodes.footer(title, "888 / 888", null);
            page.getChildren().setAll(header, footer);
            page.applyCss();
            double room = nodes.room(PageGeometry.PAGE_HEIGHT * REFERENCE_PX, header, footer, contentWidth());
            return room / REFERENCE_PX - SLACK;
        });
    }

    private double cached(Object key, java.util.function.DoubleSupplier compute) {
        Double known = cache.get(key);
        if (known != null) {
            return known;
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        double h = compute.getAsDouble();
        page.getChildren().clear();
        cache.put(key, h);
        return h;
    }

    private record BlockKey(PageBlock block, PageFit fit) {
    }

    private record HeaderKey(String title, String subtitle, Standing standing) {
    }
}
