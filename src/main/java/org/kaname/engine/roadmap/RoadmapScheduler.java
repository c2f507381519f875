package org.kaname.engine.roadmap;

import org.kaname.engine.Ranking;
import org.kaname.engine.RankingService;
import org.kaname.model.Plan;

/**
 * Lays a plan's measures out over its fiscal years under its budget and prerequisites. Stateless; the CLI and the
 * app both call this, so they show the same roadmap. A prerequisite cycle is a {@link RoadmapCycleException}.
 */
public final class RoadmapScheduler {
    private final RankingService rankings;

    public RoadmapScheduler(RankingService rankings) {
        this.rankings = rankings;
    }

    public RoadmapScheduler() {
        this(new RankingService());
    }

    /** The plan ranked with its own weights ({@link RankingService#rank(Plan)}), then scheduled by the default rule. */
    public Roadmap schedule(Plan plan) {
        return schedule(plan, rankings.rank(plan));
    }

    /** Schedules by the default rule, {@link RoadmapRule#PRIORITY_FIRST}, following {@code ranking}'s order. */
    public Roadmap schedule(Plan plan, Ranking ranking) {
        return schedule(plan, ranking, RoadmapRule.PRIORITY_FIRST);
    }

    public Roadmap schedule(Plan plan, Ranking ranking, RoadmapRule rule) {
        return switch (rule) {
            case PRIORITY_FIRST -> new PriorityFirstScheduler(plan, ranking).schedule();
        };
    }
}
