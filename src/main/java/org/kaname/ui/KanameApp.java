package org.kaname.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kaname.i18n.Messages;
import org.kaname.service.Services;
import org.kaname.store.StorageUnavailableException;
import org.kaname.ui.task.FxTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app and its composition root. The window appears first with a loading line; the database is opened
 * off the FX thread. A data directory locked by another Kaname is reported in a dialog, never as a stack trace; any
 * unexpected error shows a dialog with details to copy, is logged, and the app keeps running.
 */
public final class KanameApp extends Application implements MainView.AppActions {
    /** Looked up when first needed: setting up logging before the first frame would delay the window. */
    private static Logger log() {
        return LoggerFactory.getLogger(KanameApp.class);
    }
    private static final double BASE_FONT_PX = 15;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    /** Saves run one after another on one thread, in the order the edits were made. */
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kaname-save");
        t.setDaemon(false);
        return t;
    });
    private Services services;
    private UiSettingsFile settingsFile;
    private UiSettings settings;
    private Stage stage;
    private Scene scene;
    private String fontFamily;
    private MainViewModel vm;

    /** Opens the app on {@code dataDirectory}; returns when the last window closes. */
    public static void launch(Path dataDirectory) {
        Application.launch(KanameApp.class, "--data=" + dataDirectory);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        Path dataDirectory = Path.of(getParameters().getNamed().get("data"));
        settingsFile = new UiSettingsFile(dataDirectory);
        settings = settingsFile.load();
        Messages messages = Messages.of("org.kaname.ui.messages", settings.locale());
        stage.setTitle(messages.get("app.title"));
        scene = new Scene(new StackPane(new Label(messages.get("status.loading"))), settings.width(),
                settings.height());
        fontFamily = JapaneseFont.family();
        Styles.apply(scene, fontFamily);
        applyLook();
        placeWindow();
        stage.setScene(scene);
        stage.show();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> unexpected(error));
        executor.submit(progress -> Services.open(dataDirectory, settings.locale()), opened -> {
            services = opened;
            showMain();
        }, error -> {
            log().error("cannot open data directory {}", dataDirectory, error);
            new FxDialogService(stage, messages.get("error.copyDetails"))
                    .showError(messages.get("storage.title"), storageMessage(messages, error));
            Platform.exit();
        });
        stage.setOnCloseRequest(e -> rememberWindow());
    }

    private void showMain() {
        Messages messages = Messages.of("org.kaname.ui.messages", settings.locale());
        stage.setTitle(messages.get("app.title"));
        FxDialogService dialogs = new FxDialogService(stage, messages.get("error.copyDetails"));
        vm = new MainViewModel(services.plans(), executor, saver, Platform::runLater, dialogs, settings.locale());
        vm.preferPlan(settings.lastPlanId());
        vm.selectedPlanProperty().addListener((o, a, b) -> {
            if (b != null) {
                settings = settings.withLastPlan(b.id(), settings.lastScreen());
            }
        });
        scene.setRoot(new MainView(vm, this, settings.lastScreen()).build());
        applyLook();
        vm.refreshPlans();
    }

    private void placeWindow() {
        stage.setWidth(settings.width());
        stage.setHeight(settings.height());
        if (!Double.isNaN(settings.x()) && !Double.isNaN(settings.y())
                && !Screen.getScreensForRectangle(new Rectangle2D(settings.x(), settings.y(), 100, 100)).isEmpty()) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        stage.setMaximized(settings.maximized());
    }

    private void rememberWindow() {
        if (stage.isMaximized()) {
            settings = settings.withBounds(settings.x(), settings.y(), settings.width(), settings.height(), true);
        } else {
            settings = settings.withBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
        settingsFile.save(settings);
    }

    private void applyLook() {
        scene.getRoot().setStyle("-fx-font-family: '" + fontFamily + "'; -fx-font-size: "
                + Math.round(BASE_FONT_PX * settings.fontScale() * 10) / 10.0 + "px;");
        String contrast = KanameApp.class.getResource("/org/kaname/ui/kaname-high-contrast.css").toExternalForm();
        scene.getStylesheets().remove(contrast);
        if (settings.highContrast()) {
            scene.getStylesheets().add(contrast);
        }
    }

    @Override
    public void setLanguage(Locale locale) {
        settings = settings.withLocale(locale);
        settingsFile.save(settings);
        if (services != null) {
            showMain();
        }
    }

    @Override
    public void zoom(double factor) {
        settings = settings.withFontScale(settings.fontScale() * factor);
        settingsFile.save(settings);
        applyLook();
    }

    @Override
    public void resetZoom() {
        settings = settings.withFontScale(1.0);
        settingsFile.save(settings);
        applyLook();
    }

    @Override
    public void setHighContrast(boolean on) {
        settings = settings.withHighContrast(on);
        settingsFile.save(settings);
        applyLook();
    }

    @Override
    public boolean highContrast() {
        return settings.highContrast();
    }

    @Override
    public void screenShown(String screenId) {
        settings = settings.withLastPlan(settings.lastPlanId(), screenId);
    }

    @Override
    public void quit() {
        rememberWindow();
        Platform.exit();
    }

    private void unexpected(Throwable error) {
        log().error("unexpected error", error);
        Runnable show = () -> {
            Messages messages = Messages.of("org.kaname.ui.messages", settings.locale());
            StringWriter details = new StringWriter();
            error.printStackTrace(new PrintWriter(details));
            new FxDialogService(stage, messages.get("error.copyDetails")).showUnexpected(
                    messages.get("error.unexpectedTitle"), messages.get("error.unexpected"), details.toString());
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    static String storageMessage(Messages messages, Throwable error) {
        if (error instanceof StorageUnavailableException e) {
            return switch (e.reason()) {
                case LOCKED -> messages.get("storage.locked", e.location());
                case NEWER_SCHEMA -> messages.get("storage.newer", e.location());
                case INACCESSIBLE -> messages.get("storage.inaccessible", e.location(), e.getMessage());
                case READ_ONLY -> messages.get("storage.readOnly", e.location());
                case DAMAGED -> messages.get("storage.damaged", e.location(), e.getMessage());
            };
        }
        return String.valueOf(error.getMessage());
    }

    @Override
    public void stop() throws InterruptedException {
        if (settingsFile != null && settings != null) {
            settingsFile.save(settings);
        }
        executor.close();
        // Let queued saves finish before the database closes: quitting never loses an edit.
        saver.shutdown();
        saver.awaitTermination(30, TimeUnit.SECONDS);
        if (services != null) {
            services.close();
        }
    }
}
