package org.kaname.ui.criteria;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.kaname.i18n.Messages;
import org.kaname.model.Plan;
import org.kaname.service.PlanEditor;
import org.kaname.ui.BasicPlanScreen;
import org.kaname.ui.Freshness;
import org.kaname.ui.ScreenContext;

/**
 * 評価基準と重み: three tabs — the criteria (list and details), the weights (direct points, swing, rank-order
 * centroid, AHP matrix) and the named scenarios with their comparison.
 */
public final class CriteriaScreen extends BasicPlanScreen {
    static final String BUNDLE = "org.kaname.ui.criteria.messages";
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final CriteriaViewModel criteria;
    private final WeightsViewModel weights;
    private final ScenariosViewModel scenarios;
    private final TabPane tabs = new TabPane();
    private final PlanEditor.Listener listener = this::refresh;
    /** The scenario comparison ranks the plan under every scenario: only while the screen is shown. */
    private final Freshness scenariosFresh;

    public CriteriaScreen(ScreenContext context) {
        super("criteriaScreen", context.messages(BUNDLE).get("screen.title"));
        this.messages = context.messages(BUNDLE);
        this.criteria = new CriteriaViewModel(context, messages);
        this.weights = new WeightsViewModel(context, messages);
        this.scenarios = new ScenariosViewModel(context, messages);
        this.scenariosFresh = new Freshness(context.shown(), () -> scenarios.refresh(context.editor().plan()),
                context.shown().get());
        setRoot(root);
        root.getStylesheets().add(CriteriaScreen.class.getResource("criteria.css").toExternalForm());
        tabs.setId("criteriaTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("criteriaTab", "tab.criteria", new CriteriaView(criteria, messages).node()),
                tab("weightsTab", "tab.weights", new WeightsView(weights, messages).node()),
                tab("scenariosTab", "tab.scenarios",
                        new ScenariosView(scenarios, messages, () -> context.editor().plan()).node()));
        root.setCenter(tabs);
        context.editor().addListener(listener);
        onDispose(() -> {
            context.editor().removeListener(listener);
            scenariosFresh.dispose();
        });
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        tab.setTooltip(org.kaname.ui.Controls.tooltip(messages.get(key + ".tooltip")));
        return tab;
    }

    private void refresh(Plan plan) {
        criteria.refresh(plan);
        weights.refresh(plan);
        scenariosFresh.invalidate();
    }

    /** Shows the tab with the given id (criteriaTab, weightsTab, scenariosTab). */
    public void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    CriteriaViewModel criteriaViewModel() {
        return criteria;
    }

    WeightsViewModel weightsViewModel() {
        return weights;
    }

    ScenariosViewModel scenariosViewModel() {
        return scenarios;
    }
}
