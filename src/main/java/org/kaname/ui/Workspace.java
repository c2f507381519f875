package org.kaname.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.kaname.engine.RankingService;
import org.kaname.service.PlanEditor;
import org.kaname.ui.criteria.CriteriaScreen;
import org.kaname.ui.evaluation.EvaluationScreen;
import org.kaname.ui.measures.MeasuresScreen;
import org.kaname.ui.overview.OverviewScreen;
import org.kaname.ui.ranking.RankingScreen;
import org.kaname.ui.roadmap.RoadmapScreen;
import org.kaname.ui.scoring.ScoringScreen;
import org.kaname.ui.sensitivity.SensitivityScreen;
import org.kaname.ui.workshop.WorkshopScreen;

/**
 * The screens of one open plan, in navigation order; disposed together when the plan is closed. Each screen gets a
 * context that says whether it is shown: the shell shows a screen by putting its node into the content area, so a
 * screen counts as shown while its node has a parent. Screens not shown defer their plan-wide work ({@link Freshness}).
 */
final class Workspace {
    static final List<Function<ScreenContext, PlanScreen>> SCREENS = List.of(OverviewScreen::new,
            CriteriaScreen::new, MeasuresScreen::new, ScoringScreen::new, RankingScreen::new,
            SensitivityScreen::new, RoadmapScreen::new, WorkshopScreen::new, EvaluationScreen::new);

    private final List<PlanScreen> screens = new ArrayList<>();

    Workspace(PlanEditor editor, MainViewModel vm) {
        this(new ScreenContext(editor, new RankingService(), vm.executor(), vm.dialogs(), vm.locale(),
                vm::showStatus));
    }

    Workspace(ScreenContext context) {
        for (Function<ScreenContext, PlanScreen> factory : SCREENS) {
            ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
            PlanScreen screen = factory.apply(context.shownWhile(shown.getReadOnlyProperty()));
            screen.node().parentProperty().addListener((o, was, parent) -> shown.set(parent != null));
            shown.set(screen.node().getParent() != null);
            screens.add(screen);
        }
    }

    List<PlanScreen> screens() {
        return screens;
    }

    void dispose() {
        screens.forEach(PlanScreen::dispose);
    }
}
