package org.kaname.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Budget;
import org.kaname.model.FiscalYears;
import org.kaname.model.Plan;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Overview screen driven like a person: typing, Enter, arrow keys; the stored plan is what counts. */
@ExtendWith(ApplicationExtension.class)
class OverviewScreenTest {
    @TempDir
    static Path dir;
    ScreenFixture fixture;
    OverviewScreen screen;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ScreenFixture(dir.resolve("d" + System.nanoTime()), Locale.JAPANESE);
        screen = new OverviewScreen(fixture.context);
        Scene scene = new Scene((javafx.scene.Parent) screen.node(), 1100, 800);
        Styles.apply(scene, "System");
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        screen.dispose();
        fixture.close();
    }

    @Test
    void anEditedTitleIsStoredOnEnter(FxRobot robot) throws Exception {
        robot.clickOn("#overviewTitle").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("令和8年度 DX推進計画").type(KeyCode.ENTER);
        assertThat(fixture.storedPlan().title()).isEqualTo("令和8年度 DX推進計画");
    }

    @Test
    void aStartAfterTheEndIsRefusedAtTheField(FxRobot robot) throws Exception {
        Plan before = fixture.storedPlan();
        Spinner<?> start = robot.lookup("#overviewStart").queryAs(Spinner.class);
        robot.clickOn(start);
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.UP);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(start.getValue()).isEqualTo(2031);
        Label error = robot.lookup("#overviewYearsError").queryAs(Label.class);
        assertThat(error.getText()).contains("2031年度（令和13年度）").contains("終了年度");
        assertThat(error.isVisible()).isTrue();
        assertThat(Decorator.getDecorations(start)).isNotEmpty();
        assertThat(fixture.storedPlan().fiscalYears()).isEqualTo(new FiscalYears(2026, 2030));
        assertThat(fixture.storedPlan()).isEqualTo(before);
    }

    @Test
    void aNonNumericBudgetIsMarkedAndNotStored(FxRobot robot) throws Exception {
        TextField amount = robot.lookup("#budgetUniformAmount").queryAs(TextField.class);
        robot.clickOn(amount).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#budgetUniformAmountError").queryAs(Label.class).getText()).contains("abc");
        assertThat(Decorator.getDecorations(amount)).isNotEmpty();
        assertThat(fixture.storedPlan().budget()).isEqualTo(Budget.uniform(200_000_000L));

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("150000000")
                .type(KeyCode.ENTER);
        assertThat(fixture.storedPlan().budget()).isEqualTo(Budget.uniform(150_000_000L));
        assertThat(amount.getText()).isEqualTo("150,000,000");
        assertThat(robot.lookup("#budgetUniformThousand").queryAs(Label.class).getText()).isEqualTo("150,000千円");
    }
}
