package org.kaname.ui.overview;

import javafx.scene.Parent;
import org.kaname.i18n.Messages;
import org.kaname.ui.BasicPlanScreen;
import org.kaname.ui.ScreenContext;

/** The Overview screen: title, organisation, horizon, budget, description, summary and priority tiers. */
public final class OverviewScreen extends BasicPlanScreen {
    static final String BUNDLE = "org.kaname.ui.overview.messages";

    public OverviewScreen(ScreenContext context) {
        super("overviewScreen", context.messages(BUNDLE).get("screen.title"));
        Messages messages = context.messages(BUNDLE);
        OverviewViewModel vm = new OverviewViewModel(context, messages);
        Parent root = setRoot(new OverviewView(vm, messages, context.status()).build());
        onDispose(vm::dispose);
        root.getStylesheets().add(OverviewScreen.class.getResource("overview.css").toExternalForm());
    }
}
