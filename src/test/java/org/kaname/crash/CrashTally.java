package org.kaname.crash;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts cycle outcomes and keeps a line per bad cycle, for the summary line and the failure message. */
final class CrashTally {
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final List<String> problems = new ArrayList<>();
    private int cycles;
    private int killsAtSuccess;
    private int killsWhileRunning;
    /** Cycles whose child exited by itself before the kill landed (a late delay, or a success line at the very end). */
    private int finishedFirst;

    synchronized void add(String cycle, KillPlan kill, ChildRun run, Verdict verdict) {
        cycles++;
        if (run.killed() && kill.line() != null) {
            killsAtSuccess++;
        } else if (run.killed()) {
            killsWhileRunning++;
        } else {
            finishedFirst++;
        }
        counts.merge(verdict.outcome(), 1, Integer::sum);
        if (verdict.outcome() != Outcome.OK) {
            problems.add(cycle + " → " + verdict);
        }
    }

    synchronized void addAll(CrashTally other) {
        synchronized (other) {
            cycles += other.cycles;
            killsAtSuccess += other.killsAtSuccess;
            killsWhileRunning += other.killsWhileRunning;
            finishedFirst += other.finishedFirst;
            other.counts.forEach((k, v) -> counts.merge(k, v, Integer::sum));
            problems.addAll(other.problems);
        }
    }

    synchronized int count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    synchronized int cycles() {
        return cycles;
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** The line the issue asks for, e.g. {@code crash cycles: 40, lost 0, partial 0, unreadable 0}. */
    synchronized String summary() {
        return "crash cycles: " + cycles + ", lost " + count(Outcome.LOST) + ", partial " + count(Outcome.PARTIAL)
                + ", unreadable " + count(Outcome.UNREADABLE)
                + " (SIGKILL at the success line " + killsAtSuccess + ", at a random moment " + killsWhileRunning
                + ", child finished first " + finishedFirst + ")";
    }
}
