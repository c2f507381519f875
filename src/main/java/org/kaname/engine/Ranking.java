package org.kaname.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kaname.model.Tier;

/**
 * A plan's measures in ranked order: ranked measures by rank (ties in plan order), then unscored ones in plan order.
 * {@code scenario} is empty for the plan's own weights; {@code weights} are the normalised weights used (criterion
 * order); {@code tiers} run from the highest minimum score down.
 */
public record Ranking(ModelKind model, String scenario, Map<String, Double> weights, Aggregation aggregation,
                      List<Tier> tiers, List<RankedMeasure> measures) {
    public Ranking {
        weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
        tiers = List.copyOf(tiers);
        measures = List.copyOf(measures);
    }

    /** The same ranking labelled with a scenario name. */
    public Ranking withScenario(String name) {
        return new Ranking(model, name, weights, aggregation, tiers, measures);
    }

    public List<RankedMeasure> ranked() {
        return measures.stream().filter(RankedMeasure::isScored).collect(Collectors.toList());
    }

    public List<RankedMeasure> unscored() {
        return measures.stream().filter(m -> !m.isScored()).collect(Collectors.toList());
    }

    public Optional<RankedMeasure> find(String measureId) {
        return measures.stream().filter(m -> m.measureId().equals(measureId)).findFirst();
    }
}
