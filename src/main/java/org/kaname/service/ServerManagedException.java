package org.kaname.service;

import org.kaname.store.DatabaseLocation;

/**
 * Asked for something only the local database file has (backups, restore, encryption, its data directory) while the
 * plans are on a server, where the server's administrator keeps backups. The UI and the CLI word it with the message
 * key {@code shared.serverManaged}.
 */
public final class ServerManagedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final transient DatabaseLocation location;

    public ServerManagedException(String what, DatabaseLocation location) {
        super("no " + what + " on the shared database " + location.display()
                + ": it is backed up on the server, by its administrator");
        this.location = location;
    }

    public DatabaseLocation location() {
        return location;
    }
}
