package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.service.Services;
import org.kaname.ui.task.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Alt+letter (issue 15 A5): on every screen, in Japanese and English, each mnemonic the window offers — the menu bar's
 * and those of the visible labelled controls — belongs to one control only, so pressing it acts at once instead of
 * moving the focus between two. And a mnemonic presses its button.
 */
@ExtendWith(ApplicationExtension.class)
class MnemonicsTest {
    @TempDir
    Path dir;
    private Stage stage;
    private Services services;
    private MainView view;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Scene open(Locale locale) throws Exception {
        services = Services.open(dir.resolve("data-" + locale.getLanguage()), locale);
        Scene[] scene = new Scene[1];
        WaitForAsyncUtils.asyncFx(() -> {
            vm = new MainViewModel(services, new CurrentThreadTaskExecutor(), Runnable::run,
                    Runnable::run, new RecordingDialogs(), locale, plan -> { });
            view = new MainView(vm, new NoAppActions(), "");
            scene[0] = new Scene(view.build(), 1280, 800);
            Styles.apply(scene[0], JapaneseFont.family());
            stage.setScene(scene[0]);
            stage.show();
            vm.refreshPlans();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return scene[0];
    }

    @AfterEach
    void tearDown() throws Exception {
        if (view != null) {
            WaitForAsyncUtils.asyncFx(() -> view.dispose()).get();
        }
        if (services != null) {
            services.close();
        }
    }

    @Test
    void everyScreenHasEachMnemonicOnceInJapanese(FxRobot robot) throws Exception {
        assertNoDuplicates(robot, open(Locale.JAPANESE));
    }

    @Test
    void everyScreenHasEachMnemonicOnceInEnglish(FxRobot robot) throws Exception {
        assertNoDuplicates(robot, open(Locale.ENGLISH));
    }

    @Test
    void altAndTheLetterPressesTheButton(FxRobot robot) throws Exception {
        open(Locale.JAPANESE);
        WaitForAsyncUtils.asyncFx(() -> view.showScreen(2)).get(); // 施策
        WaitForAsyncUtils.waitForFxEvents();
        Button add = robot.lookup("#treeAddPillar").queryButton();
        assertThat(add.getText()).isEqualTo("柱を追加(_W)");
        int pillars = vm.editorProperty().get().plan().pillars().size();
        robot.push(new KeyCodeCombination(KeyCode.W, KeyCombination.ALT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.editorProperty().get().plan().pillars()).as("Alt+W added a pillar").hasSize(pillars + 1);
    }

    @Test
    void theSidebarButtonsShowTheirWordsWithoutALetter() {
        assertThat(MainView.withoutMnemonic("新規(_N)")).isEqualTo("新規");
        assertThat(MainView.withoutMnemonic("_New")).isEqualTo("New");
        assertThat(MainView.withoutMnemonic("複製")).isEqualTo("複製");
    }

    private void assertNoDuplicates(FxRobot robot, Scene scene) throws Exception {
        int screens = robot.lookup("#navigation").queryAs(ListView.class).getItems().size();
        assertThat(screens).isEqualTo(Workspace.SCREENS.size());
        List<String> duplicates = new ArrayList<>();
        int seen = 0;
        for (int i = 0; i < screens; i++) {
            int index = i;
            Map<String, List<String>> byKey = WaitForAsyncUtils.asyncFx(() -> {
                view.showScreen(index);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                return mnemonics(scene);
            }).get();
            String screen = robot.lookup("#navigation").queryAs(ListView.class).getItems().get(i).toString();
            seen += byKey.size();
            byKey.forEach((key, owners) -> {
                if (owners.size() > 1) {
                    duplicates.add("screen " + (index + 1) + ": " + key + " → " + owners);
                }
            });
        }
        assertThat(seen).as("mnemonics found at all").isGreaterThan(Workspace.SCREENS.size() * 5);
        assertThat(duplicates).as("mnemonics used twice on one screen").isEmpty();
    }

    /** The scene's mnemonics with a visible owner, by key: Alt+P → [計画(_P), 柱を追加(_P)]. */
    private static Map<String, List<String>> mnemonics(Scene scene) {
        Map<String, List<String>> byKey = new TreeMap<>();
        for (Map.Entry<KeyCombination, ObservableList<Mnemonic>> e : scene.getMnemonics().entrySet()) {
            for (Mnemonic m : e.getValue()) {
                if (shown(m.getNode())) {
                    // Alt+p and Alt+P are one key: "Add _pillar" and "_Plans" clash.
                    byKey.computeIfAbsent(e.getKey().getName().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(describe(m.getNode()));
                }
            }
        }
        return byKey;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static String describe(Node node) {
        if (node instanceof Labeled l) {
            return l.getText() + (node.getId() == null ? "" : " #" + node.getId());
        }
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId());
    }
}
