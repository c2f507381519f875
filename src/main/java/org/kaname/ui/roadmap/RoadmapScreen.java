package org.kaname.ui.roadmap;

import javafx.scene.Parent;
import org.kaname.i18n.Messages;
import org.kaname.service.PlanEditor;
import org.kaname.ui.BasicPlanScreen;
import org.kaname.ui.Freshness;
import org.kaname.ui.ScreenContext;

/**
 * The roadmap screen: the Gantt chart, the budget per fiscal year, and the deferred measures with their reasons. It
 * composes {@link RoadmapViewModel} and {@link RoadmapView}, and reschedules the plan (on the task executor) when it
 * changes, while the screen is shown.
 */
public final class RoadmapScreen extends BasicPlanScreen {
    static final String BUNDLE = "org.kaname.ui.roadmap.messages";

    private final RoadmapViewModel vm;

    public RoadmapScreen(ScreenContext context) {
        super("roadmapScreen", context.messages(BUNDLE).get("screen.title"));
        Messages messages = context.messages(BUNDLE);
        vm = new RoadmapViewModel(context, messages);
        Parent root = setRoot(new RoadmapView(vm, messages).build());
        root.getStylesheets().add(RoadmapScreen.class.getResource("roadmap.css").toExternalForm());
        // The schedule is made only while the screen is shown; a change while it is not waits until it is.
        Freshness freshness = new Freshness(context.shown(), vm::refresh, false);
        PlanEditor.Listener listener = plan -> freshness.invalidate();
        context.editor().addListener(listener);
        onDispose(() -> context.editor().removeListener(listener));
        onDispose(freshness::dispose);
        onDispose(vm::dispose);
    }

    /** The screen's view model (for tests). */
    RoadmapViewModel viewModel() {
        return vm;
    }
}
