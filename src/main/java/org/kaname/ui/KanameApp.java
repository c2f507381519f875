package org.kaname.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
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
import org.kaname.store.BackupFile;
import org.kaname.store.BackupPolicy;
import org.kaname.store.EncryptedFolderException;
import org.kaname.store.Encryption;
import org.kaname.store.Passphrase;
import org.kaname.store.Backups;
import org.kaname.store.PlanSummary;
import org.kaname.store.Restore;
import org.kaname.store.StorageUnavailableException;
import org.kaname.ui.recovery.BackUpNow;
import org.kaname.ui.recovery.RestoreDialog;
import org.kaname.ui.recovery.RestoreViewModel;
import org.kaname.ui.recovery.Situation;
import org.kaname.ui.recovery.StorageTexts;
import org.kaname.store.ServerAddress;
import org.kaname.ui.shared.ConnectDialog;
import org.kaname.ui.shared.ConnectViewModel;
import org.kaname.store.PgPass;
import org.kaname.ui.shared.SharedTexts;
import org.kaname.ui.task.FxTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app and its composition root. The window appears first with a loading line; the database is opened
 * off the FX thread, with the app's backup policy (a backup at every start on changed data, and while editing). A
 * data directory locked by another Kaname is reported in a dialog, never as a stack trace; a damaged database file
 * opens the restore dialog instead of the main window; any unexpected error shows a dialog with details to copy, is
 * logged, and the app keeps running.
 * <p>
 * A restore needs the data folder closed: the app waits for queued saves, closes its services, restores and opens
 * the folder again, then rebuilds the main window on the new services.
 * <p>
 * Shared mode (docs/shared-mode.md): with {@code --db URI}, {@code KANAME_DB} or a server remembered from the last run,
 * the app opens the plans on that PostgreSQL server instead, asking the password when neither {@code .pgpass} nor
 * {@code PGPASSWORD} has it. A server that cannot be reached within 10 s is named with the reason, and the local
 * database is offered. File › 共有データベースに接続… switches to a server while running, 「ローカルのデータベースに戻る」
 * back; either way queued saves finish on the old database before it is closed.
 */
public class KanameApp extends Application implements MainView.AppActions {
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
    private volatile Services services;
    /** The data folder's passphrase once typed ({@link Passphrase#NONE} for an unencrypted folder). */
    private volatile Passphrase passphrase = Passphrase.NONE;
    /** Set while a restore has the data folder closed; still set after the dialog if it could not be reopened. */
    private volatile Services closedForRestore;
    private Path dataDirectory;
    private MainView view;
    private UiSettingsFile settingsFile;
    private UiSettings settings;
    private Stage stage;
    private Scene scene;
    private String fontFamily;
    private MainViewModel vm;
    /** The server the plans are on; null while they are in the data directory. */
    private ServerAddress server;
    /** A message for the status line of the next main window (after switching databases). */
    private String pendingStatus;
    /** The server asked for at start ({@code --db}, {@code KANAME_DB}, remembered); used once. */
    private String startDatabase;

    /** Opens the app on {@code dataDirectory}; returns when the last window closes. */
    public static void launch(Path dataDirectory) {
        Application.launch(KanameApp.class, "--data=" + dataDirectory);
    }

    /**
     * Opens the app on the shared database {@code databaseUri} ({@code postgresql://host:port/db?user=u}; "local":
     * the data directory even when a server is remembered); null: as {@link #launch(Path)}.
     */
    public static void launch(Path dataDirectory, String databaseUri) {
        if (databaseUri == null || databaseUri.isBlank()) {
            launch(dataDirectory);
        } else {
            Application.launch(KanameApp.class, "--data=" + dataDirectory, "--db=" + databaseUri.strip());
        }
    }

    /** The value of {@code --db} or {@code KANAME_DB} meaning the data directory, whatever was remembered. */
    public static final String LOCAL = "local";

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        dataDirectory = Path.of(getParameters().getNamed().get("data"));
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
        // Right after show, in the same turn: decoding five PNGs before it held the window back by tens of ms, and
        // the window system takes the icons as soon as they are set.
        AppIcons.apply(stage);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> unexpected(error));
        stage.setOnCloseRequest(e -> rememberWindow());
        startDatabase = startDatabase(getParameters().getNamed().get("db"), environment().get("KANAME_DB"),
                settings.sharedDatabase());
        openData();
    }

    /** The environment ({@code KANAME_DB}, {@code PGPASSWORD}, {@code PGPASSFILE}); tests may give their own. */
    protected java.util.Map<String, String> environment() {
        return System.getenv();
    }

    /** Which database to open at start: {@code --db}, else {@code KANAME_DB}, else the one remembered; "" local. */
    static String startDatabase(String option, String env, String remembered) {
        for (String candidate : new String[] {option, env, remembered}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip().equalsIgnoreCase(LOCAL) ? "" : candidate.strip();
            }
        }
        return "";
    }

    private Messages messages() {
        return Messages.of("org.kaname.ui.messages", settings.locale());
    }

    private FxDialogService dialogs() {
        return new FxDialogService(stage, messages());
    }

    /**
     * Opens the data folder off the FX thread; then the main window, or what went wrong. An encrypted folder first
     * gets the passphrase dialog; cancelling it quits.
     */
    private void openData() {
        if (!startDatabase.isEmpty()) {
            String uri = startDatabase;
            startDatabase = "";
            openServerAtStart(uri);
            return;
        }
        Locale locale = settings.locale();
        if (passphrase == Passphrase.NONE && Encryption.isEncrypted(dataDirectory)) {
            // After start() has returned and the window shows: the dialog waits for the user.
            Platform.runLater(() -> askPassphrase(false));
            return;
        }
        executor.submit(progress -> Services.open(dataDirectory, locale, BackupPolicy.APP, passphrase), this::adopt,
                this::cannotOpen);
    }

    /** The passphrase dialog; {@code wrong}: the last passphrase did not open the folder. */
    private void askPassphrase(boolean wrong) {
        Optional<char[]> typed = new PassphraseDialog(stage, settings.locale(), dataDirectory).ask(wrong);
        if (typed.isEmpty()) {
            log().info("the passphrase dialog was closed; quitting");
            exit();
            return;
        }
        // Kept for this session: a restore closes and opens the folder again.
        passphrase = Passphrase.of(typed.get());
        java.util.Arrays.fill(typed.get(), '\0');
        openData();
    }

    private void adopt(Services opened) {
        services = opened;
        showMain();
    }

    private Messages sharedMessages() {
        return Messages.of(SharedTexts.BUNDLE, settings.locale());
    }

    /** What connects: the services over a server, in the UI's language. Runs off the FX thread. */
    private ConnectViewModel.Connector connector() {
        Locale locale = settings.locale();
        return (address, password) -> openServer(address, password, locale);
    }

    /**
     * Opens the services on the server at {@code address}; {@code password} null when none was typed: then
     * {@code .pgpass} or {@code PGPASSWORD} has it.
     */
    protected Services openServer(ServerAddress address, char[] password, Locale locale) throws Exception {
        char[] secret = password != null ? password : PgPass.find(address, environment()).orElse(null);
        try {
            return Services.openServer(address, secret, locale);
        } finally {
            if (secret != null && secret != password) {
                java.util.Arrays.fill(secret, '\0');
            }
        }
    }

    private ConnectViewModel connectViewModel() {
        return new ConnectViewModel(sharedMessages(), executor, connector(), environment());
    }

    /**
     * At start, on a server: connects at once when the password is known ({@code .pgpass}, {@code PGPASSWORD}), else
     * asks for it in the connect dialog. Whatever fails says why and offers the local database; nothing waits more
     * than 10 s.
     */
    private void openServerAtStart(String uri) {
        Messages shared = sharedMessages();
        ServerAddress address;
        try {
            address = ServerAddress.parse(uri);
        } catch (IllegalArgumentException e) {
            offerLocal(shared.get("startup.badUri", uri, String.valueOf(e.getMessage())));
            return;
        }
        ConnectViewModel connect = connectViewModel();
        connect.fill(address);
        scene.setRoot(new StackPane(new Label(shared.get("connect.connecting", address.display()))));
        applyLook();
        if (connect.passwordNeeded()) {
            // After start() has returned and the window shows: the dialog waits for the user.
            Platform.runLater(() -> new ConnectDialog(stage, connect).showAndWait().ifPresentOrElse(
                    this::adoptServer, () -> offerLocal(connect.failureProperty().get().isEmpty()
                            ? shared.get("connect.cancelled") : connect.failureProperty().get())));
            return;
        }
        connect.failureProperty().addListener((o, was, why) -> {
            if (!why.isEmpty()) {
                offerLocal(why);
            }
        });
        connect.connect(new char[0], this::adoptServer);
    }

    /** The server could not be used at start: says why and offers the data directory, else quits. */
    private void offerLocal(String why) {
        Messages shared = sharedMessages();
        log().warn("shared database not opened at start: {}", why);
        if (dialogs().ask(shared.get("startup.title"), shared.get("startup.message", why),
                shared.get("startup.local"), shared.get("startup.quit"))) {
            server = null;
            showLoading();
            openData();
        } else {
            exit();
        }
    }

    /** Now on the server: remembered for the next start (address only), and the plans shown from there. */
    private void adoptServer(ConnectViewModel.Connected connected) {
        server = connected.address();
        settings = settings.withSharedDatabase(connected.address().uri());
        settingsFile.save(settings);
        log().info("opened the shared database {}", connected.address().display());
        pendingStatus = messages().get("status.connected", connected.address().display());
        adopt(connected.services());
    }

    @Override
    public void connectToServer() {
        ConnectViewModel connect = connectViewModel();
        ServerAddress known = server;
        if (known == null && !settings.sharedDatabase().isEmpty()) {
            try {
                known = ServerAddress.parse(settings.sharedDatabase());
            } catch (IllegalArgumentException e) {
                known = null;
            }
        }
        if (known != null) {
            connect.fill(known);
        }
        new ConnectDialog(stage, connect).showAndWait().ifPresent(this::switchTo);
    }

    /** Switches the window to services just opened; the old ones close once their queued saves are stored. */
    private void switchTo(ConnectViewModel.Connected connected) {
        Services old = services;
        adoptServer(connected);
        closeAfterSaves(old);
    }

    @Override
    public void backToLocal() {
        if (server == null) {
            return;
        }
        Services old = services;
        server = null;
        settings = settings.withSharedDatabase("");
        settingsFile.save(settings);
        services = null;
        showLoading();
        closeAfterSaves(old);
        pendingStatus = messages().get("status.backToLocal");
        openData();
    }

    /** Lets queued saves reach {@code old}, then closes it, off the FX thread. */
    private void closeAfterSaves(Services old) {
        if (old == null) {
            return;
        }
        executor.submit(progress -> {
            saver.submit(() -> { }).get();
            old.close();
            return old;
        }, closed -> { }, error -> log().warn("closing the previous database failed", error));
    }

    /** A damaged database file gets the restore dialog; anything else is explained, and the app ends. */
    private void cannotOpen(Throwable error) {
        Messages messages = messages();
        if (error instanceof EncryptedFolderException e
                && e.kind() != EncryptedFolderException.Kind.KEY_MISSING) {
            passphrase = Passphrase.NONE;
            askPassphrase(e.kind() == EncryptedFolderException.Kind.WRONG_PASSPHRASE);
            return;
        }
        if (error instanceof StorageUnavailableException e
                && e.reason() == StorageUnavailableException.Reason.DAMAGED) {
            log().error("the database in {} is damaged; offering a restore", dataDirectory, error);
            Locale locale = settings.locale();
            RestoreViewModel restore = new RestoreViewModel(
                    Situation.damagedDatabase(dataDirectory, e.location(), e.getMessage()), Backups.of(dataDirectory),
                    messages, ZoneId.systemDefault(), executor, dialogs(),
                    backup -> restoreClosed(backup, locale), restored -> adopt(restored.services()));
            if (!new RestoreDialog(stage, restore, messages).showAndWait()) {
                exit();
            }
            return;
        }
        log().error("cannot open data directory {}", dataDirectory, error);
        dialogs().showError(messages.get("storage.title"), StorageTexts.unavailable(messages, error));
        exit();
    }

    /** At start, nothing has the folder open: restore, then open it. Runs on the task executor. */
    private RestoreViewModel.Restored restoreClosed(BackupFile backup, Locale locale) throws Exception {
        Restore.Result result = Restore.restore(dataDirectory, backup.path(), Clock.systemUTC(), passphrase);
        return new RestoreViewModel.Restored(result,
                Services.open(dataDirectory, locale, BackupPolicy.APP, passphrase));
    }

    @Override
    public void restoreFromBackup() {
        showRestore(Situation.onRequest(dataDirectory));
    }

    private void restoreDamagedPlan(PlanSummary plan) {
        showRestore(Situation.damagedPlan(dataDirectory, plan.id(), plan.title()));
    }

    private void showRestore(Situation situation) {
        Services current = services;
        if (current == null) {
            return;
        }
        Messages messages = messages();
        Locale locale = settings.locale();
        RestoreViewModel restore = new RestoreViewModel(situation, current.backups(), messages,
                ZoneId.systemDefault(), executor, dialogs(), backup -> restoreWhileRunning(current, backup, locale),
                restored -> adopt(restored.services()));
        new RestoreDialog(stage, restore, messages).showAndWait();
        if (closedForRestore != null) {
            // The restore failed and the folder could not be opened again: start over as at start-up.
            closedForRestore = null;
            services = null;
            showLoading();
            openData();
        }
    }

    /**
     * While running: let queued saves finish, close the data folder, restore, open it again. Runs on the task
     * executor. A failed restore leaves the current file in place (it is moved aside only once the backup proved
     * good), so the folder is opened again as it was.
     */
    private RestoreViewModel.Restored restoreWhileRunning(Services current, BackupFile backup, Locale locale)
            throws Exception {
        saver.submit(() -> { }).get();
        closedForRestore = current;
        current.close();
        Restore.Result result;
        try {
            result = Restore.restore(dataDirectory, backup.path(), Clock.systemUTC(), passphrase);
        } catch (Exception e) {
            log().error("restoring {} failed; opening the data folder again", backup.path(), e);
            Services reopened;
            try {
                reopened = Services.open(dataDirectory, locale, BackupPolicy.APP, passphrase);
            } catch (StorageUnavailableException | RuntimeException reopenFailure) {
                e.addSuppressed(reopenFailure);
                throw e;
            }
            closedForRestore = null;
            Platform.runLater(() -> adopt(reopened));
            throw e;
        }
        Services opened = Services.open(dataDirectory, locale, BackupPolicy.APP, passphrase);
        closedForRestore = null;
        return new RestoreViewModel.Restored(result, opened);
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void backUpNow() {
        Services current = services;
        MainViewModel model = vm;
        if (current != null && model != null) {
            new BackUpNow(executor, dialogs(), messages(), model::showStatus).run(current);
        }
    }

    private void showLoading() {
        if (vm != null) {
            vm.dispose();
        }
        if (view != null) {
            view.dispose();
            view = null;
        }
        vm = null;
        scene.setRoot(new StackPane(new Label(messages().get("status.loading"))));
        applyLook();
    }

    private void showMain() {
        Messages messages = messages();
        stage.setTitle(messages.get("app.title"));
        FxDialogService dialogs = dialogs();
        if (vm != null) {
            vm.dispose();
        }
        vm = new MainViewModel(services, executor, saver, Platform::runLater, dialogs, settings.locale(),
                this::restoreDamagedPlan);
        vm.preferPlan(settings.lastPlanId());
        vm.selectedPlanProperty().addListener((o, a, b) -> {
            if (b != null) {
                settings = settings.withLastPlan(b.id(), settings.lastScreen());
            }
        });
        if (view != null) {
            view.dispose();
        }
        view = new MainView(vm, this, settings.lastScreen());
        scene.setRoot(view.build());
        applyLook();
        vm.refreshPlans();
        if (pendingStatus != null) {
            vm.showStatus(pendingStatus);
            pendingStatus = null;
        }
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
        exit();
    }

    /** Ends the app (the FX platform with it). Tests that run several apps in one JVM record it instead. */
    protected void exit() {
        Platform.exit();
    }

    private void unexpected(Throwable error) {
        log().error("unexpected error", error);
        Runnable show = () -> {
            Messages messages = Messages.of("org.kaname.ui.messages", settings.locale());
            StringWriter details = new StringWriter();
            error.printStackTrace(new PrintWriter(details));
            new FxDialogService(stage, messages).showUnexpected(
                    messages.get("error.unexpectedTitle"), messages.get("error.unexpected"), details.toString());
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
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
        Services open = services;
        if (open != null && open != closedForRestore) {
            open.close();
        }
    }
}
