package org.kaname.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kaname.model.Criterion;

/** Checks that a ranking of criteria (most important first) names every criterion of the plan exactly once. */
final class CriterionRanking {
    private CriterionRanking() {
    }

    /** {@code method} names the weighting in English for the message; {@code swing} chooses the texts' keys. */
    static void check(List<Criterion> criteria, List<String> ranking, String method, boolean swing) {
        if (criteria.isEmpty()) {
            throw EngineException.invalid("plan.noCriteria",
                    "The plan has no criteria; add at least one criterion before ranking.");
        }
        Set<String> known = new HashSet<>();
        criteria.forEach(c -> known.add(c.id()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ranking.size(); i++) {
            String id = ranking.get(i);
            if (!known.contains(id)) {
                throw EngineException.unknown(
                        swing ? "swing.ranking.unknownCriterion" : "roc.ranking.unknownCriterion",
                        method + " ranking, position " + (i + 1) + ": there is no criterion '" + id + "'.", i + 1, id);
            }
            if (!seen.add(id)) {
                throw EngineException.invalid(swing ? "swing.ranking.twice" : "roc.ranking.twice",
                        method + " ranking, position " + (i + 1) + ": criterion '" + id + "' is listed twice.",
                        i + 1, id);
            }
        }
        for (Criterion c : criteria) {
            if (!seen.contains(c.id())) {
                throw EngineException.invalid(swing ? "swing.ranking.missing" : "roc.ranking.missing",
                        method + " ranking: criterion '" + c.id()
                                + "' is missing; rank every criterion, most important first.", c.id());
            }
        }
    }
}
