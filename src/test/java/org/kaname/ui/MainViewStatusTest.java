package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.service.Services;
import org.kaname.ui.task.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status line forgets a screen's message (e.g. a refused value) when another screen is shown. */
@ExtendWith(ApplicationExtension.class)
class MainViewStatusTest {
    private Stage stage;
    private Path dir;
    private Services services;
    private MainView view;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createTempDirectory("kaname-main-status");
        services = Services.open(dir, Locale.JAPANESE);
        WaitForAsyncUtils.asyncFx(() -> {
            vm = new MainViewModel(services, new CurrentThreadTaskExecutor(), Runnable::run, Runnable::run,
                    new RecordingDialogs(), Locale.JAPANESE, plan -> { });
            view = new MainView(vm, new NoAppActions(), "");
            Scene scene = new Scene(view.build(), 1280, 800);
            Styles.apply(scene, JapaneseFont.family());
            stage.setScene(scene);
            stage.show();
            vm.refreshPlans();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.dispose()).get();
        services.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
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
