package org.kaname.store;

import java.time.Instant;

/** One line of the plan list. */
public record PlanSummary(long id, String title, int measureCount, Instant updatedAt) {
}
