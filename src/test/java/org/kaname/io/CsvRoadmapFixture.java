package org.kaname.io;

import java.util.List;
import java.util.Map;
import org.kaname.engine.Ranking;
import org.kaname.engine.RankingService;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapScheduler;
import org.kaname.model.Budget;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;

/**
 * A small plan for the export tests, 2026–2028 with a cap of 100 yen a year (one criterion 0–100, one rater):
 * A (score 90) costs 50+30 then 30: 2026–2027. B (80, a title with a comma, quotes and a line break) 40: 2026
 * would be 120, so 2027 (70). C (70) 80: 2028. D (60) 90: 2026 +70, 2027 +60, 2028 +70 over, deferred (closest
 * start 2027). U has no score.
 */
final class CsvRoadmapFixture {
    private CsvRoadmapFixture() {
    }

    static Plan plan() {
        List<Measure> measures = List.of(
                Measure.of("A", "G1", "窓口の改革").withCosts(50, 30, 2),
                Measure.of("B", "G1", "研修, \"基礎\"\n二行目").withCosts(40, 0, 1),
                Measure.of("C", "G2", "拠点の整備").withCosts(80, 0, 1),
                Measure.of("D", "G2", "大型投資").withCosts(90, 0, 1),
                Measure.of("U", "G2", "未評価の施策").withCosts(10, 0, 1));
        List<Score> scores = List.of(Score.of("A", "c", "r", 90), Score.of("B", "c", "r", 80),
                Score.of("C", "c", "r", 70), Score.of("D", "c", "r", 60));
        return Plan.empty("テスト", new FiscalYears(2026, 2028)).withBudget(Budget.uniform(100))
                .withCriteria(List.of(new Criterion("c", "基準", "", 1, Direction.BENEFIT, Scale.of(0, 100, Map.of()))))
                .withStructure(List.of(), List.of(new MeasureGroup("G1", "p", "支援策①", "", null, null),
                        new MeasureGroup("G2", "p", "支援策②", "", null, null)), measures)
                .withRatersAndScores(List.of(new Rater("r", "評価者")), scores);
    }

    /** The plan with C evaluated 廃止 in 2026: C leaves the roadmap, so D (90) fits in 2028. */
    static Plan planWithCEnded() {
        return plan().withFollowUp(org.kaname.model.FollowUp.NONE.withEvaluations(List.of(
                new org.kaname.model.Evaluation("C", 2026, "", "", org.kaname.model.FutureDirection.ABOLISH, "役割を終えた",
                        "", false))));
    }

    static Ranking ranking() {
        return new RankingService().rank(plan());
    }

    static Roadmap roadmap() {
        return new RoadmapScheduler().schedule(plan(), ranking());
    }
}
