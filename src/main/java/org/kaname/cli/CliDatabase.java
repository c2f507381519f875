package org.kaname.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kaname.i18n.Messages;
import org.kaname.service.Services;
import org.kaname.store.DatabaseLocation;
import org.kaname.store.PgPass;
import org.kaname.store.ServerAddress;
import org.kaname.store.StorageUnavailableException;

/**
 * Which database a command works on (docs/cli.md): the PostgreSQL server {@code --db} names, else the one
 * {@code KANAME_DB} names, else the local data directory exactly as before. {@code --db local} picks the local one
 * whatever {@code KANAME_DB} says. The password is never an argument: the password file or {@code PGPASSWORD}
 * ({@link PgPass}), else typed at the terminal; with neither, one plain line and exit 4.
 */
final class CliDatabase {
    static final String ENV = "KANAME_DB";
    static final String LOCAL = "local";

    private CliDatabase() {
    }

    /** The server chosen by {@code option} or {@code KANAME_DB}; empty: the local data directory. */
    static Optional<ServerAddress> choose(String option, Map<String, String> env, Messages messages) {
        String given = option != null ? option : env.get(ENV);
        if (given == null || given.isBlank() || given.strip().equalsIgnoreCase(LOCAL)) {
            return Optional.empty();
        }
        return Optional.of(parse(given, option != null ? "--db" : ENV, messages));
    }

    /** {@code uri} read as a server address; a malformed one is a usage error naming {@code where} it came from. */
    static ServerAddress parse(String uri, String where, Messages messages) {
        try {
            return ServerAddress.parse(uri);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, messages.get("db.badAddress", where, e.getMessage()));
        }
    }

    /**
     * Opens the services on the server at {@code address}, with the password from the password file or
     * {@code PGPASSWORD} in {@code env}, else typed at {@code prompt} (null: no terminal, which is refused).
     */
    static Services openServer(ServerAddress address, Map<String, String> env, CliPassphrase.Prompt prompt,
                               Messages messages, Locale locale) throws StorageUnavailableException {
        char[] password = PgPass.find(address, env).orElseGet(() -> typed(address, prompt, messages));
        try {
            return Services.openServer(address, password, locale);
        } finally {
            CliPassphrase.wipe(password);
        }
    }

    private static char[] typed(ServerAddress address, CliPassphrase.Prompt prompt, Messages messages) {
        char[] typed = prompt == null ? null : prompt.read(messages.get("db.passwordPrompt", address.display()));
        if (typed == null) {
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE, messages.get("db.noPassword", address.display()));
        }
        return typed;
    }

    /** Where {@code services}' plans are, in words: the data directory's path, or the shared database. */
    static String where(Services services, Messages messages) {
        return where(services.location(), messages);
    }

    static String where(DatabaseLocation location, Messages messages) {
        if (location instanceof DatabaseLocation.Server server) {
            return messages.get("where.server", server.address().display());
        }
        return messages.get("where.local", ((DatabaseLocation.Local) location).directory());
    }
}
