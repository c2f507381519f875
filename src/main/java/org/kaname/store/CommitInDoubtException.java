package org.kaname.store;

/**
 * The connection broke while a COMMIT was on its way, and the server could not be asked afterwards whether it
 * committed: the change may or may not be stored. Still nothing is half-stored (a transaction commits whole or not at
 * all); the plan read when the connection is back shows which.
 */
public final class CommitInDoubtException extends ConnectionLostException {
    public CommitInDoubtException(ConnectionLostException lost) {
        super(lost.server(), "the connection broke during the commit and the server could not be asked whether it"
                + " committed: " + lost.getMessage(), lost);
    }
}
