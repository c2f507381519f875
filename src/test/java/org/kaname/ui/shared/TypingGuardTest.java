package org.kaname.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, item 2: a value being typed does not jump under the cursor when others' changes arrive. A refresh that
 * writes over the focused field's typed text is undone for that field (the other value is returned, to be named);
 * a field the user has only entered, not typed in, shows the new value.
 */
@ExtendWith(ApplicationExtension.class)
class TypingGuardTest extends FxRobot {
    private TextField title;
    private TextField owner;
    private TypingGuard guard;

    @Start
    void start(Stage stage) {
        title = new TextField("古い題");
        title.setId("title");
        owner = new TextField("企画課");
        owner.setId("owner");
        stage.setScene(new Scene(new VBox(8, title, owner), 400, 200));
        guard = new TypingGuard(stage.getScene());
        stage.show();
    }

    @Test
    void keepsWhatIsTypedAndLetsAnUntouchedFieldFollow() throws Exception {
        clickOn("#title").push(javafx.scene.input.KeyCode.END).write("と新しい語");
        assertThat(title.getText()).isEqualTo("古い題と新しい語");

        // Others' change reaches the screen: the view model sets the field's text.
        String theirs = WaitForAsyncUtils.asyncFx(() -> {
            title.setText("相手の題");
            return guard.keepTyping();
        }).get();
        assertThat(theirs).isEqualTo("相手の題");
        assertThat(title.getText()).isEqualTo("古い題と新しい語");
        assertThat(title.getCaretPosition()).as("the caret stays where the typing was").isEqualTo(8);
        write("!");
        assertThat(title.getText()).isEqualTo("古い題と新しい語!");

        clickOn("#owner");
        String nothing = WaitForAsyncUtils.asyncFx(() -> {
            owner.setText("情報政策課");
            return guard.keepTyping();
        }).get();
        assertThat(nothing).isNull();
        assertThat(owner.getText()).as("nothing typed there: it follows the plan").isEqualTo("情報政策課");
    }
}
