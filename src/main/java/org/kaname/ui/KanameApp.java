package org.kaname.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.kaname.i18n.Messages;
import org.kaname.service.Services;
import org.kaname.store.StorageUnavailableException;
import org.kaname.ui.task.FxTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app. The window appears first with a loading line; the database is opened off the FX thread, and a
 * data directory locked by another Kaname is reported in a dialog, never as a stack trace.
 */
public final class KanameApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(KanameApp.class);

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private Services services;

    /** Opens the app on {@code dataDirectory}; returns when the last window closes. */
    public static void launch(Path dataDirectory) {
        Application.launch(KanameApp.class, "--data=" + dataDirectory);
    }

    @Override
    public void start(Stage stage) {
        Path dataDirectory = Path.of(getParameters().getNamed().get("data"));
        // Japanese first, whatever the PC's locale; English is a user setting (issue 4), not an accident of the OS.
        Locale locale = Locale.JAPANESE;
        Messages messages = Messages.of("org.kaname.ui.messages", locale);
        stage.setTitle(messages.get("app.title"));
        StackPane loading = new StackPane(new Label(messages.get("status.loading")));
        Scene scene = new Scene(loading, 1280, 800);
        Styles.apply(scene, JapaneseFont.family());
        stage.setScene(scene);
        stage.show();
        FxDialogService dialogs = new FxDialogService(stage);
        executor.submit(progress -> Services.open(dataDirectory, locale), opened -> {
            services = opened;
            MainViewModel vm = new MainViewModel(opened.plans(), executor, dialogs, messages);
            scene.setRoot(new MainView(vm, messages).build());
            vm.refreshPlans();
        }, error -> {
            LOG.error("cannot open data directory {}", dataDirectory, error);
            dialogs.showError(messages.get("storage.title"), storageMessage(messages, error));
            Platform.exit();
        });
    }

    static String storageMessage(Messages messages, Throwable error) {
        if (error instanceof StorageUnavailableException e) {
            return switch (e.reason()) {
                case LOCKED -> messages.get("storage.locked", e.location());
                case NEWER_SCHEMA -> messages.get("storage.newer", e.location());
                case INACCESSIBLE -> messages.get("storage.inaccessible", e.location(), e.getMessage());
            };
        }
        return String.valueOf(error.getMessage());
    }

    @Override
    public void stop() {
        executor.close();
        if (services != null) {
            services.close();
        }
    }
}
