package org.kaname.ui.projection;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.DoubleSupplier;
import javafx.application.Platform;
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
 * little slack covers the rounding of smaller type.
 * <p>
 * May be asked from any thread; the layout itself always runs on the JavaFX thread, one block per hand-off. Laying
 * out a label elsewhere is not safe even in a scene that is never shown: the labels' skins measure text with one
 * shared, unsynchronised text layout ({@code com.sun.javafx.scene.control.skin.Utils}), which the JavaFX thread uses
 * at the same time for the main window; and a count of characters or font metrics alone would not break lines as the
 * labels do (that is what {@link EstimatedMeasure} does, and why this class exists). So the pages are dealt on a
 * worker ({@link ProjectionViewModel} runs them through the task executor), and the JavaFX thread is lent for a few
 * milliseconds per new block: it keeps drawing, takes Esc and shows the progress in between. Heights already
 * measured are answered from the cache without a hand-off.
 */
final class RenderedMeasure implements PageMeasure {
    /** The page's type at 1920×1080. */
    static final double REFERENCE_PX = 27;
    /** Room kept free for the line breaks of other type sizes, in em. */
    static final double SLACK = 0.3;
    private static final int CACHE_LIMIT = 20_000;

    /** The off-screen page: made, used and emptied on the JavaFX thread only. */
    private VBox page;
    private final Map<Object, Double> cache = new ConcurrentHashMap<>();

    private static double contentWidth() {
        return PageGeometry.CONTENT_WIDTH * REFERENCE_PX;
    }

    /** The off-screen page, made on first use (on the JavaFX thread). */
    private VBox page() {
        if (page == null) {
            StackPane root = new StackPane();
            root.getStyleClass().add("projection-root");
            root.getStylesheets().add(RenderedMeasure.class.getResource("projection.css").toExternalForm());
            page = new VBox();
            page.getStyleClass().add("projection-page");
            root.getChildren().add(page);
            Scene scene = new Scene(root, PageGeometry.PAGE_WIDTH * REFERENCE_PX,
                    PageGeometry.PAGE_HEIGHT * REFERENCE_PX);
            Styles.apply(scene, JapaneseFont.family());
        }
        return page;
    }

    @Override
    public double height(PageBlock block, PageFit fit) {
        if (block instanceof ChartBlock c) {
            return c.preferredRowsEm() + gap(fit);
        }
        return cached(new BlockKey(block, fit), () -> {
            VBox page = page();
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
            VBox page = page();
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

    private double cached(Object key, DoubleSupplier layout) {
        Double known = cache.get(key);
        if (known != null) {
            return known;
        }
        double h = onFxThread(() -> {
            double measured = layout.getAsDouble();
            page.getChildren().clear();
            return measured;
        });
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, h);
        return h;
    }

    /**
     * {@code layout} run on the JavaFX thread: at once when called there, else handed over and waited for. A worker
     * that is interrupted (its task cancelled) stops waiting with a {@link CancellationException}.
     */
    private static double onFxThread(DoubleSupplier layout) {
        if (Platform.isFxApplicationThread()) {
            return layout.getAsDouble();
        }
        FutureTask<Double> task = new FutureTask<>(layout::getAsDouble);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(false);
            Thread.currentThread().interrupt();
            throw new CancellationException("pagination cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private record BlockKey(PageBlock block, PageFit fit) {
    }

    private record HeaderKey(String title, String subtitle, Standing standing) {
    }
}
