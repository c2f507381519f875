package org.kaname.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.ui.ShownMainView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, item 2: the conflict dialog shows, for each value, the other person's value, who and when, and mine; its
 * default 「相手の値を残す」 is taken by Enter and Esc, 「自分の値で上書き」 by its button or Alt+O.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictDialogTest extends FxRobot {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final List<ConflictRow> ROWS = List.of(
            new ConflictRow("M3 × 即効性・波及効果（評価者: 企画課）", "4", "山田", Instant.parse("2026-12-06T01:15:30Z"),
                    "2"),
            new ConflictRow("M12 の 名称", "庁内データ連携基盤の整備", "佐藤", Instant.parse("2026-12-06T01:16:02Z"),
                    "データ連携基盤の構築"));
    private Stage stage;
    private ShownMainView main;
    private volatile ConflictDialog.Choice choice;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (main != null) {
            main.close();
        }
    }

    private void show() throws Exception {
        if (main == null) {
            main = ShownMainView.show(stage, Locale.JAPANESE);
        }
        choice = null;
        Platform.runLater(() -> choice = new ConflictDialog(stage, Locale.JAPANESE, ROWS, TOKYO).showAndWait());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#conflictKeepTheirs").tryQuery()
                .filter(n -> n.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ConflictDialog.Choice chosen() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> choice != null);
        return choice;
    }

    @Test
    void showsBothValuesWithWhoAndWhenAndEnterKeepsTheirs() throws Exception {
        show();
        assertThat(lookup("#conflictTheirs1").queryAs(Label.class).getText()).isEqualTo("4");
        assertThat(lookup("#conflictMine1").queryAs(Label.class).getText()).isEqualTo("2");
        assertThat(lookup("#conflictTheirs2").queryAs(Label.class).getText()).isEqualTo("庁内データ連携基盤の整備");
        assertThat(lookup(".conflict-cell").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("山田\n12月6日 10:15:30", "M12 の 名称");
        assertThat(lookup("#conflictKeepTheirs").queryAs(Button.class).isFocused()).as("the default has the focus")
                .isTrue();
        Scene dialog = lookup("#conflictDialog").query().getScene();
        WaitForAsyncUtils.asyncFx(() -> Shots.take(stage.getScene(), dialog, "conflict-dialog-ja")).get();
        type(KeyCode.ENTER);
        assertThat(chosen()).isEqualTo(ConflictDialog.Choice.KEEP_THEIRS);

        show();
        type(KeyCode.ESCAPE);
        assertThat(chosen()).isEqualTo(ConflictDialog.Choice.KEEP_THEIRS);
    }

    @Test
    void overwriteIsChosenByItsButtonOrByAltO() throws Exception {
        show();
        clickOn("#conflictOverwrite");
        assertThat(chosen()).isEqualTo(ConflictDialog.Choice.OVERWRITE);

        show();
        press(KeyCode.ALT).type(KeyCode.O).release(KeyCode.ALT);
        assertThat(chosen()).isEqualTo(ConflictDialog.Choice.OVERWRITE);
    }
}
