package org.kaname.store;

import java.util.Locale;
import java.util.Optional;

/**
 * What a login may do in one plan of a shared database (table {@code plan_member}, enforced by PostgreSQL itself:
 * db/postgresql/V6_1__shared_roles.sql). Declared from most to least: each role may do what the ones after it may. On
 * the local H2 file there are no roles; its one user is the owner of every plan.
 */
public enum PlanRole {
    /** Everything, including who else is a member and in which role, and deleting the plan. */
    OWNER,
    /** The plan's structure, weights and every score; named versions. */
    EDITOR,
    /** Only their own scores: the cells of the plan's rater they were given ({@code plan_member.rater_id}). */
    RATER,
    /** Reading, printing and exporting. */
    VIEWER;

    /** The name stored in {@code plan_member.role}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role stored as {@code code}, or empty for anything else. */
    public static Optional<PlanRole> ofCode(String code) {
        for (PlanRole r : values()) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Whether this role may do all that {@code other} may. */
    public boolean atLeast(PlanRole other) {
        return ordinal() <= other.ordinal();
    }
}
