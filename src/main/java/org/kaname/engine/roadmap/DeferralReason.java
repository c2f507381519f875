package org.kaname.engine.roadmap;

import java.util.List;
import org.kaname.model.FutureDirection;

/**
 * Why a measure is not placed: a scored one that could not be, or one its evaluation ended ({@link Ended});
 * {@link RoadmapTexts#reason} turns it into a sentence for a person.
 */
public sealed interface DeferralReason {

    /**
     * Every allowed start year from {@code firstStart} to {@code lastStart} would push some year over its cap.
     * {@code closestStart} is the start with the smallest total overrun (the earliest among equals) and
     * {@code overruns} are the years it would exceed there, so a planner sees how much money would make it fit.
     */
    record OverBudget(int firstStart, int lastStart, int closestStart, List<YearOverrun> overruns)
            implements DeferralReason {
        public OverBudget {
            overruns = List.copyOf(overruns);
        }

        /** The yen that, added to the caps of the overrun years, would let the measure start in closestStart. */
        public long shortfall() {
            return overruns.stream().mapToLong(YearOverrun::over).sum();
        }
    }

    /**
     * The earliest allowed start ({@code earliestStart}: the later of the horizon's start, the measure's earliest
     * start and the year after its prerequisites end) leaves fewer than {@code durationYears} years before
     * {@code horizonEnd}.
     */
    record NoRoomInHorizon(int earliestStart, int durationYears, int horizonEnd) implements DeferralReason {
    }

    /** A prerequisite was itself deferred or is unscored, so this measure cannot follow it. */
    record PrerequisiteNotScheduled(String prerequisiteId, RoadmapStatus prerequisiteStatus)
            implements DeferralReason {
    }

    /**
     * The measure's latest evaluation, of {@code year}, set its 今後の方向性 to {@code direction} (廃止 or 完了) and it
     * was not re-opened: the row's status is {@link RoadmapStatus#ENDED}.
     */
    record Ended(int year, FutureDirection direction) implements DeferralReason {
    }
}
