package org.kaname.crash;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * When to kill a child with SIGKILL: never, after a delay from its start, or the moment it prints a given stdout line
 * (its success line: what a user or a script takes as "saved").
 */
record KillPlan(Duration delay, Predicate<String> line, String description) {
    static KillPlan never() {
        return new KillPlan(null, null, "no kill");
    }

    static KillPlan after(Duration delay) {
        return new KillPlan(delay, null, "kill after " + delay.toMillis() + " ms");
    }

    static KillPlan atLine(Predicate<String> line, String what) {
        return new KillPlan(null, line, "kill at " + what);
    }

    boolean killsAt(String printed) {
        return line != null && line.test(printed);
    }

    @Override
    public String toString() {
        return description;
    }
}
