package org.kaname.store;

import java.time.Instant;
import org.kaname.model.Plan;

/** A plan as stored: its id and the time of its last change. */
public record StoredPlan(long id, Plan plan, Instant updatedAt) {
}
