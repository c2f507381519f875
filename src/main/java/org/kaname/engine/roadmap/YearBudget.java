package org.kaname.engine.roadmap;

import java.util.OptionalLong;

/** One fiscal year of the horizon: what the roadmap spends in it and its cap (empty: no cap). */
public record YearBudget(int year, long spent, OptionalLong cap) {

    /** Cap minus spending; negative when over; empty without a cap. */
    public OptionalLong remaining() {
        return cap.isPresent() ? OptionalLong.of(cap.getAsLong() - spent) : OptionalLong.empty();
    }

    public boolean isOverBudget() {
        return cap.isPresent() && spent > cap.getAsLong();
    }
}
