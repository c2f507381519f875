package org.kaname.ui.roadmap;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kaname.i18n.Messages;
import org.kaname.ui.PlanScreen;
import org.kaname.ui.ScreenContext;

/** The Roadmap screen (placeholder until it is built). */
public final class RoadmapScreen implements PlanScreen {
    private final Messages messages;
    private final StackPane root = new StackPane();

    public RoadmapScreen(ScreenContext context) {
        this.messages = context.messages("org.kaname.ui.roadmap.messages");
        root.setId("roadmapScreen");
        root.getChildren().add(new Label(messages.get("screen.title")));
    }

    @Override
    public String id() {
        return "roadmapScreen";
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
