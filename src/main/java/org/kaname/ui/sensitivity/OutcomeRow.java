package org.kaname.ui.sensitivity;

import java.util.List;

/**
 * One measure's Monte Carlo outcome as the screen shows it: ranks (base, mean, 5th–95th percentile), the chance of
 * being first, the tier it has with the unperturbed weights, and its tier shares (highest tier first).
 */
public record OutcomeRow(String measureId, String title, int baseRank, String baseTier, double meanRank, int rankP5,
                         int rankP95, double probabilityFirst, List<TierShare> shares) {
    public OutcomeRow {
        shares = List.copyOf(shares);
    }

    /** The share of the measure's base tier (0 when it has none). */
    public double probabilityOfBaseTier() {
        return shares.stream().filter(s -> s.tier().equals(baseTier)).mapToDouble(TierShare::probability).sum();
    }
}
