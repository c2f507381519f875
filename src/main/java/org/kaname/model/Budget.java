package org.kaname.model;

import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedMap;

/**
 * Spending cap per fiscal year in yen: one amount for every year ({@code uniform}), or amounts by year.
 * No uniform amount and no years means no limit; a year missing from {@code byYear} has no limit.
 */
public record Budget(Long uniform, SortedMap<Integer, Long> byYear) {
    public static final Budget UNLIMITED = new Budget(null, null);

    public Budget {
        byYear = Texts.sortedMap(byYear);
    }

    public static Budget uniform(long yen) {
        return new Budget(yen, null);
    }

    public static Budget byYear(Map<Integer, Long> amounts) {
        return new Budget(null, Texts.sortedMap(amounts));
    }

    public boolean isUnlimited() {
        return uniform == null && byYear.isEmpty();
    }

    public OptionalLong capFor(int fiscalYear) {
        if (uniform != null) {
            return OptionalLong.of(uniform);
        }
        Long cap = byYear.get(fiscalYear);
        return cap == null ? OptionalLong.empty() : OptionalLong.of(cap);
    }
}
