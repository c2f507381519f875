package org.kaname.ui.ranking;

import java.util.List;
import org.kaname.model.Tier;

/**
 * How a tier is coloured: the plan's highest tier is HIGH, its lowest LOW, any between MID; unscored measures (and
 * scores below every tier) are NONE. The tier's name is always shown as text too.
 */
public enum TierLevel {
    HIGH("tier-high"), MID("tier-mid"), LOW("tier-low"), NONE("tier-none");

    private final String styleClass;

    TierLevel(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }

    /** The level of tier {@code name} among {@code tiers} (highest minimum first, as in a Ranking). */
    public static TierLevel of(String name, List<Tier> tiers) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).name().equals(name)) {
                return i == 0 ? HIGH : i == tiers.size() - 1 ? LOW : MID;
            }
        }
        return NONE;
    }

    /** The text shown for a tier name: the name, a dash for a score below every tier (未評価: RankingViewModel). */
    static String label(String name) {
        return name == null || name.isEmpty() ? "—" : name;
    }

    static boolean isUnscored(String name) {
        return Tier.UNSCORED.equals(name);
    }
}
