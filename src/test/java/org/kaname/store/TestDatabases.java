package org.kaname.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kaname.service.Services;

/**
 * The store test suite runs against both databases Kaname supports: each such test class is a
 * {@code @ParameterizedClass @EnumSource(Dialect.class)} and opens its database here. H2 is a new file in the test's
 * temporary directory; PostgreSQL a new, already migrated database on the test server of this JVM
 * ({@link PostgresTestServer}), opened as its owner. Either way the database belongs to the directory: opening the
 * same directory again opens the same database, as a test that closes and reopens expects.
 */
public final class TestDatabases {
    private static final Map<Path, ServerAddress> SERVER_DATABASES = new ConcurrentHashMap<>();

    private TestDatabases() {
    }

    /** The database of {@code dialect} that belongs to {@code dir}: new, empty and migrated at its first open. */
    public static SqlDatabase open(Dialect dialect, Path dir) throws StorageUnavailableException {
        return switch (dialect) {
            case H2 -> Database.open(dir);
            case POSTGRESQL -> ServerDatabase.open(address(dir), PostgresTestServer.shared().superuserPassword());
        };
    }

    /** The server database that belongs to {@code dir}, created at the first call. */
    public static ServerAddress address(Path dir) {
        return SERVER_DATABASES.computeIfAbsent(dir.toAbsolutePath(),
                d -> PostgresTestServer.shared().newMigratedDatabase());
    }

    /**
     * The services over the database of {@code dialect} that belongs to {@code dir}, both starting alike: the local
     * file loads the sample plan on its first start, and so that the same tests hold on a server (which never loads
     * it), the sample is loaded there too, as plan 1, once.
     */
    public static Services services(Dialect dialect, Path dir, Locale locale) throws StorageUnavailableException {
        return switch (dialect) {
            case H2 -> Services.open(dir, locale);
            case POSTGRESQL -> {
                Services services = Services.openServer(address(dir), PostgresTestServer.shared().superuserPassword(),
                        locale);
                try {
                    services.plans().loadSampleOnFirstStart();
                } catch (RuntimeException e) {
                    services.close();
                    throw e;
                }
                yield services;
            }
        };
    }
}
