package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shortcut that skips Flyway when a server's schema is this Kaname's, and only then. */
class ServerSchemaTest {
    private final PostgresTestServer server = PostgresTestServer.shared();

    @Test
    void theNewestVersionIsTheNewestMigrationFileOfEitherLocation() throws Exception {
        List<int[]> versions;
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources/db/migration")),
                Files.list(Path.of("src/main/resources/db/postgresql")))) {
            versions = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[\\d_]+__.*\\.sql"))
                    .map(n -> ServerSchema.parse(n.substring(1, n.indexOf("__")))).toList();
        }
        int[] newest = versions.stream().max(Arrays::compare).orElseThrow();
        assertThat(ServerSchema.parse(ServerSchema.NEWEST)).isEqualTo(newest);
    }

    @Test
    void anEmptyDatabaseIsNotCurrentAMigratedOneIsAndOneWithANewerMigrationIsNot() throws Exception {
        ServerAddress address = server.newDatabase();
        try (Connection c = connect(address)) {
            c.setAutoCommit(false);
            assertThat(ServerSchema.isCurrent(c)).isFalse();
        }
        ServerDatabase.open(address, server.superuserPassword()).close();
        try (Connection c = connect(address)) {
            c.setAutoCommit(false);
            assertThat(ServerSchema.isCurrent(c)).isTrue();
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                        + " script, checksum, installed_by, execution_time, success) VALUES (1000, '99', 'future',"
                        + " 'SQL', 'V99__future.sql', 0, 'postgres', 0, TRUE)");
            }
            c.commit();
            assertThat(ServerSchema.isCurrent(c)).isFalse();
        }
    }

    private Connection connect(ServerAddress address) throws Exception {
        return DriverManager.getConnection(address.jdbcUrl(), address.user(), new String(server.superuserPassword()));
    }
}
