package org.kaname.ui;

import java.util.List;
import java.util.function.Function;
import org.kaname.engine.RankingService;
import org.kaname.service.PlanEditor;
import org.kaname.ui.criteria.CriteriaScreen;
import org.kaname.ui.measures.MeasuresScreen;
import org.kaname.ui.overview.OverviewScreen;
import org.kaname.ui.ranking.RankingScreen;
import org.kaname.ui.roadmap.RoadmapScreen;
import org.kaname.ui.scoring.ScoringScreen;
import org.kaname.ui.sensitivity.SensitivityScreen;
import org.kaname.ui.workshop.WorkshopScreen;

/** The screens of one open plan, in navigation order; disposed together when the plan is closed. */
final class Workspace {
    static final List<Function<ScreenContext, PlanScreen>> SCREENS = List.of(OverviewScreen::new,
            CriteriaScreen::new, MeasuresScreen::new, ScoringScreen::new, RankingScreen::new,
            SensitivityScreen::new, RoadmapScreen::new, WorkshopScreen::new);

    private final List<PlanScreen> screens;

    Workspace(PlanEditor editor, MainViewModel vm) {
        ScreenContext context = new ScreenContext(editor, new RankingService(), vm.executor(), vm.dialogs(),
                vm.locale(), vm::showStatus);
        screens = SCREENS.stream().map(f -> f.apply(context)).toList();
    }

    List<PlanScreen> screens() {
        return screens;
    }

    void dispose() {
        screens.forEach(PlanScreen::dispose);
    }
}
