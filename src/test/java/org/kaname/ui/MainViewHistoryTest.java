package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 履歴 menu of the main window (headless): its items, their shortcuts, and the window they open. */
@ExtendWith(ApplicationExtension.class)
class MainViewHistoryTest {
    private Stage stage;
    private ShownMainView shown;
    private MainView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void setUp() throws Exception {
        shown = ShownMainView.show(stage, Locale.JAPANESE, new RecordingDialogs(), new NoAppActions(), 1260, 790);
        view = shown.view;
    }

    @AfterEach
    void tearDown() throws Exception {
        shown.close();
    }

    private Menu historyMenu(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> "menuHistory".equals(m.getId())).findFirst().orElseThrow();
    }

    private static boolean historyWindowShowing() {
        return Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().lookup("#historyTable") != null && w.isShowing());
    }

    @Test
    void theHistoryMenuHasItsItemsWithShortcutsBetweenEditAndView(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("ファイル(_F)", "編集(_E)", "履歴(_R)",
                "表示(_V)", "ヘルプ(_H)");
        Menu menu = historyMenu(robot);
        assertThat(menu.getItems()).filteredOn(i -> i.getId() != null).extracting(MenuItem::getText)
                .containsExactly("変更履歴(_H)…", "記録に使う名前(_N)…", "この版を保存(_S)…", "保存した版と比較(_V)…");
        assertThat(menu.getItems()).filteredOn(i -> i.getId() != null).allSatisfy(i ->
                assertThat(i.isDisable()).isFalse());
        assertThat(menu.getItems().get(0).getAccelerator().getName()).isEqualTo("Shortcut+H");
        assertThat(menu.getItems().get(3).getAccelerator().getName()).isEqualTo("Shift+Shortcut+S");
        assertThat(menu.getItems().get(4).getAccelerator().getName()).isEqualTo("Shift+Shortcut+H");
    }

    @Test
    void ctrlHOpensTheHistoryOfTheOpenPlanAndClosingThePlanClosesIt(FxRobot robot) {
        assertThat(historyWindowShowing()).isFalse();
        robot.interact(() -> stage.requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(historyWindowShowing()).isTrue();
        assertThat(robot.lookup("#historyTable").queryTableView().getItems()).isNotEmpty();
        robot.interact(() -> view.dispose());
        assertThat(historyWindowShowing()).isFalse();
    }

    /** The test changes no settings. */
}
