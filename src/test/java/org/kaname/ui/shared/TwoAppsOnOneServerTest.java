package org.kaname.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.io.PlanJson;
import org.kaname.edit.Cell;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.service.SamplePlan;
import org.kaname.service.Services;
import org.kaname.store.PostgresTestServer;
import org.kaname.store.ServerAddress;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.MainView;
import org.kaname.ui.MainViewModel;
import org.kaname.ui.NoAppActions;
import org.kaname.ui.RecordingDialogs;
import org.kaname.ui.Styles;
import org.kaname.ui.task.FxTaskExecutor;
import org.kaname.edit.ScoreEdits;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, app test: two app windows in one JVM, each with its own services on the same PostgreSQL database (their
 * own connections and plan feed), as on two PCs. A score typed on the scoring screen of one appears on the other's
 * within 2 s, in its plan and in its grid, and its status bar names who changed it.
 */
@ExtendWith(ApplicationExtension.class)
class TwoAppsOnOneServerTest extends FxRobot {
    private Stage first;
    private Stage second;
    private final Window[] windows = new Window[2];

    /** One app window: its services, saver, executor, view model and view. */
    private static final class Window {
        Services services;
        final ExecutorService saver = Executors.newSingleThreadExecutor();
        final FxTaskExecutor executor = new FxTaskExecutor();
        MainViewModel vm;
        MainView view;

        void close() throws Exception {
            if (view != null) {
                WaitForAsyncUtils.asyncFx(() -> {
                    view.dispose();
                    vm.dispose();
                }).get();
            }
            saver.shutdown();
            saver.awaitTermination(10, TimeUnit.SECONDS);
            executor.close();
            if (services != null) {
                services.close();
            }
        }
    }

    @Start
    void start(Stage stage) {
        this.first = stage;
    }

    @AfterEach
    void close() throws Exception {
        for (Window w : windows) {
            if (w != null) {
                w.close();
            }
        }
        if (second != null) {
            WaitForAsyncUtils.asyncFx(second::close).get();
        }
    }

    private Window open(Stage stage, ServerAddress db, char[] password) throws Exception {
        Window w = new Window();
        w.services = Services.openServer(db, password.clone(), Locale.JAPANESE);
        WaitForAsyncUtils.asyncFx(() -> {
            w.vm = new MainViewModel(w.services, w.executor, w.saver, Platform::runLater, new RecordingDialogs(),
                    Locale.JAPANESE, plan -> { });
            w.view = new MainView(w.vm, new NoAppActions(), "scoringScreen");
            Scene scene = new Scene(w.view.build(), 1280, 800);
            Styles.apply(scene, JapaneseFont.family());
            stage.setScene(scene);
            stage.show();
            w.vm.refreshPlans();
        }).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.vm.editorProperty().get() != null
                && stage.getScene().lookup("#scoreGrid") != null);
        WaitForAsyncUtils.waitForFxEvents();
        return w;
    }

    private static double value(Plan plan, Cell cell) {
        return ScoreEdits.find(plan, cell).map(Score::value).orElse(Double.NaN);
    }

    /** The text of the rendered grid cell of row 0 in the criterion column {@code criterionId}, in {@code stage}. */
    private String cellText(Stage stage, String criterionId) {
        return from(stage.getScene().getRoot()).lookup(".score-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableRow() != null && c.getTableRow().getIndex() == 0
                        && c.getTableColumn() != null
                        && ("criterion-" + criterionId).equals(c.getTableColumn().getId()))
                .map(TableCell::getText).findFirst().orElse("");
    }

    @Test
    void aScoreTypedInOneWindowAppearsInTheOtherWithinTwoSeconds() throws Exception {
        PostgresTestServer server = PostgresTestServer.shared();
        ServerAddress db = server.newDatabase();
        char[] password = server.superuserPassword();
        try (Services setUp = Services.openServer(db, password.clone(), Locale.JAPANESE)) {
            setUp.plans().create(SamplePlan.load(new PlanJson(Locale.JAPANESE)));
        }
        second = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setX(40);
            s.setY(40);
            return s;
        }).get();
        windows[0] = open(first, db, password);
        windows[1] = open(second, db, password);
        Window a = windows[0];
        Window b = windows[1];
        long planId = a.vm.editorProperty().get().planId();
        assertThat(b.vm.editorProperty().get().planId()).isEqualTo(planId);
        assertThat(b.vm.databaseProperty().get()).startsWith("共有: postgres@");

        Plan before = b.vm.editorProperty().get().plan();
        String rater = before.raters().get(0).id();
        String measure = before.measures().get(0).id();
        String criterion = before.criteria().get(0).id();
        Cell cell = new Cell(measure, criterion, rater);
        double old = value(before, cell);
        int typed = old == 5 ? 2 : 5;

        // Typed into the first window's grid: focus is on the first measure's first criterion.
        interact(() -> {
            first.toFront();
            first.getScene().lookup("#scoreGrid").requestFocus();
        });
        long start = System.nanoTime();
        type(typed == 5 ? KeyCode.DIGIT5 : KeyCode.DIGIT2);
        assertThat(value(a.vm.editorProperty().get().plan(), cell)).as("in the first window at once")
                .isEqualTo(typed);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> value(b.vm.editorProperty().get().plan(), cell) == typed
                && cellText(second, criterion).startsWith(Integer.toString(typed)));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("score typed in one window shown in the other after " + ms + " ms");
        assertThat(ms).as("shown in the other window within 2 s").isLessThanOrEqualTo(2_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(b.vm.statusProperty().get()).isEqualTo("postgresさんの変更を反映しました");
        assertThat(b.vm.saveStateProperty().get()).as("nothing of its own is saving")
                .isEqualTo(MainViewModel.SaveState.SAVED);
        interact(() -> Shots.take(second.getScene(), null, "two-windows-second-ja"));
        assertThat(from(second.getScene().getRoot()).lookup("#statusLine").queryAs(Label.class).getText())
                .isEqualTo("postgresさんの変更を反映しました");
    }
}
