package org.kaname.ui.history;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.ui.DialogLook;
import org.kaname.ui.DialogService;

/**
 * The history and versions window (変更履歴と版) of the open plan: a window of its own beside the main window, not
 * modal, so the history can stay open while the plan is edited (it follows every saved edit). Three tabs: 変更履歴
 * (with the name the journal records), 保存した版, 比較. It has the main window's look, and follows its theme and
 * text size while open. Esc or 「閉じる」 closes it; Ctrl+Tab moves between the tabs; the 履歴 menu's shortcuts (Ctrl+H,
 * Ctrl+Shift+H, Ctrl+Shift+S) work here as in the main window.
 */
public final class HistoryWindow {
    static final String STYLESHEET = HistoryWindow.class.getResource("history.css").toExternalForm();

    /** What to show when the window is opened from a menu. */
    public enum Page { HISTORY, DISPLAY_NAME, VERSIONS, COMPARE }

    private final Window owner;
    private final Stage stage = new Stage();
    private final HistoryViewModel history;
    private final VersionsViewModel versions;
    private final HistoryView historyView;
    private final VersionsView versionsView;
    private final CompareView compareView;
    private final TabPane tabs;
    private final Tab historyTab;
    private final Tab versionsTab;
    private final Tab compareTab;
    private final BorderPane root;
    private final ListChangeListener<String> followSheets;
    private final javafx.beans.value.ChangeListener<String> followStyle;
    private boolean placed;

    /**
     * @param dialogsFor the dialogs to use, owned by the given window (this one): confirmations then appear over it
     */
    public HistoryWindow(Window owner, HistoryContext context, String planTitle,
                         Function<Window, DialogService> dialogsFor) {
        this.owner = owner;
        HistoryContext own = context.withDialogs(dialogsFor.apply(stage));
        Messages messages = own.messages();
        this.history = new HistoryViewModel(own);
        this.versions = new VersionsViewModel(own, proposed -> new SaveVersionDialog(stage, owner, messages).ask(proposed),
                history::reload);
        this.historyView = new HistoryView(history);
        this.compareView = new CompareView(versions, messages);
        this.tabs = new TabPane();
        this.compareTab = tab("compareTabHeader", messages.get("tab.compare"), compareView.build());
        this.versionsView = new VersionsView(versions, messages, () -> {
            tabs.getSelectionModel().select(compareTab);
            compareView.movementTable().requestFocus();
        });
        this.historyTab = tab("historyTabHeader", messages.get("tab.history"), historyView.build());
        this.versionsTab = tab("versionsTabHeader", messages.get("tab.versions"), versionsView.build());
        tabs.getTabs().setAll(historyTab, versionsTab, compareTab);
        tabs.setId("historyTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Enter compares while the comparison is shown; elsewhere Enter belongs to the focused control.
        compareView.runButton().defaultButtonProperty().bind(compareTab.selectedProperty());

        Button close = new Controls(messages).button("historyClose", "window.close", stage::close);
        close.setCancelButton(true);
        HBox bottom = new HBox(close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(8, 12, 12, 12));

        root = new BorderPane(tabs, null, null, bottom, null);
        root.setId("historyWindow");
        root.getStyleClass().add("history-window");
        DialogLook.apply(owner, root, STYLESHEET);
        followSheets = c -> applyLook();
        followStyle = (o, a, b) -> applyLook();
        if (owner != null && owner.getScene() != null) {
            owner.getScene().getStylesheets().addListener(followSheets);
            owner.getScene().getRoot().styleProperty().addListener(followStyle);
        }

        stage.initOwner(owner);
        stage.setTitle(messages.get("window.title", planTitle));
        Scene scene = new Scene(root);
        // The 履歴 menu's shortcuts work here too (the menu itself is in the main window).
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN),
                () -> show(Page.HISTORY));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> show(Page.VERSIONS));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::saveVersion);
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(520);
        stage.setOnHidden(e -> dispose());
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }

    /** The theme and text size of the main window, again (high contrast or zoom changed while this is open). */
    private void applyLook() {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        root.getStylesheets().setAll(owner.getScene().getStylesheets());
        root.getStylesheets().add(STYLESHEET);
        if (owner.getScene().getRoot() != null) {
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
    }

    /** Shows the window (or brings it to the front) on {@code page}. */
    public void show(Page page) {
        if (!placed) {
            place();
            placed = true;
        }
        Tab tab = switch (page) {
            case HISTORY, DISPLAY_NAME -> historyTab;
            case VERSIONS -> versionsTab;
            case COMPARE -> compareTab;
        };
        tabs.getSelectionModel().select(tab);
        stage.show();
        stage.toFront();
        Platform.runLater(() -> (switch (page) {
            case HISTORY -> historyView.tableView();
            case DISPLAY_NAME -> historyView.nameField();
            case VERSIONS -> versionsView.tableView();
            case COMPARE -> compareView.movementTable();
        }).requestFocus());
    }

    /** Shows the versions and asks for the name of a new version to save. */
    public void saveVersion() {
        show(Page.VERSIONS);
        Platform.runLater(versions::saveVersion);
    }

    /** Most of the main window, centred on it, never beyond the screen it is on. */
    private void place() {
        double width = 1180;
        double height = 760;
        if (owner != null && owner.getWidth() > 0) {
            Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                    owner.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
            width = Math.min(Math.max(owner.getWidth() - 40, 720), screen.getWidth());
            height = Math.min(Math.max(owner.getHeight() - 40, 520), screen.getHeight());
            stage.setX(Math.max(screen.getMinX(), owner.getX() + (owner.getWidth() - width) / 2));
            stage.setY(Math.max(screen.getMinY(), owner.getY() + (owner.getHeight() - height) / 2));
        }
        stage.setWidth(width);
        stage.setHeight(height);
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        stage.close();
        dispose();
    }

    private void dispose() {
        history.dispose();
        versions.dispose();
        if (owner != null && owner.getScene() != null) {
            owner.getScene().getStylesheets().removeListener(followSheets);
            owner.getScene().getRoot().styleProperty().removeListener(followStyle);
        }
    }

    /** The window itself, for tests and screenshots. */
    public Stage stage() {
        return stage;
    }

    public HistoryViewModel historyModel() {
        return history;
    }

    public VersionsViewModel versionsModel() {
        return versions;
    }
}
