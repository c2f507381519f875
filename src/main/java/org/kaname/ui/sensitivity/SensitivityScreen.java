package org.kaname.ui.sensitivity;

import javafx.scene.layout.BorderPane;
import org.kaname.i18n.Messages;
import org.kaname.service.PlanEditor;
import org.kaname.ui.BasicPlanScreen;
import org.kaname.ui.Freshness;
import org.kaname.ui.ScreenContext;

/**
 * 感度分析: how firmly the ranking stands. A Monte Carlo run varies the weights and redraws raters' values, and
 * shows each measure's tier probabilities and rank range; the one-way table gives, per criterion, the weights
 * within which the first place and the top tier stay the same.
 */
public final class SensitivityScreen extends BasicPlanScreen {
    static final String BUNDLE = "org.kaname.ui.sensitivity.messages";
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final SensitivityViewModel vm;
    private final PlanEditor.Listener listener;

    public SensitivityScreen(ScreenContext context) {
        super("sensitivityScreen", context.messages(BUNDLE).get("screen.title"));
        this.messages = context.messages(BUNDLE);
        this.vm = new SensitivityViewModel(context, messages);
        setRoot(root);
        root.getStylesheets().add(SensitivityScreen.class.getResource("sensitivity.css").toExternalForm());
        root.setCenter(new SensitivityView(vm, messages).node());
        // The intervals rank the plan many times: only while the screen is shown (a change waits until it is).
        Freshness freshness = new Freshness(context.shown(), () -> vm.refresh(context.editor().plan()),
                context.shown().get());
        listener = p -> freshness.invalidate();
        context.editor().addListener(listener);
        onDispose(() -> {
            vm.cancel();
            context.editor().removeListener(listener);
            freshness.dispose();
        });
    }

    SensitivityViewModel viewModel() {
        return vm;
    }
}
