package org.kaname.ui;

import java.io.File;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kaname.i18n.Messages;
import org.kaname.service.PlanEditor;
import org.kaname.store.PlanSummary;
import org.kaname.ui.history.HistoryWindow;
import org.kaname.ui.sheets.ScoreSheetActions;

/**
 * The main window's content: menu bar, the plan list and the open plan's screens on the left, the selected screen in
 * the middle, and a status line that says 保存済み once every edit is stored.
 */
public final class MainView {
    /** What the view asks of the app: settings it cannot change itself. */
    public interface AppActions {
        void setLanguage(java.util.Locale locale);

        void zoom(double factor);

        void resetZoom();

        void setHighContrast(boolean on);

        boolean highContrast();

        void quit();

        void screenShown(String screenId);

        /** Writes a backup of every plan now, into the data folder's backups. */
        void backUpNow();

        /** Offers the backups to restore from (the app closes and reopens the data folder around it). */
        void restoreFromBackup();

        /** The data folder in use (shown in the About dialog). */
        java.nio.file.Path dataDirectory();

        /** Where Help › User guide writes the guide's HTML and images to show them in a browser. */
        default java.nio.file.Path helpFolder() {
            return dataDirectory().resolve("help");
        }

        /** File › 共有データベースに接続…: asks for the server and switches the app to it once connected. */
        default void connectToServer() {
        }

        /** File › ローカルのデータベースに戻る: the app goes back to the data folder on this PC. */
        default void backToLocal() {
        }

        /** The browser that shows the user guide. */
        default org.kaname.ui.help.UserGuideOpener.Browser browser() {
            return new org.kaname.ui.help.SystemBrowser();
        }
    }

    private final MainViewModel vm;
    private final Messages messages;
    private final Controls controls;
    private final AppActions app;
    private final StackPane content = new StackPane();
    private final ListView<PlanScreen> navigation = new ListView<>();
    private Workspace workspace;
    private String preferredScreen;
    private org.kaname.ui.projection.ProjectionWindow projection;
    /** The open plan's score-sheet actions; kept per plan so the last folder is remembered between uses. */
    private ScoreSheetActions sheets;
    /** The open plan's history and versions window while it is open; closed with the plan. */
    private HistoryWindow history;

    public MainView(MainViewModel vm, AppActions app, String preferredScreen) {
        this.vm = vm;
        this.messages = vm.messages();
        this.controls = new Controls(messages);
        this.app = app;
        this.preferredScreen = preferredScreen;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("kaname-root");
        root.setTop(new VBox(menuBar(), storageFailureBanner()));
        SplitPane split = new SplitPane(sidebar(), content);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        content.setId("screenArea");
        content.setPadding(new Insets(12));
        root.setCenter(split);
        root.setBottom(statusBar());
        vm.editorProperty().addListener((o, old, now) -> showPlan(now));
        vm.setConflictChooser(rows -> new org.kaname.ui.shared.ConflictDialog(root.getScene().getWindow(),
                vm.locale(), rows, java.time.ZoneId.systemDefault()).showAndWait());
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                org.kaname.ui.shared.TypingGuard guard = new org.kaname.ui.shared.TypingGuard(scene);
                vm.setTypingGuard(guard::keepTyping);
            }
        });
        vm.damagedPlanProperty().addListener((o, old, now) -> {
            if (now != null && vm.editorProperty().get() == null) {
                content.getChildren().setAll(damagedPlan(now));
            }
        });
        return root;
    }

    /** Shown after a failed write until Kaname is restarted: the change was not saved, why, and what to do. */
    private Node storageFailureBanner() {
        Label text = new Label();
        text.setId("storageFailureText");
        text.textProperty().bind(vm.storageFailureProperty());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button quit = controls.button("storageFailureQuit", "storageFailure.quit", app::quit);
        HBox banner = new HBox(12, text, quit);
        banner.setId("storageFailureBanner");
        banner.getStyleClass().add("storage-failure-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(8, 12, 8, 12));
        banner.visibleProperty().bind(vm.storageFailureProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** In place of a plan that could not be opened: which plan, that the others are fine, and a way back. */
    private Node damagedPlan(PlanSummary plan) {
        Label title = new Label(messages.get("planDamaged.placeholderTitle", plan.title()));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label text = new Label(messages.get("planDamaged.placeholder", String.valueOf(plan.id())));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button restore = controls.button("damagedPlanRestore", "action.restore", vm::restoreDamagedPlan);
        VBox box = new VBox(12, title, text, restore);
        box.setId("damagedPlan");
        box.setMaxWidth(640);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node sidebar() {
        ListView<PlanSummary> planList = new ListView<>(vm.planList());
        planList.setId("planList");
        planList.setAccessibleText(messages.get("plans.list"));
        planList.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(PlanSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.title() + "\n" + messages.get("plans.measureCount", item.measureCount()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        planList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedPlanProperty().set(b);
            }
        });
        vm.selectedPlanProperty().addListener((o, a, b) -> {
            if (b == null) {
                planList.getSelectionModel().clearSelection();
            } else {
                planList.getSelectionModel().select(b);
            }
        });
        planList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                vm.deleteSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                rename();
                e.consume();
            }
        });
        Label plansLabel = controls.labelFor("plans.title", planList);
        plansLabel.getStyleClass().add("section-title");
        javafx.scene.layout.TilePane planButtons = new javafx.scene.layout.TilePane(4, 4,
                button("newPlanButton", "action.new", this::newPlan),
                button("duplicatePlanButton", "action.duplicate", vm::duplicateSelected),
                button("renamePlanButton", "action.rename", this::rename),
                button("deletePlanButton", "action.delete", vm::deleteSelected));
        planButtons.setPrefColumns(2);
        planButtons.setPrefTileWidth(124);
        planButtons.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));
        planButtons.getStyleClass().add("plan-buttons");

        navigation.setId("navigation");
        navigation.setAccessibleText(messages.get("nav.list"));
        navigation.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(PlanScreen item, boolean empty) {
                super.updateItem(item, empty);
                int index = getIndex() + 1;
                setText(empty || item == null ? null : item.title() + "   Ctrl+" + index);
            }
        });
        navigation.getSelectionModel().selectedItemProperty().addListener((o, a, screen) -> {
            if (screen != null) {
                if (a != null && a != screen) {
                    vm.showStatus(""); // a message about the screen left behind is stale on the next one
                }
                content.getChildren().setAll(screen.node());
                app.screenShown(screen.id());
                preferredScreen = screen.id();
            }
        });
        Label navLabel = controls.labelFor("nav.title", navigation);
        navLabel.getStyleClass().add("section-title");
        VBox box = new VBox(6, plansLabel, planList, planButtons, navLabel, navigation);
        VBox.setVgrow(planList, Priority.ALWAYS);
        VBox.setVgrow(navigation, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        box.setMinWidth(280);
        return box;
    }

    /**
     * A plan button of the sidebar. It shows no Alt mnemonic: the sidebar stays beside every screen, and its letters
     * (新規(N)…) would clash with the screens' own (名称(N)); the same commands are in the File menu with their
     * letters and shortcuts (Ctrl+N, F2, Delete).
     */
    private Button button(String id, String key, Runnable action) {
        Button b = Controls.buttonForText(id, withoutMnemonic(messages.get(key)), action);
        controls.tooltip(b, key);
        return b;
    }

    /** 「新規(_N)」 → 「新規」, "_New" → "New". */
    static String withoutMnemonic(String text) {
        return text.replaceAll("\\(_.\\)", "").replaceFirst("_(?=.)", "");
    }

    private void showPlan(PlanEditor editor) {
        closeProjection();
        closeHistory();
        sheets = null;
        if (workspace != null) {
            workspace.dispose();
            workspace = null;
        }
        navigation.getItems().clear();
        content.getChildren().clear();
        if (editor == null) {
            if (vm.damagedPlanProperty().get() != null) {
                content.getChildren().setAll(damagedPlan(vm.damagedPlanProperty().get()));
                return;
            }
            Label none = new Label(messages.get("plans.none"));
            none.setId("noPlan");
            content.getChildren().setAll(none);
            return;
        }
        workspace = new Workspace(editor, vm);
        navigation.getItems().setAll(workspace.screens());
        PlanScreen first = workspace.screens().stream().filter(s -> s.id().equals(preferredScreen)).findFirst()
                .orElse(workspace.screens().get(0));
        navigation.getSelectionModel().select(first);
    }

    /** Shows the screen with the given id (also used by tests and keyboard shortcuts). */
    public void showScreen(int index) {
        if (index >= 0 && index < navigation.getItems().size()) {
            navigation.getSelectionModel().select(index);
            navigation.getItems().get(index).node().requestFocus();
        }
    }

    private MenuBar menuBar() {
        Menu file = new Menu(messages.get("menu.file"));
        file.getItems().addAll(
                item("menuNewPlan", "action.new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        this::newPlan),
                item("menuDuplicate", "action.duplicate", null, vm::duplicateSelected),
                item("menuRename", "action.rename", null, this::rename),
                item("menuDelete", "action.delete", null, vm::deleteSelected),
                new SeparatorMenuItem(),
                item("menuImport", "action.import", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                        () -> chooseFile(false, f -> vm.importPlan(f.toPath()))),
                item("menuExport", "action.export", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                        () -> chooseFile(true, f -> vm.exportPlan(f.toPath()))),
                new SeparatorMenuItem(),
                item("menuBackUpNow", "action.backUpNow", null, app::backUpNow),
                item("menuRestore", "action.restore", null, app::restoreFromBackup),
                new SeparatorMenuItem(),
                item("menuConnectShared", "action.connectShared", null, app::connectToServer),
                backToLocal(),
                new SeparatorMenuItem(),
                item("menuPrint", "action.print", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                        this::printPreview),
                item("menuExportRanking", "action.exportRanking", null, () -> chooseExport(
                        org.kaname.service.ExportService.Kind.RANKING_CSV, "file.csv", "*.csv")),
                item("menuExportRoadmap", "action.exportRoadmap", null, () -> chooseExport(
                        org.kaname.service.ExportService.Kind.ROADMAP_CSV, "file.csv", "*.csv")),
                item("menuExportWorkbook", "action.exportWorkbook", null, () -> chooseExport(
                        org.kaname.service.ExportService.Kind.WORKBOOK, "file.xlsx", "*.xlsx")),
                item("menuExportIndicators", "action.exportIndicators", null, () -> chooseExport(
                        org.kaname.service.ExportService.Kind.INDICATORS_WORKBOOK, "file.xlsx", "*.xlsx")),
                item("menuEvaluationSheets", "action.evaluationSheets", null, this::evaluationSheets),
                item("menuActualSheets", "action.actualSheets", null, this::actualSheets),
                item("menuImportActuals", "action.importActuals", null, this::importActuals),
                new SeparatorMenuItem(),
                item("menuSheetsExport", "action.sheetsExport", null, () -> withSheets(ScoreSheetActions::exportSheets)),
                item("menuSheetsCollect", "action.sheetsCollect", null,
                        () -> withSheets(ScoreSheetActions::collectSheets)),
                item("menuSheetsCollectFolder", "action.sheetsCollectFolder", null,
                        () -> withSheets(ScoreSheetActions::collectFolder)),
                item("menuScoresExportJson", "action.scoresExportJson", null,
                        () -> withSheets(ScoreSheetActions::exportScoresJson)),
                item("menuScoresImportJson", "action.scoresImportJson", null,
                        () -> withSheets(ScoreSheetActions::importScoresJson)),
                new SeparatorMenuItem(),
                item("menuQuit", "action.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                        app::quit));
        MenuItem undo = item("menuUndo", "action.undo", new KeyCodeCombination(KeyCode.Z,
                KeyCombination.SHORTCUT_DOWN), vm::undo);
        undo.textProperty().bind(Bindings.when(vm.undoTextProperty().isEmpty())
                .then(messages.get("action.undo"))
                .otherwise(Bindings.concat(messages.get("action.undo"), ": ", vm.undoTextProperty())));
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("menuRedo", "action.redo", new KeyCodeCombination(KeyCode.Y,
                KeyCombination.SHORTCUT_DOWN), vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Menu edit = new Menu(messages.get("menu.edit"));
        edit.getItems().addAll(undo, redo);
        Menu history = historyMenu();

        Menu view = new Menu(messages.get("menu.view"));
        Menu go = new Menu(messages.get("menu.go"));
        for (int i = 0; i < Workspace.SCREENS.size(); i++) {
            int index = i;
            MenuItem to = new MenuItem(messages.get("menu.goTo", i + 1));
            to.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)),
                    KeyCombination.SHORTCUT_DOWN));
            to.setOnAction(e -> showScreen(index));
            go.getItems().add(to);
        }
        CheckMenuItem contrast = new CheckMenuItem(messages.get("action.highContrast"));
        contrast.setId("menuHighContrast");
        contrast.setSelected(app.highContrast());
        contrast.setOnAction(e -> app.setHighContrast(contrast.isSelected()));
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem ja = new RadioMenuItem("日本語");
        RadioMenuItem en = new RadioMenuItem("English");
        ja.setToggleGroup(languages);
        en.setToggleGroup(languages);
        (org.kaname.i18n.Messages.isEnglish(vm.locale()) ? en : ja).setSelected(true);
        ja.setOnAction(e -> app.setLanguage(java.util.Locale.JAPANESE));
        en.setOnAction(e -> app.setLanguage(java.util.Locale.ENGLISH));
        Menu language = new Menu(messages.get("menu.language"));
        language.getItems().addAll(ja, en);
        view.getItems().addAll(go, new SeparatorMenuItem(),
                item("menuZoomIn", "action.zoomIn", new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                        () -> app.zoom(1.1)),
                item("menuZoomInAlt", "action.zoomIn", new KeyCodeCombination(KeyCode.EQUALS,
                        KeyCombination.SHORTCUT_DOWN), () -> app.zoom(1.1)),
                item("menuZoomOut", "action.zoomOut", new KeyCodeCombination(KeyCode.MINUS,
                        KeyCombination.SHORTCUT_DOWN), () -> app.zoom(1 / 1.1)),
                item("menuZoomReset", "action.zoomReset", new KeyCodeCombination(KeyCode.DIGIT0,
                        KeyCombination.SHORTCUT_DOWN), app::resetZoom),
                contrast, language, new SeparatorMenuItem(),
                item("menuProjection", "action.projection", new KeyCodeCombination(KeyCode.F5), this::openProjection));
        // Only one of the two zoom-in entries is shown; the other exists for keyboards where "+" needs Shift.
        view.getItems().get(3).setVisible(false);
        MenuBar bar = new MenuBar(file, edit, history, view, helpMenu());
        bar.setId("menuBar");
        return bar;
    }

    /**
     * 履歴: the open plan's change history (Ctrl+H), the name recorded for changes, saving this version
     * (Ctrl+Shift+S), and the saved versions with their comparison (Ctrl+Shift+H). Without an open plan they are off.
     */
    private Menu historyMenu() {
        org.kaname.i18n.Messages texts = org.kaname.i18n.Messages.of("org.kaname.ui.history.messages", vm.locale());
        Menu menu = new Menu(texts.get("menu.history"));
        menu.setId("menuHistory");
        menu.getItems().addAll(
                textItem("menuShowHistory", texts.get("menu.showHistory"),
                        new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN),
                        () -> openHistory(HistoryWindow.Page.HISTORY)),
                textItem("menuDisplayName", texts.get("menu.displayName"), null,
                        () -> openHistory(HistoryWindow.Page.DISPLAY_NAME)),
                new SeparatorMenuItem(),
                textItem("menuSaveVersion", texts.get("menu.saveVersion"),
                        new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        () -> historyWindow().ifPresent(HistoryWindow::saveVersion)),
                textItem("menuVersions", texts.get("menu.versions"),
                        new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        () -> openHistory(HistoryWindow.Page.VERSIONS)));
        for (MenuItem i : menu.getItems()) {
            i.disableProperty().bind(vm.editorProperty().isNull().or(
                    new javafx.beans.property.SimpleBooleanProperty(!vm.hasHistory())));
        }
        return menu;
    }

    /** ヘルプ: the user guide at the current screen's chapter (F1), and About Kaname (version, data folder, Java). */
    private Menu helpMenu() {
        Messages texts = Messages.of(org.kaname.ui.about.AboutDialog.BUNDLE, vm.locale());
        Messages help = Messages.of(HELP_BUNDLE, vm.locale());
        Menu menu = new Menu(texts.get("menu.help"));
        menu.setId("menuHelp");
        menu.getItems().addAll(
                textItem("menuUserGuide", help.get("menu.userGuide"), new KeyCodeCombination(KeyCode.F1),
                        this::openUserGuide),
                new SeparatorMenuItem(),
                textItem("menuAbout", texts.get("menu.about"), null, this::showAbout));
        return menu;
    }

    private static final String HELP_BUNDLE = "org.kaname.ui.help.messages";

    /**
     * F1: the bundled user guide in the system's browser, at the chapter of the screen in front (the top without an
     * open plan). Written and handed to the browser off the FX thread; when no browser starts, says where the file is.
     */
    private void openUserGuide() {
        Messages help = Messages.of(HELP_BUNDLE, vm.locale());
        PlanScreen shown = navigation.getSelectionModel().getSelectedItem();
        String screen = shown == null || workspace == null ? null : shown.id();
        java.nio.file.Path folder = app.helpFolder();
        org.kaname.ui.help.UserGuideOpener opener = new org.kaname.ui.help.UserGuideOpener(folder, app.browser());
        vm.executor().submit(progress -> opener.open(vm.locale(), screen), opened -> {
            if (!opened.shown()) {
                vm.dialogs().inform(help.get("noBrowser.title"),
                        help.get("noBrowser.message", opened.guide().toAbsolutePath().toString()));
            }
        }, error -> vm.dialogs().showError(help.get("failed.title"),
                help.get("failed.message", folder.toAbsolutePath().toString())));
    }

    private void showAbout() {
        new org.kaname.ui.about.AboutDialog(content.getScene().getWindow(), vm.locale(), app.dataDirectory())
                .showAndWait();
    }

    /** Opens (or brings forward) the open plan's history and versions window on {@code page}. */
    public void openHistory(HistoryWindow.Page page) {
        historyWindow().ifPresent(w -> w.show(page));
    }

    /** The open plan's history window, made when first asked for (and again after it was closed). */
    private java.util.Optional<HistoryWindow> historyWindow() {
        if (history != null && history.isShowing()) {
            return java.util.Optional.of(history);
        }
        PlanEditor e = vm.editorProperty().get();
        return vm.historyContext().map(context -> {
            history = new HistoryWindow(content.getScene().getWindow(), context, e.plan().title(),
                    owner -> new FxDialogService(owner, messages));
            return history;
        });
    }

    private void closeHistory() {
        if (history != null) {
            history.close();
            history = null;
        }
    }

    /** Offered only while the plans are on a server. */
    private MenuItem backToLocal() {
        MenuItem item = item("menuBackToLocal", "action.backToLocal", null, app::backToLocal);
        item.setDisable(!vm.isShared());
        return item;
    }

    private MenuItem item(String id, String key, KeyCombination accelerator, Runnable action) {
        return textItem(id, messages.get(key), accelerator, action);
    }

    private MenuItem textItem(String id, String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** F5: the open plan full screen for the room (on a second screen when there is one); Esc there leaves. */
    private void openProjection() {
        PlanEditor e = vm.editorProperty().get();
        if (e == null) {
            return;
        }
        if (projection != null && projection.isShowing()) {
            projection.toFront();
            return;
        }
        projection = new org.kaname.ui.projection.ProjectionWindow(content.getScene().getWindow(),
                new ScreenContext(e, new org.kaname.engine.RankingService(), vm.executor(), vm.dialogs(), vm.locale(),
                        vm::showStatus));
        projection.show();
    }

    /** Runs a score-sheet action on the open plan; without an open plan there is nothing to do. */
    private void withSheets(Consumer<ScoreSheetActions> action) {
        PlanEditor e = vm.editorProperty().get();
        if (e == null) {
            return;
        }
        if (sheets == null) {
            sheets = new ScoreSheetActions(content.getScene().getWindow(), e, vm.executor(), vm.dialogs(), vm.locale(),
                    vm::showStatus);
        }
        action.accept(sheets);
    }

    /** Closes what this view opened (the projection window, the screens' listeners) when it is replaced. */
    public void dispose() {
        closeProjection();
        closeHistory();
        if (workspace != null) {
            workspace.dispose();
            workspace = null;
        }
    }

    private void closeProjection() {
        if (projection != null) {
            projection.close();
            projection = null;
        }
    }

    /** File › New plan: a name and a start (the standard criteria, another plan's criteria, or nothing). */
    private void newPlan() {
        new NewPlanDialog(content.getScene().getWindow(), messages, java.util.List.copyOf(vm.planList()),
                vm.selectedPlanProperty().get()).showAndWait()
                .ifPresent(choice -> vm.newPlan(choice.title(), choice.start()));
    }

    private void rename() {
        PlanEditor e = vm.editorProperty().get();
        if (e != null) {
            vm.dialogs().prompt(messages.get("action.rename.tooltip"), messages.get("plan.titleLabel"), e.plan().title(),
                    messages.get("plan.renameAccept"), messages.get("plan.cancel")).ifPresent(vm::renameSelected);
        }
    }

    private void printPreview() {
        PlanEditor e = vm.editorProperty().get();
        if (e != null) {
            new org.kaname.ui.print.PrintPreviewDialog(content.getScene().getWindow(), e.plan(), vm.lastChange(),
                    vm.executor(), vm.dialogs(), messages).show();
        }
    }

    private void actualSheets() {
        if (vm.editorProperty().get() == null) {
            return;
        }
        File dir = new javafx.stage.DirectoryChooser().showDialog(content.getScene().getWindow());
        if (dir != null) {
            vm.writeActualSheets(dir.toPath());
        }
    }

    private void importActuals() {
        if (vm.editorProperty().get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.actuals"), "*.xlsx",
                "*.csv"));
        File f = chooser.showOpenDialog(content.getScene().getWindow());
        if (f != null) {
            vm.importActuals(f.toPath());
        }
    }

    /** Asks for the 年度, then where to save, and writes every measure's 評価シート as one PDF. */
    private void evaluationSheets() {
        java.util.OptionalInt initial = vm.evaluationYearDefault();
        if (initial.isEmpty()) {
            return;
        }
        java.util.Optional<String> typed = vm.dialogs().prompt(messages.get("evaluationSheets.title"),
                messages.get("evaluationSheets.year"), String.valueOf(initial.getAsInt()));
        java.util.OptionalInt year = typed.isEmpty() ? java.util.OptionalInt.empty() : vm.evaluationYear(typed.get());
        if (year.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.pdf"), "*.pdf"));
        chooser.setInitialFileName(messages.get("evaluationSheets.fileName", String.valueOf(year.getAsInt())));
        File f = chooser.showSaveDialog(content.getScene().getWindow());
        if (f != null) {
            vm.exportEvaluationSheets(year.getAsInt(), f.toPath());
        }
    }

    private void chooseExport(org.kaname.service.ExportService.Kind kind, String filterKey, String pattern) {
        if (vm.editorProperty().get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get(filterKey), pattern));
        File f = chooser.showSaveDialog(content.getScene().getWindow());
        if (f != null) {
            vm.exportForExcel(kind, f.toPath());
        }
    }

    private void chooseFile(boolean save, Consumer<File> then) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.planJson"), "*.json"));
        Window w = content.getScene().getWindow();
        File f = save ? chooser.showSaveDialog(w) : chooser.showOpenDialog(w);
        if (f != null) {
            then.accept(f);
        }
    }

    /** Where the open plan lives: 「ローカル: <folder>」 or 「共有: user@host:port/db」 with the user's role. */
    private Label database() {
        Label label = new Label();
        label.setId("databaseLabel");
        label.textProperty().bind(vm.databaseProperty());
        label.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        label.getStyleClass().add("database-label");
        label.setTooltip(Controls.tooltip(messages.get(vm.isShared() ? "database.shared.tooltip"
                : "database.local.tooltip")));
        // A long folder path gives way to the status line's messages, shortened in its middle, never its end.
        label.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        label.setMinWidth(120);
        label.setMaxWidth(600);
        return label;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("statusLine");
        status.textProperty().bind(vm.statusProperty());
        status.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        Label saved = new Label();
        saved.setId("saveState");
        saved.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.saveStateProperty().get()) {
            case SAVED -> "✔ " + messages.get("status.saved");
            case SAVING -> "… " + messages.get("status.saving");
            case FAILED -> "⚠ " + messages.get("status.saveFailed");
        }, vm.saveStateProperty()));
        // A failure is not shown in the colour of success.
        vm.saveStateProperty().addListener((o, a, now) -> {
            saved.getStyleClass().remove("save-failed");
            if (now == MainViewModel.SaveState.FAILED) {
                saved.getStyleClass().add("save-failed");
            }
        });
        Button undoDelete = controls.button("undoButton", "action.undo", vm::undo);
        undoDelete.visibleProperty().bind(vm.canUndoProperty());
        undoDelete.managedProperty().bind(undoDelete.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button reconnect = controls.button("reconnectButton", "action.reconnect", vm::reconnect);
        reconnect.visibleProperty().bind(vm.connectionLostProperty());
        reconnect.managedProperty().bind(reconnect.visibleProperty());
        HBox bar = new HBox(12, status, spacer, reconnect, undoDelete, database(), saved);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
