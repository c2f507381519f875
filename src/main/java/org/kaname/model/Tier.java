package org.kaname.model;

import java.util.List;

/** A priority tier such as 高 / 中 / 低: a measure belongs to the tier with the highest {@code minScore} not above its score. */
public record Tier(String name, double minScore) {
    /** Name used for a measure that has no score yet. */
    public static final String UNSCORED = "未評価";

    public static final List<Tier> DEFAULTS = List.of(new Tier("高", 70), new Tier("中", 50), new Tier("低", 0));
}
