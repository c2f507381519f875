package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.i18n.Messages;
import org.testfx.framework.junit5.ApplicationExtension;

/** The one control builder: every control gets id, mnemonic, accessible text and tooltip by the same rules. */
@ExtendWith(ApplicationExtension.class)
class ControlsTest {
    private final Controls controls = new Controls(Messages.of("org.kaname.ui.controlstest", Locale.JAPANESE));

    @Test
    void aButtonHasItsMnemonicTooltipAndSpokenName() {
        int[] pressed = {0};
        Button add = controls.button("addButton", "add", () -> pressed[0]++);
        assertThat(add.getId()).isEqualTo("addButton");
        assertThat(add.getText()).isEqualTo("追加(_A)");
        assertThat(add.isMnemonicParsing()).isTrue();
        assertThat(add.getAccessibleText()).isEqualTo("追加");
        assertThat(add.getTooltip().getText()).isEqualTo("施策を一覧の末尾に追加します");
        assertThat(add.getAccessibleHelp()).isEqualTo("施策を一覧の末尾に追加します");
        assertThat(add.getMinWidth()).isEqualTo(Region.USE_PREF_SIZE);
        add.fire();
        assertThat(pressed[0]).isEqualTo(1);
    }

    @Test
    void anAccessibleKeyNamesTheControlForScreenReaders() {
        Button remove = controls.button("removeButton", "remove", () -> { });
        assertThat(remove.getAccessibleText()).isEqualTo("選択した施策を削除");
    }

    @Test
    void aToggleButtonIsDescribedLikeAButton() {
        ToggleButton toggle = controls.toggle("addToggle", "add");
        assertThat(toggle.getId()).isEqualTo("addToggle");
        assertThat(toggle.getText()).isEqualTo("追加(_A)");
        assertThat(toggle.isMnemonicParsing()).isTrue();
        assertThat(toggle.getAccessibleText()).isEqualTo("追加");
        assertThat(toggle.getTooltip().getText()).isEqualTo("施策を一覧の末尾に追加します");
    }

    @Test
    void noTooltipWhereTheBundleHasNone() {
        TextField field = controls.describe(new TextField(), "nameField", "plain");
        assertThat(field.getTooltip()).isNull();
        assertThat(field.getAccessibleHelp()).isNull();
        assertThat(field.getAccessibleText()).isEqualTo("名前");
    }

    @Test
    void aLabelFocusesAndNamesItsField() {
        TextField field = new TextField();
        field.setId("titleField");
        Label label = controls.labelFor("title", field);
        assertThat(label.getLabelFor()).isSameAs(field);
        assertThat(label.isMnemonicParsing()).isTrue();
        assertThat(label.getId()).isEqualTo("titleFieldLabel");
        assertThat(field.getAccessibleText()).isEqualTo("計画の名称");
        assertThat(label.getMinWidth()).isEqualTo(Region.USE_PREF_SIZE);
    }

    @Test
    void theSpokenNameDropsTheMnemonicOnly() {
        assertThat(Controls.spoken("追加(_A)")).isEqualTo("追加");
        assertThat(Controls.spoken("柱を追加 (_W)")).isEqualTo("柱を追加");
        assertThat(Controls.spoken("_Save as...")).isEqualTo("Save as...");
        assertThat(Controls.spoken("名前")).isEqualTo("名前");
    }

    @Test
    void aLabelKeepsAFieldsOwnSpokenName() {
        TextField field = controls.describe(new TextField(), "removeField", "remove");
        controls.labelFor("title", field);
        assertThat(field.getAccessibleText()).isEqualTo("選択した施策を削除");
    }

    @Test
    void aDialogsOwnWordingLabelsItsFieldTheSameWay() {
        TextField field = new TextField();
        field.setId("promptField");
        Label label = Controls.labelForText("版の名前(_N)", field);
        assertThat(label.getLabelFor()).isSameAs(field);
        assertThat(label.isMnemonicParsing()).isTrue();
        assertThat(label.getId()).isEqualTo("promptFieldLabel");
        assertThat(field.getAccessibleText()).isEqualTo("版の名前");
    }

    @Test
    void aBusyMarkShowsOnlyForWorkThatLasts() throws Exception {
        javafx.beans.property.SimpleBooleanProperty working = new javafx.beans.property.SimpleBooleanProperty();
        javafx.scene.control.ProgressIndicator mark = org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> controls.busy("busyMark", "plain", working)).get();
        assertThat(mark.isVisible()).isFalse();
        // Quick work: started and ended within the delay, the mark never shows.
        boolean shownAtOnce = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            working.set(true);
            boolean visible = mark.isVisible();
            working.set(false);
            return visible;
        }).get();
        assertThat(shownAtOnce).isFalse();
        Thread.sleep((long) (Controls.BUSY_DELAY.toMillis() * 2));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(mark.isVisible()).isFalse();
        // Lasting work: shown after the delay, hidden at once when it ends.
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> working.set(true)).get();
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, mark::isVisible);
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> working.set(false)).get();
        assertThat(mark.isVisible()).isFalse();
    }

    @Test
    void argumentsFillEveryTextOfTheKey() {
        Button remove = controls.button("tierRemove1", "removeRow", () -> { }, 2);
        assertThat(remove.getText()).isEqualTo("削除");
        assertThat(remove.getAccessibleText()).isEqualTo("2行目の段階を削除");
        assertThat(remove.getTooltip().getText()).isEqualTo("2行目の段階を削除します");
        TextField amount = new TextField();
        Label label = controls.labelFor("year", amount, "2027年度");
        assertThat(label.getText()).isEqualTo("2027年度の予算");
        assertThat(amount.getAccessibleText()).isEqualTo("2027年度の予算");
    }

    @Test
    void aTextWithoutPlaceholdersKeepsItsApostrophes() {
        TextField points = controls.describe(new TextField(), "points-c1", "points", "Cost");
        assertThat(points.getAccessibleText()).isEqualTo("Points of Cost");
        assertThat(points.getTooltip().getText()).isEqualTo("Relative to the first criterion's 100");
    }

    @Test
    void aDialogsOwnWordingMakesAButtonTheSameWay() {
        int[] pressed = {0};
        Button copy = Controls.buttonForText("copyDetails", "詳細をコピー(_C)", () -> pressed[0]++);
        assertThat(copy.getId()).isEqualTo("copyDetails");
        assertThat(copy.isMnemonicParsing()).isTrue();
        assertThat(copy.getAccessibleText()).isEqualTo("詳細をコピー");
        assertThat(copy.getMinWidth()).isEqualTo(Region.USE_PREF_SIZE);
        copy.fire();
        assertThat(pressed[0]).isEqualTo(1);
    }
}
