package org.kaname.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.kaname.model.Criterion;
import org.kaname.model.Judgment;

/**
 * The analytic hierarchy process for criterion weights: pairwise judgments on Saaty's 1–9 scale (and reciprocals)
 * form a positive reciprocal matrix whose principal eigenvector, normalised to sum 1, gives the weights. λmax,
 * CI = (λmax − n)/(n − 1) and CR = CI/RI (Saaty's random index) tell how consistent the judgments are.
 */
public final class Ahp {
    /** Saaty's random index for n = 0 … 10; CR is not defined beyond 10 criteria. */
    private static final double[] RANDOM_INDEX = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    /** Above this consistency ratio the judgments should be revisited (Saaty's 10 % rule). */
    public static final double CR_LIMIT = 0.10;
    private static final double SCALE_MIN = 1.0 / 9 - 1e-9;
    private static final double SCALE_MAX = 9 + 1e-9;

    private Ahp() {
    }

    /** Saaty's random index for {@code n} criteria (0 for n ≤ 2); empty for n &gt; 10. */
    public static OptionalDouble randomIndex(int n) {
        return n < RANDOM_INDEX.length ? OptionalDouble.of(RANDOM_INDEX[n]) : OptionalDouble.empty();
    }

    /** Weights and consistency from the judgments over {@code criteria}; every pair must be judged exactly once. */
    public static AhpResult analyse(List<Criterion> criteria, List<Judgment> judgments) {
        return analyseIds(criteria.stream().map(Criterion::id).collect(Collectors.toList()), judgments);
    }

    /** As {@link #analyse(List, List)}, with criteria given by id. */
    public static AhpResult analyseIds(List<String> ids, List<Judgment> judgments) {
        int n = ids.size();
        if (n == 0) {
            throw EngineException.invalid("plan.noCriteria",
                    "The plan has no criteria; add at least one criterion before weighting.");
        }
        double[][] a = matrix(ids, judgments);
        double[] w = principalEigenvector(a);
        double lambdaMax = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                lambdaMax += a[i][j] * w[j];
            }
        }
        double ci = n > 2 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
        OptionalDouble cr = n <= 2 ? OptionalDouble.of(0) : randomIndex(n).isPresent()
                ? OptionalDouble.of(ci / randomIndex(n).getAsDouble()) : OptionalDouble.empty();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            weights.put(ids.get(i), w[i]);
        }
        return new AhpResult(Collections.unmodifiableMap(weights), lambdaMax, ci, cr,
                n > 2 ? mostInconsistent(ids, judgments, w) : Optional.empty());
    }

    private static double[][] matrix(List<String> ids, List<Judgment> judgments) {
        int n = ids.size();
        double[][] a = new double[n][n];
        int[][] givenAt = new int[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
        }
        for (int k = 0; k < judgments.size(); k++) {
            Judgment j = judgments.get(k);
            String where = "AHP judgment #" + (k + 1) + " (" + j.a() + " vs " + j.b() + ")";
            int i = ids.indexOf(j.a());
            int l = ids.indexOf(j.b());
            if (i < 0 || l < 0) {
                String unknown = i < 0 ? j.a() : j.b();
                throw EngineException.unknown("ahp.unknownCriterion", where + ": there is no criterion '" + unknown
                        + "'.", k + 1, j.a(), j.b(), unknown);
            }
            if (i == l) {
                throw EngineException.invalid("ahp.self", where + ": a criterion cannot be compared with itself.",
                        k + 1, j.a(), j.b());
            }
            double v = j.value();
            if (Double.isNaN(v) || Double.isInfinite(v) || v <= 0) {
                throw EngineException.invalid("ahp.notPositive", where + ": the value is " + v + "; it must be a"
                        + " positive number on Saaty's scale, 1 to 9 or a reciprocal such as 1/3.",
                        k + 1, j.a(), j.b(), v);
            }
            if (v < SCALE_MIN || v > SCALE_MAX) {
                throw EngineException.invalid("ahp.outsideScale",
                        where + ": the value " + v + " is outside Saaty's scale (1/9 to 9).", k + 1, j.a(), j.b(), v);
            }
            if (givenAt[i][l] != 0) {
                throw EngineException.invalid("ahp.twice", where + ": this pair was already judged in judgment #"
                        + givenAt[i][l] + "; keep one of them.", k + 1, j.a(), j.b(), givenAt[i][l]);
            }
            a[i][l] = v;
            a[l][i] = 1 / v;
            givenAt[i][l] = k + 1;
            givenAt[l][i] = k + 1;
        }
        for (int i = 0; i < n; i++) {
            for (int l = i + 1; l < n; l++) {
                if (givenAt[i][l] == 0) {
                    throw EngineException.invalid("ahp.missing", "AHP: no judgment between '" + ids.get(i) + "' and '"
                            + ids.get(l) + "'; every pair of criteria needs one (" + n * (n - 1) / 2 + " in all).",
                            ids.get(i), ids.get(l), n * (n - 1) / 2);
                }
            }
        }
        return a;
    }

    /** Power iteration; a positive matrix has a unique positive principal eigenvector, so it converges. */
    static double[] principalEigenvector(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        // Start from the normalised geometric means of the rows: already close for near-consistent matrices.
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double logSum = 0;
            for (int j = 0; j < n; j++) {
                logSum += Math.log(a[i][j]);
            }
            w[i] = Math.exp(logSum / n);
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        double[] next = new double[n];
        for (int iteration = 0; iteration < 10_000; iteration++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a[i][j] * w[j];
                }
                next[i] = s;
                total += s;
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= total;
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            double[] t = w;
            w = next;
            next = t;
            if (change < 1e-15) {
                break;
            }
        }
        return w;
    }

    /** The judgment furthest (by ratio) from the value the weights imply, w(a)/w(b): revisit it first. */
    private static Optional<AhpResult.Inconsistency> mostInconsistent(List<String> ids, List<Judgment> judgments,
                                                                      double[] w) {
        AhpResult.Inconsistency worst = null;
        for (Judgment j : judgments) {
            double implied = w[ids.indexOf(j.a())] / w[ids.indexOf(j.b())];
            double ratio = j.value() / implied;
            double deviation = Math.max(ratio, 1 / ratio);
            if (worst == null || deviation > worst.deviation() + 1e-12) {
                worst = new AhpResult.Inconsistency(j, implied, deviation);
            }
        }
        return Optional.ofNullable(worst);
    }
}
