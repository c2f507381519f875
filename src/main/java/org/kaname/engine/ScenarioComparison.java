package org.kaname.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;

/**
 * Each measure's rank under several weightings side by side. Column 0 is the plan's own weights (name ""), then the
 * scenarios in plan order. Rows with the largest rank change (highest minus lowest rank across columns) come first;
 * then by rank under the plan's weights, unscored last, ties in plan order.
 */
public record ScenarioComparison(List<String> columns, List<Ranking> rankings, List<Row> rows) {
    public ScenarioComparison {
        columns = List.copyOf(columns);
        rankings = List.copyOf(rankings);
        rows = List.copyOf(rows);
    }

    /** One measure: its rank and tier in each column, and the spread of its ranks (0 when unscored). */
    public record Row(String measureId, String title, List<OptionalInt> ranks, List<String> tiers, int rankChange) {
        public Row {
            ranks = List.copyOf(ranks);
            tiers = List.copyOf(tiers);
        }
    }

    /** Compares the plan's own weights with every scenario of the plan. */
    public static ScenarioComparison of(Plan plan, ModelKind model, Aggregation aggregation) {
        return of(plan, plan.scenarios(), model, aggregation);
    }

    /** Compares the plan's own weights with the given scenarios. */
    public static ScenarioComparison of(Plan plan, List<Scenario> scenarios, ModelKind model, Aggregation aggregation) {
        ScoringModel scoring = ScoringModel.of(model);
        List<String> columns = new ArrayList<>();
        List<Ranking> rankings = new ArrayList<>();
        columns.add("");
        rankings.add(scoring.rank(plan, Weights.of(plan), aggregation));
        for (Scenario s : scenarios) {
            columns.add(s.name());
            rankings.add(scoring.rank(plan, Weights.of(plan, s), aggregation).withScenario(s.name()));
        }
        List<Row> rows = new ArrayList<>();
        List<Measure> measures = plan.measures();
        for (Measure m : measures) {
            List<OptionalInt> ranks = new ArrayList<>();
            List<String> tiers = new ArrayList<>();
            int low = Integer.MAX_VALUE;
            int high = Integer.MIN_VALUE;
            for (Ranking r : rankings) {
                RankedMeasure rm = r.find(m.id()).orElseThrow();
                ranks.add(rm.rank());
                tiers.add(rm.tier());
                if (rm.rank().isPresent()) {
                    low = Math.min(low, rm.rank().getAsInt());
                    high = Math.max(high, rm.rank().getAsInt());
                }
            }
            rows.add(new Row(m.id(), m.title(), ranks, tiers, high >= low ? high - low : 0));
        }
        rows.sort(Comparator.comparingInt(Row::rankChange).reversed()
                .thenComparingInt(r -> r.ranks().get(0).orElse(Integer.MAX_VALUE)));
        return new ScenarioComparison(columns, rankings, rows);
    }
}
