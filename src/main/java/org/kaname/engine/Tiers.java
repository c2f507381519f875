package org.kaname.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kaname.model.Tier;

/**
 * The plan's tiers, highest {@code minScore} first. A score belongs to the tier with the highest {@code minScore}
 * not above the score rounded to 2 decimals; a score below every tier belongs to none (an empty name).
 */
public final class Tiers {
    private final List<Tier> byMinDescending;
    private final double[] minimums;
    /** Whether a minimum is a whole number of hundredths, which allows the fast comparison. */
    private final boolean[] hundredths;

    public Tiers(List<Tier> tiers) {
        List<Tier> sorted = new ArrayList<>(tiers);
        for (Tier t : sorted) {
            if (Double.isNaN(t.minScore()) || Double.isInfinite(t.minScore())) {
                throw EngineException.invalid("tier.minimum", "Tier '" + t.name() + "' has no valid minimum score.",
                        t.name());
            }
        }
        sorted.sort(Comparator.comparingDouble(Tier::minScore).reversed());
        this.byMinDescending = List.copyOf(sorted);
        this.minimums = sorted.stream().mapToDouble(Tier::minScore).toArray();
        this.hundredths = new boolean[minimums.length];
        for (int i = 0; i < minimums.length; i++) {
            hundredths[i] = Math.abs(minimums[i] * 100 - Math.rint(minimums[i] * 100)) < 1e-7;
        }
    }

    /** Tiers from the highest minimum score to the lowest (the plan's order may differ). */
    public List<Tier> ordered() {
        return byMinDescending;
    }

    public int size() {
        return minimums.length;
    }

    /** Position in {@link #ordered()} of the tier of {@code score}, or −1 when the score is below every tier. */
    public int indexOf(double score) {
        for (int i = 0; i < minimums.length; i++) {
            // round2(score) ≥ min ⇔ score ≥ min − 0.005, except within rounding error of that point: decide exactly there.
            double lower = minimums[i] - 0.005;
            if (hundredths[i] && score >= lower + 1e-9) {
                return i;
            }
            if ((!hundredths[i] || score >= lower - 1e-9) && Rounding.round2(score) >= minimums[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Name of the tier of {@code score}; empty when the score is below every tier. */
    public String nameOf(double score) {
        int i = indexOf(score);
        return i < 0 ? "" : byMinDescending.get(i).name();
    }

    /** The score from which a measure is in the top tier: its minimum less half a hundredth (rounding). */
    double topThreshold() {
        return minimums.length == 0 ? Double.POSITIVE_INFINITY : minimums[0] - 0.005;
    }
}
