package org.kaname.engine.workshop;

import java.util.List;

/** How far a whole round is: the sums over its raters, and each rater in the round's order. */
public record RoundProgress(int expected, int entered, List<RaterProgress> raters) {
    public RoundProgress {
        raters = List.copyOf(raters);
    }

    public boolean complete() {
        return entered >= expected;
    }
}
