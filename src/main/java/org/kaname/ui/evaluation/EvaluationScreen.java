package org.kaname.ui.evaluation;

import javafx.scene.Parent;
import org.kaname.i18n.Messages;
import org.kaname.service.PlanEditor;
import org.kaname.ui.BasicPlanScreen;
import org.kaname.ui.Freshness;
import org.kaname.ui.ScreenContext;

/**
 * The evaluation screen (評価): indicators' targets, actuals, 達成率 and grades by 年度, and each measure's evaluation
 * with 今後の方向性. It composes {@link EvaluationViewModel} and {@link EvaluationView}, and remakes the year's tables
 * (on the task executor) when the plan changes while the screen is shown.
 */
public final class EvaluationScreen extends BasicPlanScreen {
    static final String BUNDLE = "org.kaname.ui.evaluation.messages";

    private final EvaluationViewModel vm;

    public EvaluationScreen(ScreenContext context) {
        super("evaluationScreen", context.messages(BUNDLE).get("screen.title"));
        Messages messages = context.messages(BUNDLE);
        vm = new EvaluationViewModel(context, messages);
        Parent root = setRoot(new EvaluationView(vm, messages).build());
        root.getStyleClass().add("evaluation-screen");
        root.getStylesheets().add(EvaluationScreen.class.getResource("evaluation.css").toExternalForm());
        Freshness freshness = new Freshness(context.shown(), vm::refresh, false);
        PlanEditor.Listener listener = plan -> freshness.invalidate();
        context.editor().addListener(listener);
        onDispose(() -> context.editor().removeListener(listener));
        onDispose(freshness::dispose);
        onDispose(vm::dispose);
    }

    /** The screen's view model (for tests). */
    EvaluationViewModel viewModel() {
        return vm;
    }
}
