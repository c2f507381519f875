package org.kaname.store;

/**
 * One plan's stored rows no longer match what was written (its content digest differs, or the database could not
 * read them). The other plans may still be fine; this one must be restored from a backup.
 */
public class PlanDamagedException extends StoreException {
    private final long planId;

    public PlanDamagedException(long planId, String detail, Throwable cause) {
        super("plan " + planId + " is damaged: " + detail, cause);
        this.planId = planId;
    }

    public long planId() {
        return planId;
    }
}
