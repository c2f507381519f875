package org.kaname.ui.ranking;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kaname.i18n.Messages;
import org.kaname.ui.PlanScreen;
import org.kaname.ui.ScreenContext;

/** The Ranking screen (placeholder until it is built). */
public final class RankingScreen implements PlanScreen {
    private final Messages messages;
    private final StackPane root = new StackPane();

    public RankingScreen(ScreenContext context) {
        this.messages = context.messages("org.kaname.ui.ranking.messages");
        root.setId("rankingScreen");
        root.getChildren().add(new Label(messages.get("screen.title")));
    }

    @Override
    public String id() {
        return "rankingScreen";
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
