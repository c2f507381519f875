package org.kaname.ui.scoring;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kaname.i18n.Messages;
import org.kaname.ui.PlanScreen;
import org.kaname.ui.ScreenContext;

/** The Scoring screen (placeholder until it is built). */
public final class ScoringScreen implements PlanScreen {
    private final Messages messages;
    private final StackPane root = new StackPane();

    public ScoringScreen(ScreenContext context) {
        this.messages = context.messages("org.kaname.ui.scoring.messages");
        root.setId("scoringScreen");
        root.getChildren().add(new Label(messages.get("screen.title")));
    }

    @Override
    public String id() {
        return "scoringScreen";
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
