package org.kaname.crash;

import java.util.ArrayList;
import java.util.List;

/** The outcome of one check with the reasons, collected as the check goes. */
final class Verdict {
    private Outcome outcome = Outcome.OK;
    private final List<String> reasons = new ArrayList<>();

    Verdict found(Outcome what, String why) {
        outcome = outcome.worst(what);
        reasons.add(what + ": " + why);
        return this;
    }

    Outcome outcome() {
        return outcome;
    }

    List<String> reasons() {
        return reasons;
    }

    @Override
    public String toString() {
        return outcome + (reasons.isEmpty() ? "" : " " + reasons);
    }
}
