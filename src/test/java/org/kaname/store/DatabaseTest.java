package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 only: the local file's open, lock, seal and migration (the server's are ServerDatabaseTest's). */
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyDirectoryToTheCurrentSchema() throws Exception {
        try (Database db = Database.open(dir.resolve("new"))) {
            List<String> tables = db.inTransaction(c -> {
                List<String> names = new ArrayList<>();
                try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                    while (rs.next()) {
                        names.add(rs.getString("TABLE_NAME").toLowerCase());
                    }
                }
                return names;
            });
            assertThat(tables).contains("plan", "criterion", "measure", "score", "indicator", "evidence", "problem",
                    "peer_case", "timeline_entry", "scenario", "scoring_round", "round_measure", "round_rater", "round_score",
                    "flyway_schema_history");
            String version = db.inTransaction(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT MAX(\"version\") FROM \"flyway_schema_history\" WHERE \"success\"")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(version).isEqualTo(String.valueOf(Database.SCHEMA_VERSION));
        }
    }

    @Test
    void theSchemaVersionConstantIsTheNewestMigrationFile() throws Exception {
        int newest;
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void reopeningAnExistingDatabaseKeepsItsData() throws Exception {
        try (Database db = Database.open(dir)) {
            db.inTransaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO app_setting (setting_key, setting_value) VALUES ('k', 'v')"));
        }
        try (Database db = Database.open(dir)) {
            assertThat(TestDigests.store(db, java.time.Clock.systemUTC()).setting("k")).contains("v");
        }
    }

    @Test
    void aSchemaFromANewerVersionIsRefusedWithoutTouchingIt() throws Exception {
        try (Database db = Database.open(dir)) {
            db.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO \"flyway_schema_history\""
                    + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\","
                    + " \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 0, 'test', 0, TRUE)"));
        }
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(StorageUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.NEWER_SCHEMA));
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO app_setting VALUES ('a', '1')");
                c.createStatement().executeUpdate("INSERT INTO app_setting VALUES ('a', '2')");
                return null;
            })).isInstanceOf(StoreException.class);
            assertThat(TestDigests.store(db, java.time.Clock.systemUTC()).setting("a")).isEmpty();
        }
    }
}
