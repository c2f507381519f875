package org.kaname.ui.criteria;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kaname.i18n.Messages;
import org.kaname.ui.PlanScreen;
import org.kaname.ui.ScreenContext;

/** The Criteria & weights screen (placeholder until it is built). */
public final class CriteriaScreen implements PlanScreen {
    private final Messages messages;
    private final StackPane root = new StackPane();

    public CriteriaScreen(ScreenContext context) {
        this.messages = context.messages("org.kaname.ui.criteria.messages");
        root.setId("criteriaScreen");
        root.getChildren().add(new Label(messages.get("screen.title")));
    }

    @Override
    public String id() {
        return "criteriaScreen";
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
