package org.kaname.ui.measures;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kaname.i18n.Messages;
import org.kaname.ui.PlanScreen;
import org.kaname.ui.ScreenContext;

/** The Measures screen (placeholder until it is built). */
public final class MeasuresScreen implements PlanScreen {
    private final Messages messages;
    private final StackPane root = new StackPane();

    public MeasuresScreen(ScreenContext context) {
        this.messages = context.messages("org.kaname.ui.measures.messages");
        root.setId("measuresScreen");
        root.getChildren().add(new Label(messages.get("screen.title")));
    }

    @Override
    public String id() {
        return "measuresScreen";
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
