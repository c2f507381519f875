package org.kaname.ui.workshop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import java.time.Instant;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.kaname.engine.workshop.Rounds;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.service.PlanEditor;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.MainView;
import org.kaname.ui.MainViewModel;
import org.kaname.ui.task.CurrentThreadTaskExecutor;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;

/**
 * Screenshots of the workshop screen for the user guide: two revealed rounds on the sample plan and the top
 * disagreement selected. Not a test: run it by hand, headless (Monocle) or on an X display:
 * {@code java -cp target/test-classes:target/classes:<deps> org.kaname.ui.workshop.WorkshopTour docs/images ja}.
 */
public final class WorkshopTour {
    private WorkshopTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Locale locale = args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.JAPANESE;
        String suffix = locale == Locale.ENGLISH ? "en" : "ja";
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("kaname-workshop-tour");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ScreenFixture fixture = new ScreenFixture(data, locale);
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                // The workshop is played on the fixture's editor, then the plan is shown in the app's window.
                WorkshopViewModel vm = new WorkshopViewModel(fixture.context);
                play(vm, locale == Locale.ENGLISH);
                vm.dispose();
                MainViewModel main = new MainViewModel(fixture.services.plans(), new CurrentThreadTaskExecutor(),
                        Runnable::run, Runnable::run, fixture.dialogs, locale);
                MainView view = new MainView(main, new NoApp(), "workshopScreen");
                Scene scene = new Scene(view.build(), 1440, 900);
                Styles.apply(scene, JapaneseFont.family());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.setTitle("Kaname");
                stage.show();
                main.refreshPlans();
                view.showScreen(7);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                ((TableView<?>) scene.lookup("#disagreementTable")).getSelectionModel().select(0);
                @SuppressWarnings("unchecked")
                ComboBox<Measure> measure = (ComboBox<Measure>) scene.lookup("#chartMeasure");
                measure.getItems().stream().filter(m -> m.id().equals("S3-3")).findFirst()
                        .ifPresent(m -> measure.getSelectionModel().select(m));
                shoot(scene, out.resolve("screen-8-workshop-" + suffix + ".png"));
                // The start form, and a third round with r2's sheet half entered: the facilitator during entry.
                ((Button) scene.lookup("#startRound")).fire();
                shoot(scene, out.resolve("screen-8-workshop-form-" + suffix + ".png"));
                ((Button) scene.lookup("#formCancel")).fire();
                PlanEditor editor = main.editorProperty().get();
                Instant now = Instant.now();
                editor.apply(org.kaname.service.PlanEdit.of("tour", p -> {
                    Plan x = Rounds.open(p, locale == Locale.ENGLISH ? "Round 3" : "第3回", List.of("S1-4", "S3-3"),
                            List.of("r1", "r2", "r3"), false, false, now);
                    x = Rounds.enter(x, "S1-4", "speed", "r1", 4.0, "", now);
                    x = Rounds.enter(x, "S1-4", "speed", "r2", 3.0, "", now);
                    return Rounds.enter(x, "S1-4", "feasibility", "r2", 2.0, "", now);
                }));
                @SuppressWarnings("unchecked")
                ComboBox<org.kaname.model.Rater> rater =
                        (ComboBox<org.kaname.model.Rater>) scene.lookup("#roundRaterChooser");
                rater.getSelectionModel().select(1);
                shoot(scene, out.resolve("screen-8-workshop-round-" + suffix + ".png"));
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        fixture.close();
        Platform.exit();
    }

    /** The tour changes no settings. */
    private static final class NoApp implements MainView.AppActions {
        @Override
        public void setLanguage(Locale locale) {
        }

        @Override
        public void zoom(double factor) {
        }

        @Override
        public void resetZoom() {
        }

        @Override
        public void setHighContrast(boolean on) {
        }

        @Override
        public boolean highContrast() {
            return false;
        }

        @Override
        public void quit() {
        }

        @Override
        public void screenShown(String screenId) {
        }
    }

    /**
     * A small workshop: round 1 on three measures started from the sample's scores, where two departments move far
     * apart on one cell; after the discussion round 2, where one of them comes closer.
     */
    private static void play(WorkshopViewModel vm, boolean en) {
        vm.showForm();
        vm.form().selectOnly(List.of("S1-4", "S2-1", "S3-3"));
        vm.form().prefillProperty().set(true);
        vm.startRound();
        enter(vm, "r1", "S3-3", "speed", 1, en ? "Keeping counters and phones staffed delays any visible effect"
                : "対面・電話窓口の維持が前提で、効果の実感まで時間を要する");
        enter(vm, "r2", "S3-3", "speed", 5, en ? "The chatbot answers questions from day one"
                : "チャットボット導入で問い合わせ対応は即座に改善する");
        enter(vm, "r3", "S1-4", "feasibility", 1, en ? "A new department needs an ordinance change and new posts"
                : "専門部署の新設には組織条例の改正と定数措置が必要");
        enter(vm, "r2", "S1-4", "feasibility", 4, en ? "Can start inside the current organisation"
                : "現行組織内の室として速やかに設置できる");
        vm.reveal();
        vm.showForm();
        vm.form().selectOnly(List.of("S1-4", "S3-3"));
        vm.startRound();
        enter(vm, "r1", "S3-3", "speed", 2, en ? "The chatbot helps, but the counters remain a burden"
                : "チャットボットの効果は認めるが、窓口維持の負担は残る");
        enter(vm, "r3", "S1-4", "feasibility", 2, en ? "Possible as an office first, a department later"
                : "まず室として設置し、段階的に部へ格上げすれば可能");
        vm.reveal();
    }

    private static void enter(WorkshopViewModel vm, String rater, String measure, String criterion, int value,
                              String note) {
        vm.selectedRaterIdProperty().set(rater);
        vm.setValue(measure, criterion, value);
        vm.saveNote(measure, criterion, note);
    }

    private static void shoot(Scene scene, Path file) throws java.io.IOException {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
    }
}
