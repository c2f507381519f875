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
import org.kaname.ui.NoAppActions;
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
                WorkshopViewModel vm = new WorkshopViewModel(fixture.context, fixture.context.messages(WorkshopScreen.BUNDLE));
                play(vm, locale == Locale.ENGLISH);
                vm.dispose();
                MainViewModel main = new MainViewModel(fixture.services.plans(), new CurrentThreadTaskExecutor(),
                        Runnable::run, Runnable::run, fixture.dialogs, locale);
                MainView view = new MainView(main, new NoAppActions(), "workshopScreen");
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
                measure.getItems().stream().filter(m -> m.id().equals("S1-4")).findFirst()
                        .ifPresent(m -> measure.getSelectionModel().select(m));
                shoot(scene, out.resolve("screen-8-workshop-" + suffix + ".png"));
                // The start form, and a third round with r2's sheet half entered: the facilitator during entry.
                ((Button) scene.lookup("#startRound")).fire();
                shoot(scene, out.resolve("screen-8-workshop-form-" + suffix + ".png"));
                ((Button) scene.lookup("#formCancel")).fire();
                PlanEditor editor = main.editorProperty().get();
                Instant now = Instant.now();
                editor.apply(org.kaname.ui.TestEdits.rewrite("tour", p -> {
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
    /**
     * A believable workshop on three measures, both rounds started from the current scores. Round 1: the departments
     * read the measures differently and the values spread wide (about 29% of the scale on average). The discussion
     * goes through the top disagreements; in round 2 most values converge (about 15%), while the feasibility of the
     * new department and of the counter model stay open questions.
     */
    private static void play(WorkshopViewModel vm, boolean en) {
        vm.showForm();
        vm.form().selectOnly(List.of("S1-4", "S2-1", "S3-3"));
        vm.form().prefillProperty().set(true);
        vm.startRound();
        // Values per rater r1 企画課, r2 情報政策課, r3 人事課, criteria in plan order.
        values(vm, "S1-4", "speed", 2, 5, 3);
        values(vm, "S1-4", "feasibility", 3, 5, 1);
        values(vm, "S1-4", "cost", 2, 4, 4);
        values(vm, "S1-4", "evidence", 2, 4, 3);
        values(vm, "S2-1", "speed", 4, 5, 2);
        values(vm, "S2-1", "feasibility", 2, 4, 3);
        values(vm, "S2-1", "cost", 2, 4, 3);
        values(vm, "S2-1", "evidence", 3, 5, 5);
        values(vm, "S3-3", "speed", 1, 5, 3);
        values(vm, "S3-3", "feasibility", 4, 4, 2);
        values(vm, "S3-3", "fairness", 5, 2, 4);
        note(vm, "r1", "S3-3", "speed", en ? "Keeping counters and phones staffed delays any visible effect"
                : "対面・電話窓口の維持が前提で、効果の実感まで時間を要する");
        note(vm, "r2", "S3-3", "speed", en ? "The chatbot answers questions from day one"
                : "チャットボット導入で問い合わせ対応は即座に改善する");
        note(vm, "r3", "S1-4", "feasibility", en ? "A new department needs an ordinance change and new posts"
                : "専門部署の新設には組織条例の改正と定数措置が必要");
        note(vm, "r2", "S1-4", "feasibility", en ? "Can start inside the current organisation"
                : "現行組織内の室として速やかに設置できる");
        note(vm, "r1", "S2-1", "feasibility", en ? "Every counter's forms must be redesigned first"
                : "各窓口の申請様式を先に見直す必要があり、準備に時間を要する");
        note(vm, "r2", "S2-1", "feasibility", en ? "The national standard model can be reused as it is"
                : "国の標準モデルをそのまま活用できる");
        vm.reveal();
        // After the discussion: most values move together; two feasibility questions stay open.
        vm.showForm();
        vm.form().selectOnly(List.of("S1-4", "S2-1", "S3-3"));
        vm.form().prefillProperty().set(true);
        vm.startRound();
        values(vm, "S1-4", "speed", 3, 4, 3);
        values(vm, "S1-4", "feasibility", 3, 4, 2);
        values(vm, "S1-4", "cost", 3, 4, 4);
        values(vm, "S1-4", "evidence", 3, 4, 3);
        values(vm, "S2-1", "speed", 4, 5, 4);
        values(vm, "S2-1", "cost", 3, 4, 3);
        values(vm, "S2-1", "evidence", 4, 5, 5);
        values(vm, "S3-3", "speed", 3, 4, 3);
        values(vm, "S3-3", "feasibility", 4, 4, 3);
        values(vm, "S3-3", "fairness", 4, 3, 4);
        note(vm, "r1", "S3-3", "speed", en ? "The chatbot helps, but the counters remain a burden"
                : "チャットボットの効果は認めるが、窓口維持の負担は残る");
        note(vm, "r3", "S1-4", "feasibility", en ? "Possible as an office first, a department later"
                : "まず室として設置し、段階的に部へ格上げすれば可能");
        vm.reveal();
    }

    /** The values of r1, r2 and r3 on one cell of the open round (notes kept). */
    private static void values(WorkshopViewModel vm, String measure, String criterion, int r1, int r2, int r3) {
        int[] v = {r1, r2, r3};
        for (int i = 0; i < 3; i++) {
            vm.selectedRaterIdProperty().set("r" + (i + 1));
            vm.setValue(measure, criterion, v[i]);
        }
    }

    private static void note(WorkshopViewModel vm, String rater, String measure, String criterion, String note) {
        vm.selectedRaterIdProperty().set(rater);
        vm.saveNote(measure, criterion, note);
    }

    private static void shoot(Scene scene, Path file) throws java.io.IOException {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
    }
}
