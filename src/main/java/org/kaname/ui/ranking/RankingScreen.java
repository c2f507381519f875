package org.kaname.ui.ranking;

import javafx.scene.Parent;
import org.kaname.i18n.Messages;
import org.kaname.ui.BasicPlanScreen;
import org.kaname.ui.ScreenContext;

/**
 * The Ranking screen (順位): the ranking table with tiers in text and colour, the contribution of each criterion as
 * stacked bars, a radar comparing the selected measures, and the pillar and support-measure summary. Model and
 * weights can be switched; everything follows the plan as it is edited. State and ranking live in
 * {@link RankingViewModel}, the controls in {@link RankingView}; this class only puts them together.
 */
public final class RankingScreen extends BasicPlanScreen {
    static final String BUNDLE = "org.kaname.ui.ranking.messages";

    private final RankingViewModel vm;

    public RankingScreen(ScreenContext context) {
        super("rankingScreen", context.messages(BUNDLE).get("screen.title"));
        Messages messages = context.messages(BUNDLE);
        vm = new RankingViewModel(context, messages);
        Parent root = setRoot(new RankingView(vm, messages).build());
        root.getStylesheets().add(RankingScreen.class.getResource("ranking.css").toExternalForm());
        onDispose(vm::dispose);
    }

    /** The view model, for tests and screenshots. */
    RankingViewModel viewModel() {
        return vm;
    }
}
