package org.kaname.engine.roadmap;

import java.util.Collections;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One measure's row of the roadmap. {@code rank}, {@code score} and {@code tier} come from the ranking used;
 * {@code start}/{@code end} are Western fiscal years, present only when scheduled; {@code reason} is present only
 * when deferred or ended; {@code costByYear} holds the yen spent in each occupied year (empty unless scheduled).
 */
public record ScheduledMeasure(String measureId, String title, String groupId, OptionalInt rank, OptionalDouble score,
                               String tier, RoadmapStatus status, OptionalInt start, OptionalInt end, boolean pinned,
                               Optional<DeferralReason> reason, SortedMap<Integer, Long> costByYear) {
    public ScheduledMeasure {
        costByYear = Collections.unmodifiableSortedMap(new TreeMap<>(costByYear));
    }

    public boolean isScheduled() {
        return status == RoadmapStatus.SCHEDULED;
    }

    /** Yen spent in {@code year}; 0 when the measure does not run then. */
    public long costIn(int year) {
        return costByYear.getOrDefault(year, 0L);
    }

    public long totalCost() {
        return costByYear.values().stream().mapToLong(Long::longValue).sum();
    }
}
