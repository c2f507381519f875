package org.kaname.engine;

import java.util.Map;
import org.kaname.model.Plan;

/** A way of turning a plan's scores and weights into a ranking. */
public interface ScoringModel {
    /**
     * Ranks the plan's measures with {@code weights} (criterion id → weight ≥ 0; normalised here, a missing criterion
     * weighs 0) and raters' values combined by {@code aggregation}.
     */
    Ranking rank(Plan plan, Map<String, Double> weights, Aggregation aggregation);

    /** The model for a kind. */
    static ScoringModel of(ModelKind kind) {
        return kind == ModelKind.TOPSIS ? new TopsisModel() : new WeightedSumModel();
    }
}
