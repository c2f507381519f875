package org.kaname.service;

/** There is no version with that number in the plan. */
public class VersionNotFoundException extends Exception {
    private final long planId;
    private final int number;

    public VersionNotFoundException(long planId, int number) {
        super("plan " + planId + " has no version " + number);
        this.planId = planId;
        this.number = number;
    }

    public long planId() {
        return planId;
    }

    public int number() {
        return number;
    }
}
