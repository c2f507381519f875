package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Plan;

/**
 * A database file written by a Kaname with schema 1 opens in this version: migrated to the newest, its plans intact.
 * H2 only: files written by earlier releases (a server starts at the current schema).
 */
class SchemaMigrationTest {
    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + new DataFiles(dir).databaseUrlPath() + ";FILE_LOCK=NO";
    }

    /** A schema-1 database as the previous version left it, holding one small plan with one score. */
    private void createVersion1Database() throws Exception {
        Flyway.configure().dataSource(url(), "kaname", "").locations("classpath:db/migration").target("1").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url(), "kaname", "");
             Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO plan (id, title, organization, description, summary, fy_start, fy_end,"
                    + " budget_uniform, weighting_method, created_at, updated_at) VALUES (7, '旧い計画', '架空市', '',"
                    + " '', 2026, 2028, 5000, 'direct', TIMESTAMP WITH TIME ZONE '2025-04-01 00:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2025-04-02 00:00:00+00')");
            st.executeUpdate("INSERT INTO criterion (plan_id, position, id, name, description, weight, direction,"
                    + " scale_min, scale_max) VALUES (7, 0, 'speed', '即効性', '', 1, 'benefit', 1, 5)");
            st.executeUpdate("INSERT INTO measure (plan_id, position, id, group_id, title, description, owner,"
                    + " initial_cost, annual_cost, duration_years) VALUES (7, 0, 'M1', '', '施策一', '', '', 0, 0, 1)");
            st.executeUpdate("INSERT INTO rater (plan_id, position, id, name) VALUES (7, 0, 'r1', '企画課')");
            st.executeUpdate("INSERT INTO score (plan_id, position, measure_id, criterion_id, rater_id, score_value,"
                    + " note, scored_at) VALUES (7, 0, 'M1', 'speed', 'r1', 4, '理由', NULL)");
        }
        assertThat(versions()).containsExactly("1");
    }

    private List<String> versions() throws Exception {
        try (Connection c = DriverManager.getConnection(url(), "kaname", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                     + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    @Test
    void aVersion1DatabaseIsMigratedOnOpenAndKeepsItsPlans() throws Exception {
        createVersion1Database();
        try (Database db = Database.open(dir)) {
            List<String> tables = db.inTransaction(c -> {
                List<String> names = new ArrayList<>();
                try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                    while (rs.next()) {
                        names.add(rs.getString("TABLE_NAME").toLowerCase());
                    }
                }
                return names;
            });
            assertThat(tables).contains("scoring_round", "round_measure", "round_rater", "round_score", "plan");

            PlanStore store = TestDigests.store(db, Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
            assertThat(store.upgradeLegacy("tester")).isEqualTo(1);
            StoredPlan stored = store.load(7).orElseThrow();
            Plan plan = stored.plan();
            assertThat(plan.title()).isEqualTo("旧い計画");
            assertThat(plan.organization()).isEqualTo("架空市");
            assertThat(plan.budget().uniform()).isEqualTo(5000L);
            assertThat(plan.measures()).extracting(m -> m.title()).containsExactly("施策一");
            assertThat(plan.scores()).singleElement().satisfies(s -> {
                assertThat(s.value()).isEqualTo(4.0);
                assertThat(s.note()).isEqualTo("理由");
            });
            assertThat(plan.rounds()).isEmpty();
            assertThat(stored.updatedAt()).isEqualTo(Instant.parse("2025-04-02T00:00:00Z"));

            // The migrated database takes rounds like a new one.
            Plan withRound = plan.withRounds(List.of(new org.kaname.model.ScoringRound(1, "", List.of("M1"),
                    List.of("r1"), false, org.kaname.model.RoundState.OPEN, Instant.parse("2026-11-10T01:00:00Z"),
                    null, List.of(org.kaname.model.Score.of("M1", "speed", "r1", 3)))));
            assertThat(TestDigests.replace(store, 7, withRound)).isTrue();
            assertThat(store.load(7).orElseThrow().plan()).isEqualTo(withRound);
        }
        assertThat(versions()).containsExactly("1", "2", "3", "4", "5", "6");
        // The schema-1 file was backed up before it was migrated, and the backup still opens as schema 1.
        assertThat(Backups.of(dir)).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(BackupReason.BEFORE_MIGRATION);
            Path copy = dir.resolve("copy.mv.db");
            Backups.extract(b.path(), copy);
            assertThat(DatabaseInspection.of(copy).schemaVersion()).isEqualTo(1);
        });
        // Opened again, the schema is current: nothing more is applied and the data stay.
        try (Database db = Database.open(dir)) {
            assertThat(TestDigests.store(db, Clock.systemUTC()).load(7).orElseThrow().plan().rounds()).hasSize(1);
        }
        assertThat(versions()).containsExactly("1", "2", "3", "4", "5", "6");
    }
}
