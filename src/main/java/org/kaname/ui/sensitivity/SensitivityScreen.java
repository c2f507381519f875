package org.kaname.ui.sensitivity;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kaname.i18n.Messages;
import org.kaname.ui.PlanScreen;
import org.kaname.ui.ScreenContext;

/** The Sensitivity screen (placeholder until it is built). */
public final class SensitivityScreen implements PlanScreen {
    private final Messages messages;
    private final StackPane root = new StackPane();

    public SensitivityScreen(ScreenContext context) {
        this.messages = context.messages("org.kaname.ui.sensitivity.messages");
        root.setId("sensitivityScreen");
        root.getChildren().add(new Label(messages.get("screen.title")));
    }

    @Override
    public String id() {
        return "sensitivityScreen";
    }

    @Override
    public String title() {
        return messages.get("screen.title");
    }

    @Override
    public Node node() {
        return root;
    }
}
