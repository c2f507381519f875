package org.kaname.store;

/** An unexpected database failure inside a transaction; the transaction has been rolled back. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
