package org.kaname.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kaname.service.Services;
import org.kaname.ui.task.CurrentThreadTaskExecutor;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's main window on the test's stage: a fresh data folder with the sample plan, the view model with a
 * synchronous executor and saver, the window built and styled as the app does and the plan list loaded. Closing it
 * disposes the window, closes the database and deletes the folder. Tests of the whole window share this set-up.
 */
public final class ShownMainView implements AutoCloseable {
    public final Path dir;
    public final Services services;
    public final MainViewModel vm;
    public final MainView view;
    private boolean closed;

    private ShownMainView(Path dir, Services services, MainViewModel vm, MainView view) {
        this.dir = dir;
        this.services = services;
        this.vm = vm;
        this.view = view;
    }

    /** The window at 1280×800 with dialogs that record what they were asked and no app-level actions. */
    public static ShownMainView show(Stage stage, Locale locale) throws Exception {
        return show(stage, locale, new RecordingDialogs(), new NoAppActions(), 1280, 800);
    }

    /** The window at {@code width}×{@code height} with the given dialogs and app-level actions. */
    public static ShownMainView show(Stage stage, Locale locale, DialogService dialogs, MainView.AppActions app,
                                     int width, int height) throws Exception {
        Path dir = Files.createTempDirectory("kaname-main");
        Services services = Services.open(dir, locale);
        ShownMainView shown = WaitForAsyncUtils.asyncFx(() -> {
            MainViewModel vm = new MainViewModel(services, new CurrentThreadTaskExecutor(), Runnable::run,
                    Runnable::run, dialogs, locale, plan -> { });
            MainView view = new MainView(vm, app, "");
            Scene scene = new Scene(view.build(), width, height);
            Styles.apply(scene, JapaneseFont.family());
            stage.setScene(scene);
            stage.show();
            vm.refreshPlans();
            return new ShownMainView(dir, services, vm, view);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return shown;
    }

    @Override
    public void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        WaitForAsyncUtils.asyncFx(view::dispose).get();
        services.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
