package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status line forgets a screen's message (e.g. a refused value) when another screen is shown. */
@ExtendWith(ApplicationExtension.class)
class MainViewStatusTest {
    private Stage stage;
    private ShownMainView shown;
    private MainView view;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void setUp() throws Exception {
        shown = ShownMainView.show(stage, Locale.JAPANESE);
        view = shown.view;
        vm = shown.vm;
    }

    @AfterEach
    void tearDown() throws Exception {
        shown.close();
    }

    @Test
    void aStaleMessageIsClearedWhenTheScreenChanges(FxRobot robot) throws Exception {
        Label status = robot.lookup("#statusLine").queryAs(Label.class);
        assertThat(status.getText()).as("the plan was opened").contains("開きました");

        WaitForAsyncUtils.asyncFx(() -> vm.showStatus("金額は数字で入力してください")).get();
        assertThat(status.getText()).isEqualTo("金額は数字で入力してください");
        WaitForAsyncUtils.asyncFx(() -> view.showScreen(1)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getText()).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> vm.showStatus("評価者を選んでください")).get();
        WaitForAsyncUtils.asyncFx(() -> view.showScreen(1)).get();
        assertThat(status.getText()).as("the same screen again: the message stays").isEqualTo("評価者を選んでください");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT3)
                .release(javafx.scene.input.KeyCode.DIGIT3, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getText()).isEmpty();
    }
}
