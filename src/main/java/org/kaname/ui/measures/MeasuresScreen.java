package org.kaname.ui.measures;

import impl.org.controlsfx.skin.DecorationPane;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kaname.i18n.Messages;
import org.kaname.ui.BasicPlanScreen;
import org.kaname.ui.ScreenContext;

/** The Measures screen: the measure structure with its details, the problems and the peer cases, as three tabs. */
public final class MeasuresScreen extends BasicPlanScreen {
    static final String BUNDLE = "org.kaname.ui.measures.messages";

    private final Messages messages;
    private final MeasuresViewModel measures;
    private final ProblemsViewModel problems;
    private final CasesViewModel cases;
    private final DecorationPane root = new DecorationPane();

    public MeasuresScreen(ScreenContext context) {
        super("measuresScreen", context.messages(BUNDLE).get("screen.title"));
        this.messages = context.messages(BUNDLE);
        this.measures = new MeasuresViewModel(context.editor(), context.dialogs(), messages);
        this.problems = new ProblemsViewModel(context.editor(), context.dialogs(), messages);
        this.cases = new CasesViewModel(context.editor(), context.dialogs(), messages);
        TabPane tabs = new TabPane(
                tab("structureTab", "tab.structure", new StructureView(measures, messages, context.status()).build()),
                tab("problemsTab", "tab.problems", new ProblemsView(problems, messages, context.status()).build()),
                tab("casesTab", "tab.cases", new CasesView(cases, messages, context.status()).build()));
        tabs.setId("measuresTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Decorations are drawn in this pane, so ControlsFX never replaces the main window's scene root.
        root.setRoot(tabs);
        setRoot(root);
        onDispose(() -> {
            measures.dispose();
            problems.dispose();
            cases.dispose();
        });
        root.getStylesheets().add(MeasuresScreen.class.getResource("measures.css").toExternalForm());
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }
}
