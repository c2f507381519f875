package org.kaname.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaname.service.Services;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.MainView;
import org.kaname.ui.MainViewModel;
import org.kaname.ui.NoAppActions;
import org.kaname.ui.RecordingDialogs;
import org.kaname.ui.Styles;
import org.kaname.ui.task.CurrentThreadTaskExecutor;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15 A1: every screen of the app, and every tab on it, on the sample plan at the default window (1280×800) and
 * the commonest office laptop (1366×768), in Japanese and English, shows no label cut off with "…" and no field whose
 * prompt is cut; the forms shown for a selection (a measure's details …) are checked with the first rows selected.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensFitTest {
    private Stage stage;
    private Path dir;
    private Services services;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void data() throws Exception {
        dir = Files.createTempDirectory("kaname-fit");
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(null)).get();
        if (services != null) {
            services.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"ja, 1280, 800", "en, 1280, 800", "ja, 1366, 768", "en, 1366, 768"})
    void noScreenCutsOffALabel(String language, int width, int height) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        services = Services.open(dir, locale);
        shotPrefix = language + "-" + width + "x" + height + "-";
        MainView view = WaitForAsyncUtils.asyncFx(() -> open(locale, width, height)).get();
        List<String> clips = new ArrayList<>();
        step(() -> check(stage.getScene(), "plan list", clips));
        int screens = WaitForAsyncUtils.asyncFx(() -> ((ListView<?>) stage.getScene().lookup("#navigation"))
                .getItems().size()).get();
        assertThat(screens).as("screens walked").isGreaterThanOrEqualTo(9);
        for (int i = 0; i < screens; i++) {
            int index = i;
            String screen = "screen " + (i + 1);
            // Each step in its own FX event, as a user sees it: layouts and deferred work (runLater) happen between.
            step(() -> view.showScreen(index));
            step(() -> {
                Node run = stage.getScene().lookup("#runMonteCarlo");
                if (run instanceof Button b && b.isVisible()) {
                    b.fire();
                }
            });
            step(() -> check(stage.getScene(), screen, clips));
            checkDetails(screen, clips);
            List<TabPane> tabs = WaitForAsyncUtils.asyncFx(() -> tabPanes(stage.getScene().getRoot())).get();
            for (TabPane pane : tabs) {
                for (Tab tab : List.copyOf(pane.getTabs())) {
                    step(() -> pane.getSelectionModel().select(tab));
                    step(() -> check(stage.getScene(), screen + " tab «" + tab.getText() + "»", clips));
                    checkDetails(screen + " tab «" + tab.getText() + "»", clips);
                }
                step(() -> pane.getSelectionModel().selectFirst());
            }
        }
        assertThat(clips).as("labels cut off with … in %s at %d×%d", language, width, height).isEmpty();
    }

    /**
     * The forms a screen shows only for a selection (a measure's details, a problem, a case, a version): select the
     * first rows of each list, tree and table shown, one at a time, and check what appears.
     */
    private void checkDetails(String where, List<String> clips) throws Exception {
        List<Control> lists = WaitForAsyncUtils.asyncFx(() -> selectable(stage.getScene().getRoot())).get();
        for (Control list : lists) {
            for (int row = 0; row < DETAIL_ROWS; row++) {
                int index = row;
                boolean selected = WaitForAsyncUtils.asyncFx(() -> select(list, index)).get();
                if (!selected) {
                    break;
                }
                WaitForAsyncUtils.waitForFxEvents();
                step(() -> check(stage.getScene(), where + " " + list.getId() + " row " + index, clips));
            }
        }
    }

    /**
     * Lists whose selection is not a look at a form: the window's own (selecting in them changes screen or plan,
     * which the walk does itself) and a combo box's list ("list-view"), where a selection is a change of the plan.
     */
    private static final java.util.Set<String> WINDOW_LISTS = java.util.Set.of("navigation", "planList", "list-view");

    /** A tree's first rows are its groups; its third is a measure in the sample. */
    private static final int DETAIL_ROWS = 3;

    private static boolean select(Control list, int index) {
        if (list instanceof TreeView<?> tree && index < tree.getExpandedItemCount()) {
            tree.getSelectionModel().clearAndSelect(index);
            return true;
        }
        if (list instanceof TableView<?> table && index < table.getItems().size()) {
            table.getSelectionModel().clearAndSelect(index);
            return true;
        }
        if (list instanceof ListView<?> view && index < view.getItems().size()) {
            view.getSelectionModel().clearAndSelect(index);
            return true;
        }
        return false;
    }

    private static List<Control> selectable(Node node) {
        List<Control> found = new ArrayList<>();
        if (!node.isVisible()) {
            return found;
        }
        if ((node instanceof TreeView<?> || node instanceof TableView<?> || node instanceof ListView<?>)
                && node.getId() != null && !WINDOW_LISTS.contains(node.getId())) {
            found.add((Control) node);
            return found;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                found.addAll(selectable(child));
            }
        }
        return found;
    }

    private static void step(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String shotPrefix = "";

    /** With -Dkaname.fit.shots=DIR, a screenshot of every screen and tab walked, to look at. */
    private void shoot(Scene scene, String where) {
        String dir = System.getProperty("kaname.fit.shots", "");
        if (dir.isBlank()) {
            return;
        }
        try {
            Path file = Path.of(dir, shotPrefix + where.replaceAll("[^\\p{L}\\p{N}]+", "_") + ".png");
            Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                    file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private MainView open(Locale locale, int width, int height) {
        MainViewModel vm = new MainViewModel(services.plans(), new CurrentThreadTaskExecutor(), Runnable::run,
                Runnable::run, new RecordingDialogs(), locale);
        MainView view = new MainView(vm, new NoAppActions(), "");
        Scene scene = new Scene(view.build(), width, height);
        Styles.apply(scene, JapaneseFont.family());
        stage.setScene(scene);
        stage.show();
        vm.refreshPlans();
        return view;
    }

    private static void settle(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    private void check(Scene scene, String where, List<String> clips) {
        settle(scene);
        shoot(scene, where);
        if (System.getProperty("kaname.fit.debug") != null) {
            for (Node t : scene.getRoot().lookupAll(".table-view")) {
                if (t.isVisible() && t instanceof javafx.scene.control.TableView<?> tv) {
                    System.out.println("DEBUG " + where + " " + tv.getId() + " w=" + tv.getWidth() + " "
                            + tv.getColumns().stream().map(c -> c.getText() + "[" + (int) c.getWidth() + "/min "
                            + (int) c.getMinWidth() + "]").toList());
                }
            }
        }
        for (ClippedText.Clip clip : ClippedText.in(scene.getRoot())) {
            String line = where + " " + clip;
            if (!clips.contains(line)) {
                clips.add(line);
            }
        }
    }

    private static List<TabPane> tabPanes(Node node) {
        List<TabPane> found = new ArrayList<>();
        if (!node.isVisible()) {
            return found;
        }
        if (node instanceof TabPane t) {
            found.add(t);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                found.addAll(tabPanes(child));
            }
        }
        return found;
    }
}
