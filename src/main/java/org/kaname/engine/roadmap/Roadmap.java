package org.kaname.engine.roadmap;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.kaname.model.FiscalYears;

/**
 * A plan's measures laid out over its fiscal years by a {@link RoadmapRule}. {@code rows} are in plan order, one per
 * measure; {@code budget} has one entry per year of the horizon, in order; {@code warnings} are what pins and the
 * plan's data caused, in the order found.
 */
public record Roadmap(RoadmapRule rule, FiscalYears horizon, List<ScheduledMeasure> rows,
                      SortedMap<Integer, YearBudget> budget, List<RoadmapWarning> warnings) {
    public Roadmap {
        rows = List.copyOf(rows);
        budget = Collections.unmodifiableSortedMap(new TreeMap<>(budget));
        warnings = List.copyOf(warnings);
    }

    public Optional<ScheduledMeasure> find(String measureId) {
        return rows.stream().filter(r -> r.measureId().equals(measureId)).findFirst();
    }

    public List<ScheduledMeasure> withStatus(RoadmapStatus status) {
        return rows.stream().filter(r -> r.status() == status).toList();
    }

    public long totalSpent() {
        return budget.values().stream().mapToLong(YearBudget::spent).sum();
    }
}
