package org.kaname.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaname.model.Criterion;

/**
 * Swing weighting: the criteria are ordered by how much it is worth to swing each from its worst to its best level;
 * the first gets 100 points and each other one points for its swing relative to that. Weights are the points
 * normalised. The first criterion's points default to 100 when not given.
 */
public final class SwingWeighting {
    private SwingWeighting() {
    }

    public static Map<String, Double> weights(List<Criterion> criteria, List<String> ranking, Map<String, Double> points) {
        CriterionRanking.check(criteria, ranking, "Swing", true);
        Map<String, Double> raw = new HashMap<>();
        for (String id : points.keySet()) {
            if (!ranking.contains(id)) {
                throw EngineException.unknown("swing.points.unknownCriterion",
                        "Swing points: there is no criterion '" + id + "'.", id);
            }
        }
        for (int i = 0; i < ranking.size(); i++) {
            String id = ranking.get(i);
            Double p = points.get(id);
            if (p == null && i == 0) {
                p = 100.0;
            }
            if (p == null) {
                throw EngineException.invalid("swing.points.missing", "Swing points: criterion '" + id + "' (rank "
                        + (i + 1) + ") has no points; give it 0–100 points relative to the first criterion's 100.",
                        id, i + 1);
            }
            if (p.isNaN() || p.isInfinite() || p < 0) {
                throw EngineException.invalid("swing.points.invalid", "Swing points: criterion '" + id + "' has " + p
                        + " points; points must be numbers ≥ 0.", id, p);
            }
            raw.put(id, p);
        }
        return Weights.normalise(criteria, raw, "the swing points");
    }
}
