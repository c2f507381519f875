package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.edit.Change;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/** {@link ServerDatabase} against a real PostgreSQL ({@link PostgresTestServer}). */
class ServerDatabaseTest {
    private static final PostgresTestServer SERVER = PostgresTestServer.shared();

    private static ServerDatabase openAsOwner(ServerAddress address) throws StorageUnavailableException {
        return ServerDatabase.open(address, SERVER.superuserPassword());
    }

    private static int count(SqlDatabase db, String sql) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void aNewDatabaseIsMigratedAndKnowsItsLogin() throws Exception {
        ServerAddress address = SERVER.newDatabase();
        try (ServerDatabase db = openAsOwner(address)) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(db.user()).isEqualTo(PostgresTestServer.SUPERUSER);
            assertThat(db.location()).isEqualTo(new DatabaseLocation.Server(address));
            assertThat(count(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version = '"
                    + Database.SCHEMA_VERSION + "'")).isEqualTo(1);
            assertThat(count(db, "SELECT COUNT(*) FROM plan")).isZero();
        }
    }

    @Test
    void openingAgainMigratesNothing() throws Exception {
        ServerAddress address = SERVER.newDatabase();
        int rows;
        try (ServerDatabase db = openAsOwner(address)) {
            rows = count(db, "SELECT COUNT(*) FROM flyway_schema_history");
        }
        try (ServerDatabase db = openAsOwner(address)) {
            assertThat(count(db, "SELECT COUNT(*) FROM flyway_schema_history")).isEqualTo(rows);
        }
    }

    @Test
    void aSchemaFromANewerKanameIsRefusedAndLeftAsItIs() throws Exception {
        ServerAddress address = SERVER.newDatabase();
        int rows;
        try (ServerDatabase db = openAsOwner(address)) {
            db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version,"
                            + " description, type, script, checksum, installed_by, execution_time, success)"
                            + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0,"
                            + " 'postgres', 1, TRUE)");
                }
            });
            rows = count(db, "SELECT COUNT(*) FROM flyway_schema_history");
        }

        assertThatThrownBy(() -> openAsOwner(address))
                .isInstanceOfSatisfying(StorageUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.SERVER_NEWER_SCHEMA);
                    assertThat(e.location()).isEqualTo(address.display());
                    assertThat(e.getMessage()).contains("99");
                });
        // A plain JDBC look, so the check does not depend on the class under test.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(address.jdbcUrl(),
                PostgresTestServer.SUPERUSER, new String(SERVER.superuserPassword()));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(rows);
        }
    }

    @Test
    void aWrongPasswordIsALoginFailure() {
        ServerAddress address = SERVER.newDatabase();
        ServerAddress login = SERVER.createLogin(address, "kaname_test_wrong", "right-password");

        assertThatThrownBy(() -> ServerDatabase.open(login, "wrong-password".toCharArray()))
                .isInstanceOfSatisfying(StorageUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.SERVER_LOGIN_FAILED);
                    assertThat(e.getMessage()).contains("kaname_test_wrong");
                });
        assertThatThrownBy(() -> ServerDatabase.open(address, new char[0]))
                .isInstanceOfSatisfying(StorageUnavailableException.class, e ->
                        assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.SERVER_LOGIN_FAILED));
    }

    @Test
    void aPortWithoutAServerIsUnreachableWithinTenSeconds() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ServerAddress nobody = new ServerAddress("localhost", port, "kaname", "sato");
        long start = System.nanoTime();

        assertThatThrownBy(() -> ServerDatabase.open(nobody, "x".toCharArray()))
                .isInstanceOfSatisfying(StorageUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.SERVER_UNREACHABLE);
                    assertThat(e.location()).isEqualTo("sato@localhost:" + port + "/kaname");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aMissingDatabaseIsNamed() {
        ServerAddress address = SERVER.newDatabase();
        ServerAddress missing = new ServerAddress(address.host(), address.port(), "no_such_db", address.user());
        assertThatThrownBy(() -> openAsOwner(missing))
                .isInstanceOfSatisfying(StorageUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.INACCESSIBLE);
                    assertThat(e.getMessage()).contains("no_such_db");
                });
    }

    @Test
    void aPlanGoesInAndComesBackEqualAndItsEditsAreJournaled() throws Exception {
        try (ServerDatabase db = openAsOwner(SERVER.newDatabase())) {
            PlanStore store = TestDigests.store(db, Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"),
                    ZoneOffset.UTC));
            Plan original = TestPlans.rich();
            long id = store.insert(original, TestDigests.CREATE);
            assertThat(store.load(id).orElseThrow().plan()).isEqualTo(original);
            assertThat(store.load(id).orElseThrow().updatedAt()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));

            List<Score> scores = new ArrayList<>(original.scores());
            Score first = scores.get(0);
            scores.set(0, new Score(first.measure(), first.criterion(), first.rater(), first.value() == 1 ? 2 : 1,
                    "変更", null));
            Plan changed = original.withScores(scores);
            assertThat(store.apply(id, changed, Change.between(original, changed), TestDigests.record("set-score")))
                    .isPresent();

            assertThat(store.load(id).orElseThrow().plan()).isEqualTo(changed);
            assertThat(new PlanJournal(db, TestDigests.PARTS).entries(id, JournalFilter.ALL))
                    .extracting(JournalEntry::kind, JournalEntry::measure)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("create", null),
                            org.assertj.core.groups.Tuple.tuple("set-score", first.measure()));
            assertThat(store.list()).extracting(PlanSummary::id).containsExactly(id);
            assertThat(store.delete(id)).isTrue();
            assertThat(store.load(id)).isEmpty();
        }
    }

    @Test
    void aFailingTransactionLeavesNothingAndTheConnectionWorksOn() throws Exception {
        try (ServerDatabase db = openAsOwner(SERVER.newDatabase())) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)")) {
                    ps.setString(1, "k");
                    ps.setString(2, "v");
                    ps.executeUpdate();
                    ps.executeUpdate();
                }
                return null;
            })).isInstanceOf(StoreException.class).isNotInstanceOf(ConnectionLostException.class);
            assertThat(count(db, "SELECT COUNT(*) FROM app_setting WHERE setting_key = 'k'")).isZero();
        }
    }

    @Test
    void aSessionTheServerEndedBetweenCallsIsReplacedOnTheNextCall() throws Exception {
        ServerAddress address = SERVER.newMigratedDatabase();
        try (ServerDatabase db = openAsOwner(address); ServerDatabase admin = openAsOwner(address)) {
            int backend = count(db, "SELECT pg_backend_pid()");
            admin.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
                    ps.setInt(1, backend);
                    return ps.execute();
                }
            });

            assertThat(count(db, "SELECT COUNT(*) FROM plan")).isZero();
            assertThat(count(db, "SELECT pg_backend_pid()")).isNotEqualTo(backend);
        }
    }

    @Test
    void whileTheServerIsDownEachCallFailsWithinTenSecondsAndAfterItsRestartWorkGoesOn() throws Exception {
        ServerAddress address = SERVER.newMigratedDatabase();
        try (ServerDatabase db = openAsOwner(address)) {
            PlanStore store = TestDigests.store(db, Clock.systemUTC());
            long id = store.insert(TestPlans.rich(), TestDigests.CREATE);
            SERVER.stop();
            try {
                for (int attempt = 0; attempt < 2; attempt++) {
                    long start = System.nanoTime();
                    assertThatThrownBy(() -> store.insert(TestPlans.rich(), TestDigests.CREATE))
                            .isInstanceOf(ConnectionLostException.class);
                    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
                }
                assertThatThrownBy(() -> openAsOwner(address))
                        .isInstanceOfSatisfying(StorageUnavailableException.class, e -> assertThat(e.reason())
                                .isEqualTo(StorageUnavailableException.Reason.SERVER_UNREACHABLE));
            } finally {
                SERVER.restart();
            }
            assertThat(store.list()).extracting(PlanSummary::id).containsExactly(id);
            assertThat(store.load(id).orElseThrow().plan()).isEqualTo(TestPlans.rich());
        }
    }

    @Test
    void aPlainLoginOpensAMigratedDatabaseButMayNotCreateTheSchema() throws Exception {
        ServerAddress migrated = SERVER.newMigratedDatabase();
        ServerAddress sato = SERVER.createLogin(migrated, "kaname_test_sato", "sato-pw");
        try (ServerDatabase db = ServerDatabase.open(sato, "sato-pw".toCharArray())) {
            assertThat(db.user()).isEqualTo("kaname_test_sato");
            assertThat(count(db, "SELECT COUNT(*) FROM plan")).isZero();
        }

        ServerAddress empty = SERVER.newDatabase();
        ServerAddress satoOnEmpty = new ServerAddress(empty.host(), empty.port(), empty.database(), sato.user());
        assertThatThrownBy(() -> ServerDatabase.open(satoOnEmpty, "sato-pw".toCharArray()))
                .isInstanceOfSatisfying(StorageUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.INACCESSIBLE);
                    assertThat(e.getMessage()).contains("kaname_test_sato may not").contains("owner");
                });
    }
}
