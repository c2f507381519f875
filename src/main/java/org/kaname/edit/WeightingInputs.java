package org.kaname.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.kaname.model.Criterion;
import org.kaname.model.Judgment;
import org.kaname.model.Plan;

/**
 * Read-only look-ups on a plan's weighting inputs, shared by the weighting edits and the screens that show them: the
 * pairwise matrix, the ranking in use, and Saaty's 1–9 scale.
 */
public final class WeightingInputs {
    private static final List<Double> SAATY;

    static {
        List<Double> v = new ArrayList<>();
        for (int k = 9; k >= 2; k--) {
            v.add(1.0 / k);
        }
        for (int k = 1; k <= 9; k++) {
            v.add((double) k);
        }
        SAATY = Collections.unmodifiableList(v);
    }

    private WeightingInputs() {
    }

    /** Saaty's 17 values from 1/9 to 9, ascending. */
    public static List<Double> saatyValues() {
        return SAATY;
    }

    /** The Saaty value nearest to {@code value} by ratio (so 1/2 and 2 are equally far from 1). */
    public static double nearestSaaty(double value) {
        double best = 1;
        double bestDistance = Double.MAX_VALUE;
        double log = Math.log(value);
        for (double v : SAATY) {
            double d = Math.abs(Math.log(v) - log);
            if (d < bestDistance - 1e-12) {
                best = v;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The value in row {@code a}, column {@code b} of the pairwise matrix; empty when the pair is not judged. */
    public static OptionalDouble judgment(Plan plan, String a, String b) {
        return judgment(plan.weighting().judgments(), a, b);
    }

    static OptionalDouble judgment(List<Judgment> judgments, String a, String b) {
        if (a.equals(b)) {
            return OptionalDouble.of(1);
        }
        for (Judgment j : judgments) {
            if (j.a().equals(a) && j.b().equals(b)) {
                return OptionalDouble.of(j.value());
            }
            if (j.a().equals(b) && j.b().equals(a)) {
                return OptionalDouble.of(1 / j.value());
            }
        }
        return OptionalDouble.empty();
    }

    /** The ranking in use, or the criteria by weight (largest first, ties in plan order) when it is incomplete. */
    public static List<String> effectiveRanking(Plan plan) {
        return rankingComplete(plan, plan.weighting().ranking()) ? plan.weighting().ranking() : rankingByWeight(plan);
    }

    static List<String> rankingByWeight(Plan plan) {
        return plan.criteria().stream().sorted(Comparator.comparingDouble(Criterion::weight).reversed())
                .map(Criterion::id).collect(Collectors.toList());
    }

    static boolean rankingComplete(Plan plan, List<String> ranking) {
        Set<String> ids = plan.criteria().stream().map(Criterion::id).collect(Collectors.toSet());
        return ranking.size() == ids.size() && new HashSet<>(ranking).equals(ids);
    }
}
