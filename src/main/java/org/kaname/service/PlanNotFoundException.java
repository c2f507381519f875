package org.kaname.service;

/** No plan with the given id is stored. */
public class PlanNotFoundException extends Exception {
    private final long id;

    public PlanNotFoundException(long id) {
        super("no plan with id " + id);
        this.id = id;
    }

    public long id() {
        return id;
    }
}
