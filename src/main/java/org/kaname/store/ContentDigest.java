package org.kaname.store;

import org.kaname.model.Plan;

/**
 * A digest of a plan's parts (everything but its score blocks, which carry their own checksums), stored with the
 * plan when its parts are written and compared when it is read, so a plan whose bytes changed on disk (a flipped bit
 * the database itself does not check) is never used silently. The canonical form belongs to the exchange format, so
 * the service layer supplies it.
 */
@FunctionalInterface
public interface ContentDigest {
    /** Lower-case hex, at most 64 characters. */
    String of(Plan plan);

    /** The digest schema 3 stored: over the whole plan, scores included; checked once, when a plan is upgraded. */
    default String legacy(Plan plan) {
        return of(plan);
    }
}
