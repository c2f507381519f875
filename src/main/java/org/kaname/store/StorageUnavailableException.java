package org.kaname.store;

/** The data directory cannot be used: locked by another Kaname, written by a newer version, or not accessible. */
public class StorageUnavailableException extends Exception {
    /** Why, so the CLI and the UI can phrase it for a person. */
    public enum Reason { LOCKED, NEWER_SCHEMA, INACCESSIBLE }

    private final Reason reason;
    private final String location;

    public StorageUnavailableException(Reason reason, String location, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
        this.location = location;
    }

    public Reason reason() {
        return reason;
    }

    /** The data directory concerned. */
    public String location() {
        return location;
    }
}
