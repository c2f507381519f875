package org.kaname.ui.scoring;

import org.kaname.i18n.Messages;
import org.kaname.ui.BasicPlanScreen;
import org.kaname.ui.ScreenContext;

/**
 * The Scoring screen (採点): composes the {@link ScoringViewModel} (state and actions, plan-wide work on the task
 * executor) and the {@link ScoringView} (the rater chooser and tools, the score grid, the level panel), and stops
 * following the plan when it is closed.
 */
public final class ScoringScreen extends BasicPlanScreen {
    static final String BUNDLE = "org.kaname.ui.scoring.messages";

    private final ScoringViewModel vm;

    public ScoringScreen(ScreenContext context) {
        super("scoringScreen", context.messages(BUNDLE).get("screen.title"));
        Messages messages = context.messages(BUNDLE);
        this.vm = new ScoringViewModel(context, messages);
        ScoringView view = new ScoringView(vm, messages);
        setRoot(view.node());
        onDispose(vm::dispose);
    }

    /** The view model, for the shell's tests and for screenshots. */
    ScoringViewModel viewModel() {
        return vm;
    }
}
