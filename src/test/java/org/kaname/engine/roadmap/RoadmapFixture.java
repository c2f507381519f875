package org.kaname.engine.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kaname.model.Budget;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;

/**
 * Small plans for hand-worked scheduling cases: one criterion on a 0–100 scale and one rater, so a measure's score
 * is exactly the value given and the rank order is plain to see. A null score leaves the measure unscored.
 */
final class RoadmapFixture {
    private final FiscalYears years;
    private Budget budget = Budget.UNLIMITED;
    private final List<Measure> measures = new ArrayList<>();
    private final List<Score> scores = new ArrayList<>();

    private RoadmapFixture(int start, int end) {
        this.years = new FiscalYears(start, end);
    }

    static RoadmapFixture years(int start, int end) {
        return new RoadmapFixture(start, end);
    }

    RoadmapFixture cap(long yen) {
        budget = Budget.uniform(yen);
        return this;
    }

    RoadmapFixture caps(Map<Integer, Long> byYear) {
        budget = Budget.byYear(byYear);
        return this;
    }

    /** A measure with a score (null: unscored), its first-year extra cost, annual cost and duration. */
    RoadmapFixture measure(String id, Integer score, long initial, long annual, int duration, String... dependsOn) {
        return add(Measure.of(id, "G", "施策" + id).withCosts(initial, annual, duration)
                .withDependsOn(List.of(dependsOn)), score);
    }

    RoadmapFixture add(Measure m, Integer score) {
        measures.add(m);
        if (score != null) {
            scores.add(Score.of(m.id(), "c", "r", score));
        }
        return this;
    }

    /** Changes the last measure added. */
    RoadmapFixture earliest(int year) {
        return replaceLast(last().withEarliestStart(year));
    }

    RoadmapFixture pinned(int year) {
        return replaceLast(last().withPinnedStart(year));
    }

    private Measure last() {
        return measures.get(measures.size() - 1);
    }

    private RoadmapFixture replaceLast(Measure m) {
        measures.set(measures.size() - 1, m);
        return this;
    }

    Plan plan() {
        return Plan.empty("test", years).withBudget(budget)
                .withCriteria(List.of(new Criterion("c", "基準", "", 1, Direction.BENEFIT, Scale.of(0, 100, Map.of()))))
                .withMeasures(measures)
                .withRatersAndScores(List.of(new Rater("r", "評価者")), scores);
    }

    Roadmap schedule() {
        return new RoadmapScheduler().schedule(plan());
    }
}
