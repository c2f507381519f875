package org.kaname.ui.overview;

import javafx.scene.Node;
import javafx.scene.Parent;
import org.kaname.i18n.Messages;
import org.kaname.ui.PlanScreen;
import org.kaname.ui.ScreenContext;

/** The Overview screen: title, organisation, horizon, budget, description, summary and priority tiers. */
public final class OverviewScreen implements PlanScreen {
    static final String BUNDLE = "org.kaname.ui.overview.messages";

    private final Messages messages;
    private final OverviewViewModel vm;
    private final Parent root;

    public OverviewScreen(ScreenContext context) {
        this.messages = context.messages(BUNDLE);
        this.vm = new OverviewViewModel(context.editor(), messages);
        this.root = new OverviewView(vm, messages, context.status()).build();
        root.setId(id());
        root.getStylesheets().add(OverviewScreen.class.getResource("overview.css").toExternalForm());
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

    @Override
    public void dispose() {
        vm.dispose();
    }
}
