package org.kaname.ui.sensitivity;

import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.kaname.i18n.Messages;
import org.kaname.service.PlanEditor;
import org.kaname.ui.PlanScreen;
import org.kaname.ui.ScreenContext;

/**
 * 感度分析: how firmly the ranking stands. A Monte Carlo run varies the weights and redraws raters' values, and
 * shows each measure's tier probabilities and rank range; the one-way table gives, per criterion, the weights
 * within which the first place and the top tier stay the same.
 */
public final class SensitivityScreen implements PlanScreen {
    static final String BUNDLE = "org.kaname.ui.sensitivity.messages";
    private final ScreenContext context;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final SensitivityViewModel vm;
    private final PlanEditor.Listener listener;

    public SensitivityScreen(ScreenContext context) {
        this.context = context;
        this.messages = context.messages(BUNDLE);
        this.vm = new SensitivityViewModel(context, messages);
        root.setId("sensitivityScreen");
        root.getStylesheets().add(SensitivityScreen.class.getResource("sensitivity.css").toExternalForm());
        root.setCenter(new SensitivityView(vm, messages).node());
        listener = vm::refresh;
        context.editor().addListener(listener);
    }

    SensitivityViewModel viewModel() {
        return vm;
    }

    @Override
    public String id() {
        return "sensitivityScreen";
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
        vm.cancel();
        context.editor().removeListener(listener);
    }
}
