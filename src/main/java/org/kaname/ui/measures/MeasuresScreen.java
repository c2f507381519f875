package org.kaname.ui.measures;

import impl.org.controlsfx.skin.DecorationPane;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import org.kaname.i18n.Messages;
import org.kaname.ui.BasicPlanScreen;
import org.kaname.ui.FilterField;
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
        this.measures = new MeasuresViewModel(context, messages);
        this.problems = new ProblemsViewModel(context, messages);
        this.cases = new CasesViewModel(context, messages);
        StructureView structure = new StructureView(measures, messages, context.status());
        ProblemsView problemList = new ProblemsView(problems, messages, context.status());
        CasesView caseList = new CasesView(cases, messages, context.status());
        TabPane tabs = new TabPane(
                tab("structureTab", "tab.structure", structure.build()),
                tab("problemsTab", "tab.problems", problemList.build()),
                tab("casesTab", "tab.cases", caseList.build()));
        tabs.setId("measuresTabs");
        // Ctrl+F focuses the filter of the tab shown, wherever the focus is on this screen.
        List<FilterField> filters = List.of(structure.filter(), problemList.filter(), caseList.filter());
        tabs.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FilterField.SHORTCUT.match(e)) {
                e.consume();
                filters.get(Math.max(0, tabs.getSelectionModel().getSelectedIndex())).focus();
            }
        });
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
