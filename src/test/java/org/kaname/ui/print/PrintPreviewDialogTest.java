package org.kaname.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.i18n.Messages;
import org.kaname.io.PlanJson;
import org.kaname.report.Paper;
import org.kaname.service.SamplePlan;
import org.kaname.ui.RecordingDialogs;
import org.kaname.ui.task.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PrintPreviewDialogTest {
    Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void thePreviewShowsEveryPageOfTheReportAndA3TurnsTheRoadmapPagesLandscape(FxRobot robot) {
        RecordingDialogs dialogs = new RecordingDialogs();
        PrintPreviewDialog[] dialog = new PrintPreviewDialog[1];
        robot.interact(() -> {
            dialog[0] = new PrintPreviewDialog(owner, SamplePlan.load(new PlanJson(Locale.JAPANESE)),
                    Instant.parse("2026-11-28T00:00:00Z"), new CurrentThreadTaskExecutor(), dialogs,
                    Messages.of("org.kaname.ui.messages", Locale.JAPANESE));
            dialog[0].show();
        });
        assertThat(dialogs.errors).isEmpty();
        assertThat(PrintPreviewDialog.isPdf(dialog[0].pdf())).isTrue();
        assertThat(dialog[0].images()).hasSizeGreaterThan(5)
                .allSatisfy(page -> assertThat(page.getHeight()).isGreaterThan(page.getWidth()));
        assertThat(robot.lookup("#printPages").tryQuery()).isPresent();
        @SuppressWarnings("unchecked")
        ChoiceBox<Paper> paper = robot.lookup("#printPaper").queryAs(ChoiceBox.class);
        robot.interact(() -> paper.setValue(Paper.A3));
        assertThat(dialog[0].images()).anySatisfy((BufferedImage page) ->
                assertThat(page.getWidth()).isGreaterThan(page.getHeight()));
    }
}
