package org.kaname.store;

import org.kaname.model.Plan;

/**
 * A digest of a plan's whole content, stored with the plan when it is written and compared when it is read, so a
 * plan whose bytes changed on disk (a flipped bit the database itself does not check) is never used silently. The
 * canonical form belongs to the exchange format, so the service layer supplies it.
 */
@FunctionalInterface
public interface ContentDigest {
    /** Lower-case hex, at most 64 characters. */
    String of(Plan plan);
}
