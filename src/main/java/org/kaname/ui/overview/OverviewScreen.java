package org.kaname.ui.overview;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kaname.i18n.Messages;
import org.kaname.ui.PlanScreen;
import org.kaname.ui.ScreenContext;

/** The Overview screen (placeholder until it is built). */
public final class OverviewScreen implements PlanScreen {
    private final Messages messages;
    private final StackPane root = new StackPane();

    public OverviewScreen(ScreenContext context) {
        this.messages = context.messages("org.kaname.ui.overview.messages");
        root.setId("overviewScreen");
        root.getChildren().add(new Label(messages.get("screen.title")));
    }

    @Override
    public String id() {
        return "overviewScreen";
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
