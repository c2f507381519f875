package org.kaname.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaname.engine.AhpResult;
import org.kaname.engine.EngineException;
import org.kaname.engine.MonteCarloMonitor;
import org.kaname.engine.MonteCarloOptions;
import org.kaname.engine.ModelKind;
import org.kaname.engine.MonteCarloResult;
import org.kaname.engine.Ranking;
import org.kaname.engine.RankingService;
import org.kaname.engine.ScenarioComparison;
import org.kaname.engine.ScoreTable;
import org.kaname.engine.Summary;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapCycleException;
import org.kaname.engine.roadmap.RoadmapScheduler;
import org.kaname.model.Plan;

/**
 * Everything the report prints, computed once by the same services the app and the CLI use. A part the engine
 * cannot compute (no criteria, a prerequisite cycle, a bad score) is absent with the reason, so the report still
 * prints — and says what is missing — instead of failing.
 */
record ReportData(Plan plan, Instant lastChange, String fingerprint, ReportOptions options,
                  Optional<Ranking> ranking, Optional<String> rankingProblem,
                  List<Summary> groupSummaries, List<Summary> pillarSummaries, Optional<AhpResult> ahp,
                  Optional<ScoreTable> scores, Optional<MonteCarloResult> monteCarlo,
                  Optional<Roadmap> roadmap, Optional<String> roadmapProblem,
                  Optional<ScenarioComparison> scenarios) {

    static ReportData compute(Plan plan, Instant lastChange, String fingerprint, ReportOptions options,
                              RankingService rankings, RoadmapScheduler scheduler) {
        Optional<Ranking> ranking = Optional.empty();
        Optional<String> rankingProblem = Optional.empty();
        List<Summary> groups = List.of();
        List<Summary> pillars = List.of();
        Optional<AhpResult> ahp = Optional.empty();
        Optional<ScoreTable> scores = Optional.empty();
        Optional<MonteCarloResult> mc = Optional.empty();
        Optional<Roadmap> roadmap = Optional.empty();
        Optional<String> roadmapProblem = Optional.empty();
        Optional<ScenarioComparison> scenarios = Optional.empty();
        try {
            scores = Optional.of(ScoreTable.of(plan));
            ahp = rankings.ahp(plan);
            Ranking r = rankings.rank(plan);
            ranking = Optional.of(r);
            groups = rankings.groupSummaries(plan, r);
            pillars = rankings.pillarSummaries(plan, r);
            if (!r.ranked().isEmpty()) {
                MonteCarloOptions mco = MonteCarloOptions.defaults().withSamples(options.samples())
                        .withSeed(options.seed());
                mc = Optional.of(rankings.monteCarlo(plan, Optional.empty(), mco, MonteCarloMonitor.NONE));
            }
            if (!plan.scenarios().isEmpty()) {
                try {
                    scenarios = Optional.of(rankings.compareScenarios(plan, ModelKind.WEIGHTED_SUM));
                } catch (EngineException e) {
                    // A scenario the engine cannot use: the criteria section already prints its weights as −.
                    scenarios = Optional.empty();
                }
            }
            try {
                roadmap = Optional.of(scheduler.schedule(plan, r));
            } catch (RoadmapCycleException e) {
                roadmapProblem = Optional.of(String.join(" → ", e.cycle()));
            }
        } catch (EngineException e) {
            rankingProblem = Optional.of(e.getMessage());
        }
        return new ReportData(plan, lastChange, fingerprint, options, ranking, rankingProblem, groups, pillars, ahp,
                scores, mc, roadmap, roadmapProblem, scenarios);
    }

    Map<String, Double> weights() {
        return ranking.map(Ranking::weights).orElse(Map.of());
    }
}
