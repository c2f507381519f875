package org.kaname.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kaname.model.Criterion;

/** Checks that a ranking of criteria (most important first) names every criterion of the plan exactly once. */
final class CriterionRanking {
    private CriterionRanking() {
    }

    static void check(List<Criterion> criteria, List<String> ranking, String method) {
        if (criteria.isEmpty()) {
            throw EngineException.invalid("The plan has no criteria; add at least one criterion before ranking.");
        }
        Set<String> known = new HashSet<>();
        criteria.forEach(c -> known.add(c.id()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ranking.size(); i++) {
            String id = ranking.get(i);
            if (!known.contains(id)) {
                throw EngineException.unknown(method + " ranking, position " + (i + 1) + ": there is no criterion '"
                        + id + "'.");
            }
            if (!seen.add(id)) {
                throw EngineException.invalid(method + " ranking, position " + (i + 1) + ": criterion '" + id
                        + "' is listed twice.");
            }
        }
        for (Criterion c : criteria) {
            if (!seen.contains(c.id())) {
                throw EngineException.invalid(method + " ranking: criterion '" + c.id() + "' is missing; rank every"
                        + " criterion, most important first.");
            }
        }
    }
}
