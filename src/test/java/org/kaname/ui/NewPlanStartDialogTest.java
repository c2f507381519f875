package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.service.Services;
import org.kaname.store.PlanSummary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › New plan with a start: the standard criteria by default, another plan's criteria, or an empty plan. */
@ExtendWith(ApplicationExtension.class)
class NewPlanStartDialogTest {
    private Stage stage;
    private ShownMainView shown;
    private Services services;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(Locale locale) throws Exception {
        shown = ShownMainView.show(stage, locale);
        services = shown.services;
        vm = shown.vm;
    }

    @AfterEach
    void tearDown() throws Exception {
        if (shown != null) {
            shown.close();
        }
    }

    /** Opens the dialog as the button would, without waiting on it (it is modal). */
    private void openDialog(FxRobot robot) throws Exception {
        Platform.runLater(() -> robot.lookup("#newPlanButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#newPlanStandard").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Plan openPlanAfterCreating(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#promptField").queryTextInputControl().setText(title)).get();
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#promptAccept").queryButton().fire()).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.editorProperty().get() != null
                && vm.editorProperty().get().plan().title().equals(title));
        return vm.editorProperty().get().plan();
    }

    @Test
    void theStandardCriteriaAreTheDefaultAndComeWithTheirLevels(FxRobot robot) throws Exception {
        open(Locale.JAPANESE);
        openDialog(robot);
        assertThat(robot.lookup("#newPlanStandard").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#newPlanStandard").queryAs(RadioButton.class).getText())
                .isEqualTo("標準の評価基準 5 つから始める(_S)");
        assertThat(robot.lookup("#newPlanSource").queryAs(ComboBox.class).isDisabled())
                .as("the plan to copy from is chosen only when copying").isTrue();
        for (String id : new String[] {"#promptLabel", "#newPlanStandard", "#newPlanCopy", "#newPlanEmpty",
            "#promptAccept", "#promptCancel"}) {
            javafx.scene.control.Labeled labeled = robot.lookup(id).queryLabeled();
            javafx.scene.Node text = labeled.lookup(".text");
            assertThat(((javafx.scene.text.Text) text).getText()).as("%s shown whole", id)
                    .isEqualTo(labeled.getText().replace("_", ""));
        }
        Plan plan = openPlanAfterCreating(robot, "令和9年度DX計画");
        assertThat(plan.criteria()).hasSize(5).allSatisfy(c -> assertThat(c.scale().levels()).hasSize(5));
        assertThat(plan.measures()).isEmpty();
    }

    @Test
    void anotherPlansCriteriaAreCopiedWithoutItsMeasures(FxRobot robot) throws Exception {
        open(Locale.ENGLISH);
        openDialog(robot);
        @SuppressWarnings("unchecked")
        ComboBox<PlanSummary> source = robot.lookup("#newPlanSource").queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#newPlanCopy").queryAs(RadioButton.class).fire()).get();
        assertThat(source.isDisabled()).isFalse();
        assertThat(source.getValue()).as("the plan open now is offered").isNotNull();
        Plan sample = services.plans().open(source.getValue().id()).plan();
        Plan plan = openPlanAfterCreating(robot, "Copy of criteria");
        assertThat(plan.criteria()).extracting(Criterion::id)
                .containsExactlyElementsOf(sample.criteria().stream().map(Criterion::id).toList());
        assertThat(plan.criteria()).isEqualTo(sample.criteria());
        assertThat(sample.measures()).isNotEmpty();
        assertThat(plan.measures()).isEmpty();
        assertThat(plan.scores()).isEmpty();
    }

    @Test
    void theEmptyStartHasNoCriteria(FxRobot robot) throws Exception {
        open(Locale.JAPANESE);
        openDialog(robot);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#newPlanEmpty").queryAs(RadioButton.class).fire()).get();
        Button accept = robot.lookup("#promptAccept").queryButton();
        assertThat(accept.isDisabled()).isFalse();
        assertThat(openPlanAfterCreating(robot, "空の計画").criteria()).isEmpty();
    }
}
