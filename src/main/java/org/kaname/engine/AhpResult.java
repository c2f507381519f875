package org.kaname.engine;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kaname.model.Judgment;

/**
 * AHP weights (criterion order) with the consistency figures: λmax, CI, CR (0 for two or fewer criteria, absent
 * beyond ten, where Saaty's random index is not defined here), and the judgment that departs most from the weights.
 */
public record AhpResult(Map<String, Double> weights, double lambdaMax, double consistencyIndex,
                        OptionalDouble consistencyRatio, Optional<Inconsistency> mostInconsistent) {

    /**
     * A judgment and how far it is from the weights: {@code impliedValue} = w(a)/w(b) is what a perfectly consistent
     * judge would have said; {@code deviation} ≥ 1 is the factor between the two.
     */
    public record Inconsistency(Judgment judgment, double impliedValue, double deviation) {
    }

    /** True when CR &gt; 0.10: the judgments contradict each other enough to revisit them. */
    public boolean isInconsistent() {
        return consistencyRatio.isPresent() && consistencyRatio.getAsDouble() > Ahp.CR_LIMIT;
    }
}
