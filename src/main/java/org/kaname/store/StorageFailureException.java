package org.kaname.store;

/**
 * Writing to the database failed for a reason outside Kaname: a full disk, a folder that became read-only, a file
 * that cannot be written. The transaction was not committed; nothing was reported as saved.
 */
public class StorageFailureException extends StoreException {
    public StorageFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
