package org.kaname.store;

/**
 * The connection to the database server broke (the server stopped, the network failed, a timeout passed) before the
 * transaction was committed: nothing of it was written. The next call connects again.
 */
public class ConnectionLostException extends StoreException {
    private final String server;

    public ConnectionLostException(String server, String message, Throwable cause) {
        super(message, cause);
        this.server = server;
    }

    /** The server, as {@link ServerAddress#display()}. */
    public String server() {
        return server;
    }
}
