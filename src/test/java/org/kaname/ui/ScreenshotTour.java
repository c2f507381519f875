package org.kaname.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.kaname.service.Services;
import org.kaname.ui.task.CurrentThreadTaskExecutor;

/**
 * Takes a screenshot of every screen of the app on the sample plan, for the user guide (docs/images). Not a test:
 * run it by hand, headless (Monocle) or on an X display:
 * {@code java -cp target/test-classes:target/classes:<deps> org.kaname.ui.ScreenshotTour docs/images ja}.
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Locale locale = args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.JAPANESE;
        String suffix = locale == Locale.ENGLISH ? "en" : "ja";
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("kaname-tour");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Services services = Services.open(data, locale);
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                RecordingDialogs dialogs = new RecordingDialogs();
                MainViewModel vm = new MainViewModel(services.plans(), new CurrentThreadTaskExecutor(),
                        Runnable::run, Runnable::run, dialogs, locale);
                MainView view = new MainView(vm, new NoAppActions(), "");
                Scene scene = new Scene(view.build(), 1440, 900);
                Styles.apply(scene, JapaneseFont.family());
                stage.setScene(scene);
                stage.setTitle("Kaname");
                stage.show();
                vm.refreshPlans();
                String[] names = {"overview", "criteria", "measures", "scoring", "ranking", "sensitivity",
                    "roadmap"};
                shoot(scene, out.resolve("main-window-" + suffix + ".png"));
                for (int i = 0; i < names.length; i++) {
                    view.showScreen(i);
                    if (names[i].equals("sensitivity")) {
                        // Skins (and so the scroll pane's content) exist only after a CSS and layout pass.
                        scene.getRoot().applyCss();
                        scene.getRoot().layout();
                        javafx.scene.Node run = scene.lookup("#runMonteCarlo");
                        if (run instanceof javafx.scene.control.Button b) {
                            b.fire();
                        }
                    }
                    shoot(scene, out.resolve("screen-" + (i + 1) + "-" + names[i] + "-" + suffix + ".png"));
                }
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        services.close();
        Platform.exit();
    }

    private static void shoot(Scene scene, Path file) throws java.io.IOException {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WritableImage image = scene.snapshot(null);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    /** The tour changes no settings. */
}
