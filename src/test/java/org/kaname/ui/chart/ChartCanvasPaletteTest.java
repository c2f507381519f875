package org.kaname.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.chart.ChartPalette;
import org.kaname.chart.ChartStyle;
import org.kaname.chart.ContributionChart;
import org.kaname.ui.Styles;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A chart on screen follows the theme: the high-contrast stylesheet switches its canvas to the high-contrast palette. */
@ExtendWith(ApplicationExtension.class)
class ChartCanvasPaletteTest {
    private static final String HIGH_CONTRAST = "/org/kaname/ui/kaname-high-contrast.css";
    private ChartCanvas canvas;
    private Scene scene;

    @Start
    void start(Stage stage) {
        canvas = new ChartCanvas();
        canvas.chartProperty().set(new ContributionChart(List.of("A", "B"),
                List.of(new ContributionChart.Bar("S1", List.of(40.0, 30.0))), 100, "得点", ChartStyle.standard()));
        scene = new Scene(new StackPane(canvas), 500, 200);
        Styles.apply(scene, "System");
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theHighContrastThemeSwitchesThePaletteAndBack() throws Exception {
        int standard = argb(ChartPalette.STANDARD.seriesFill(0).colour());
        int high = argb(ChartPalette.HIGH_CONTRAST.seriesFill(0).colour());
        assertThat(palette()).isSameAs(ChartPalette.STANDARD);
        assertThat(pixels()).contains(standard).doesNotContain(high);

        WaitForAsyncUtils.asyncFx(() -> scene.getStylesheets().add(
                Styles.class.getResource(HIGH_CONTRAST).toExternalForm())).get();
        assertThat(palette()).isSameAs(ChartPalette.HIGH_CONTRAST);
        assertThat(pixels()).contains(high).doesNotContain(standard);

        WaitForAsyncUtils.asyncFx(() -> scene.getStylesheets().removeIf(s -> s.endsWith("kaname-high-contrast.css")))
                .get();
        assertThat(palette()).isSameAs(ChartPalette.STANDARD);
        assertThat(ChartPalette.current()).as("nothing leaks to other drawings").isSameAs(ChartPalette.STANDARD);
    }

    /** The canvas's palette after a CSS pass (as the next pulse would make). */
    private ChartPalette palette() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().applyCss();
            return canvas.palette();
        }).get();
    }

    private Set<Integer> pixels() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            WritableImage image = canvas.snapshot(null, null);
            PixelReader r = image.getPixelReader();
            Set<Integer> seen = new HashSet<>();
            for (int y = 0; y < (int) image.getHeight(); y++) {
                for (int x = 0; x < (int) image.getWidth(); x++) {
                    seen.add(r.getArgb(x, y));
                }
            }
            return seen;
        }).get();
    }

    private static int argb(java.awt.Color c) {
        return 0xFF000000 | c.getRGB();
    }
}
