package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaname.model.Score;

/**
 * The roles of a shared database hold against a person's own login in plain SQL, not only in Kaname: each login here
 * is a separate PostgreSQL login in kaname_user, connected by JDBC, doing what psql would let it do. Every refused
 * attempt must leave the plan's rows exactly as they were.
 */
class SharedRolesTest {
    static final String PASSWORD = "secret-roles";
    static final String OWNER = "roles_alice";
    static final String RATER = "roles_bob";
    static final String VIEWER = "roles_carol";
    static final String EDITOR = "roles_dave";
    static final String STRANGER = "roles_eve";
    static final String RATER2 = "roles_frank";
    /** The plan tables a refusal could touch, compared row by row before and after. */
    static final List<String> TABLES = List.of("criterion", "measure", "rater", "score_block", "journal",
            "plan_member", "plan_version");

    static PostgresTestServer server;
    static ServerAddress database;

    final List<Connection> open = new ArrayList<>();
    long plan;

    @BeforeAll
    static void createDatabase() throws StorageUnavailableException {
        server = PostgresTestServer.shared();
        database = server.newDatabase();
        ServerDatabase.open(database, server.superuserPassword()).close(); // migrated by the database's owner
        for (String login : List.of(OWNER, RATER, VIEWER, EDITOR, STRANGER, RATER2)) {
            server.createLogin(database, login, PASSWORD);
        }
    }

    @BeforeEach
    void createPlan() throws SQLException {
        Connection owner = as(OWNER);
        try (Statement st = owner.createStatement()) {
            try (ResultSet rs = st.executeQuery("INSERT INTO plan (title, organization, description, summary, fy_start,"
                    + " fy_end, weighting_method, created_at, updated_at) VALUES ('Roles', 'Org', '', '', 2026, 2030,"
                    + " 'direct', now(), now()) RETURNING id")) {
                rs.next();
                plan = rs.getLong(1);
            }
            st.execute("INSERT INTO criterion VALUES (" + plan + ", 0, 'c1', 'Impact', '', 0.6, 'BENEFIT', 1, 5),"
                    + " (" + plan + ", 1, 'c2', 'Cost', '', 0.4, 'COST', 1, 5)");
            st.execute("INSERT INTO measure (plan_id, position, id, group_id, title, description, owner, initial_cost,"
                    + " annual_cost, duration_years) VALUES (" + plan + ", 0, 'm1', NULL, 'M1', '', '', 0, 0, 1)");
            st.execute("INSERT INTO rater VALUES (" + plan + ", 0, 'r1', 'Bob'), (" + plan + ", 1, 'r2', 'Frank')");
            st.execute("INSERT INTO plan_member VALUES (" + plan + ", '" + RATER + "', 'rater', 'r1'), (" + plan
                    + ", '" + VIEWER + "', 'viewer', NULL), (" + plan + ", '" + EDITOR + "', 'editor', NULL), ("
                    + plan + ", '" + RATER2 + "', 'rater', 'r2')");
        }
        writeBlock(owner, true, scores(3, 4, 2, 5));
        appendJournal(owner, 1, "alice", null);
    }

    @AfterEach
    void closeConnections() throws SQLException {
        for (Connection c : open) {
            c.close();
        }
    }

    // ---- raters ----

    @Test
    void aRaterCannotChangeAnotherRatersScoreWithACraftedBlock() throws SQLException {
        String before = snapshot();
        Connection bob = as(RATER);

        assertRefused(() -> writeBlock(bob, false, scores(3, 4, 1, 5)), "others_scores");
        // nor hide the change among their own
        assertRefused(() -> writeBlock(bob, false, scores(1, 1, 2, 4)), "others_scores");
        // nor drop another rater's cell, nor add one
        assertRefused(() -> writeBlock(bob, false, List.of(cell("c1", "r1", 3), cell("c2", "r1", 4),
                cell("c1", "r2", 2))), "others_scores");
        assertRefused(() -> writeBlock(bob, false, withExtra(scores(3, 4, 2, 5), cell("c1", "r3", 1))),
                "others_scores");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aRaterCannotDeleteOrInsertABlockHoldingOthersCells() throws SQLException {
        String before = snapshot();
        Connection bob = as(RATER);

        assertRefused(() -> execute(bob, "DELETE FROM score_block WHERE plan_id = " + plan), "others_scores");
        try (Statement st = as(OWNER).createStatement()) {
            st.execute("INSERT INTO measure (plan_id, position, id, group_id, title, description, owner, initial_cost,"
                    + " annual_cost, duration_years) VALUES (" + plan + ", 1, 'm2', NULL, 'M2', '', '', 0, 0, 1)");
        }
        before = snapshot();
        assertRefused(() -> insertBlock(bob, "m2", List.of(cell("m2", "c1", "r1", 3), cell("m2", "c1", "r2", 3))),
                "others_scores");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aRaterChangesTheirOwnCellsOnly() throws SQLException {
        Connection bob = as(RATER);

        writeBlock(bob, false, scores(1, 5, 2, 5));
        insertBlock(bob, "m1x", List.of(cell("m1x", "c1", "r1", 2)));
        execute(bob, "DELETE FROM score_block WHERE plan_id = " + plan + " AND measure_id = 'm1x'");

        assertThat(blockScores()).containsExactlyElementsOf(scores(1, 5, 2, 5));
    }

    @Test
    void aRaterCannotStoreABlockThatWouldReadAsDamaged() throws SQLException {
        String before = snapshot();
        byte[] bytes = ScoreBlocks.encode(scores(1, 4, 2, 5));

        assertRefused(() -> execute(as(RATER), "UPDATE score_block SET checksum = checksum + 1 WHERE plan_id = "
                + plan), "score_block");
        assertRefused(() -> execute(as(RATER), "UPDATE score_block SET score_count = 3 WHERE plan_id = " + plan),
                "score_block");
        try (PreparedStatement ps = as(RATER).prepareStatement("UPDATE score_block SET scores = ? WHERE plan_id = ?")) {
            ps.setBytes(1, java.util.Arrays.copyOf(bytes, bytes.length - 1));
            ps.setLong(2, plan);
            assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class);
        }

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aRaterWithoutARaterIdChangesNoCell() throws SQLException {
        execute(as(OWNER), "UPDATE plan_member SET rater_id = NULL WHERE login = '" + RATER + "'");
        String before = snapshot();

        assertRefused(() -> writeBlock(as(RATER), false, scores(1, 4, 2, 5)), "others_scores");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aRaterCannotChangeWeightsMeasuresOrThePlanHeading() throws SQLException {
        String before = snapshot();
        Connection bob = as(RATER);

        assertRefused(() -> execute(bob, "UPDATE criterion SET weight = 0.9 WHERE plan_id = " + plan), "criterion");
        assertRefused(() -> execute(bob, "DELETE FROM criterion WHERE plan_id = " + plan), "criterion");
        assertRefused(() -> execute(bob, "INSERT INTO criterion VALUES (" + plan
                + ", 2, 'c3', 'X', '', 1, 'BENEFIT', 1, 5)"), "criterion");
        assertRefused(() -> execute(bob, "UPDATE measure SET title = 'Mine' WHERE plan_id = " + plan), "measure");
        assertRefused(() -> execute(bob, "UPDATE plan SET title = 'Mine' WHERE id = " + plan), "plan");
        assertRefused(() -> execute(bob, "DELETE FROM plan WHERE id = " + plan), "plan (delete)");
        assertRefused(() -> execute(bob, "UPDATE plan_member SET role = 'owner' WHERE login = '" + RATER + "'"),
                "plan_member");

        assertThat(snapshot()).isEqualTo(before);
        // what every one of the app's write transactions starts with is allowed
        execute(bob, "UPDATE plan SET updated_at = now() WHERE id = " + plan);
    }

    // ---- the journal ----

    @Test
    void nobodyChangesOrDeletesTheJournalNotEvenTheOwner() throws SQLException {
        String before = snapshot();

        for (String login : List.of(OWNER, EDITOR, RATER)) {
            Connection c = as(login);
            assertRefused(() -> execute(c, "DELETE FROM journal WHERE plan_id = " + plan), "journal");
            assertRefused(() -> execute(c, "UPDATE journal SET user_name = 'someone' WHERE plan_id = " + plan),
                    "journal");
            assertRefused(() -> execute(c, "UPDATE plan_version SET name = 'x' WHERE plan_id = " + plan),
                    "plan_version");
        }

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theJournalRecordsTheLoginWhateverTheClientWrites() throws SQLException {
        appendJournal(as(RATER), 2, "alice", OWNER);

        try (Statement st = as(OWNER).createStatement();
             ResultSet rs = st.executeQuery("SELECT user_name, db_user FROM journal WHERE plan_id = " + plan
                     + " ORDER BY seq")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo(OWNER);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("alice");
            assertThat(rs.getString(2)).isEqualTo(RATER);
        }
    }

    // ---- viewers, editors, owners, strangers ----

    @Test
    void aViewerReadsEverythingAndWritesNothing() throws SQLException {
        String before = snapshot();
        Connection carol = as(VIEWER);

        assertThat(count(carol, "criterion")).isEqualTo(2);
        assertThat(count(carol, "score_block")).isEqualTo(1);
        assertThat(count(carol, "journal")).isEqualTo(1);
        assertThat(count(carol, "plan_member")).isEqualTo(5);
        assertRefused(() -> execute(carol, "UPDATE plan SET updated_at = now() WHERE id = " + plan), "plan");
        assertRefused(() -> writeBlock(carol, false, scores(3, 4, 2, 5)), "score_block");
        assertRefused(() -> appendJournal(carol, 2, "carol", null), "journal");
        assertRefused(() -> execute(carol, "DELETE FROM measure WHERE plan_id = " + plan), "measure");
        assertRefused(() -> execute(carol, "INSERT INTO plan_version VALUES (" + plan
                + ", 1, 'v', now(), 'carol', 1, '\\x00', 'd')"), "plan_version");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anEditorChangesStructureWeightsAndScoresButNotMembers() throws SQLException {
        Connection dave = as(EDITOR);

        execute(dave, "UPDATE plan SET title = 'Renamed' WHERE id = " + plan);
        execute(dave, "UPDATE criterion SET weight = 0.7 WHERE plan_id = " + plan + " AND id = 'c1'");
        execute(dave, "INSERT INTO criterion VALUES (" + plan + ", 2, 'c3', 'X', '', 0.1, 'BENEFIT', 1, 5)");
        writeBlock(dave, false, scores(1, 1, 1, 1));
        execute(dave, "INSERT INTO plan_version VALUES (" + plan + ", 1, 'v', now(), 'dave', 1, '\\x00', 'd')");
        assertThat(blockScores()).containsExactlyElementsOf(scores(1, 1, 1, 1));

        String before = snapshot();
        assertRefused(() -> execute(dave, "UPDATE plan_member SET role = 'owner' WHERE login = '" + EDITOR + "'"),
                "plan_member");
        assertRefused(() -> execute(dave, "INSERT INTO plan_member VALUES (" + plan + ", '" + STRANGER
                + "', 'viewer', NULL)"), "plan_member");
        assertRefused(() -> execute(dave, "DELETE FROM plan WHERE id = " + plan), "plan (delete)");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anOwnerGrantsRolesAndKeepsAtLeastOneOwner() throws SQLException {
        Connection alice = as(OWNER);
        execute(alice, "INSERT INTO plan_member VALUES (" + plan + ", '" + STRANGER + "', 'viewer', NULL)");
        assertThat(count(as(STRANGER), "criterion")).isEqualTo(2);

        String before = snapshot();
        assertRefused(() -> execute(alice, "DELETE FROM plan_member WHERE plan_id = " + plan + " AND login = '"
                + OWNER + "'"), "last_owner");
        assertRefused(() -> execute(alice, "UPDATE plan_member SET role = 'editor' WHERE plan_id = " + plan
                + " AND login = '" + OWNER + "'"), "last_owner");
        assertThat(snapshot()).isEqualTo(before);

        execute(alice, "UPDATE plan_member SET role = 'owner' WHERE plan_id = " + plan + " AND login = '" + EDITOR
                + "'");
        execute(alice, "DELETE FROM plan_member WHERE plan_id = " + plan + " AND login = '" + OWNER + "'");
        assertThat(count(alice, "criterion")).isZero();
    }

    @Test
    void anOwnerDeletesThePlanWithItsJournal() throws SQLException {
        execute(as(OWNER), "DELETE FROM plan WHERE id = " + plan);

        try (Connection admin = superuser(); Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM journal WHERE plan_id = " + plan + ")"
                     + " + (SELECT count(*) FROM plan_member WHERE plan_id = " + plan + ")")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void aStrangerSeesNoPlanAndChangesNothing() throws SQLException {
        String before = snapshot();
        Connection eve = as(STRANGER);

        try (Statement st = eve.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM plan WHERE id = " + plan)) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        for (String table : TABLES) {
            assertThat(count(eve, table)).as(table).isZero();
        }
        assertThat(update(eve, "UPDATE criterion SET weight = 1 WHERE plan_id = " + plan)).isZero();
        assertThat(update(eve, "DELETE FROM plan WHERE id = " + plan)).isZero();
        assertRefused(() -> execute(eve, "INSERT INTO criterion VALUES (" + plan
                + ", 2, 'c3', 'X', '', 1, 'BENEFIT', 1, 5)"), "criterion");
        assertRefused(() -> execute(eve, "INSERT INTO plan_member VALUES (" + plan + ", '" + STRANGER
                + "', 'owner', NULL)"), "plan_member");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aTemporaryTableCannotStandInForTheMembers() throws SQLException {
        Connection eve = as(STRANGER);
        execute(eve, "CREATE TEMPORARY TABLE plan_member (plan_id BIGINT, login VARCHAR(200), role VARCHAR(20),"
                + " rater_id VARCHAR(200))");
        execute(eve, "INSERT INTO pg_temp.plan_member VALUES (" + plan + ", '" + STRANGER + "', 'owner', NULL)");

        assertThat(count(eve, "criterion")).isZero();
    }

    @Test
    void everyTableWithAPlanIdHasRowLevelSecurity() throws SQLException {
        try (Connection admin = superuser(); Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid"
                     + " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attname = 'plan_id'"
                     + " AND NOT c.relrowsecurity")) {
            List<String> without = new ArrayList<>();
            while (rs.next()) {
                without.add(rs.getString(1));
            }
            assertThat(without).isEmpty();
        }
    }

    @Test
    void aRefusalSaysWhoWhatAndTheRoleNeeded() {
        AccessDeniedException denied = refusal(() -> execute(as(RATER),
                "UPDATE criterion SET weight = 0.9 WHERE plan_id = " + plan));

        assertThat(denied.planId()).isEqualTo(plan);
        assertThat(denied.role()).contains(PlanRole.RATER);
        assertThat(denied.needed()).contains(PlanRole.EDITOR);
        assertThat(denied.what()).isEqualTo("criterion");
        assertThat(denied.getMessage()).contains(RATER).contains("criterion");
    }

    // ---- helpers ----

    interface SqlAction {
        void run() throws SQLException;
    }

    static void assertRefused(SqlAction action, String what) {
        assertThat(refusal(action).what()).isEqualTo(what);
    }

    static AccessDeniedException refusal(SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("42501");
            return AccessDeniedException.from(e).orElseThrow();
        }
        throw new AssertionError("not refused");
    }

    Connection as(String login) {
        try {
            Properties p = new Properties();
            p.setProperty("password", PASSWORD);
            Connection c = DriverManager.getConnection(new ServerAddress(database.host(), database.port(),
                    database.database(), login).jdbcUrl(), p);
            open.add(c);
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Connection superuser() throws SQLException {
        Properties p = new Properties();
        p.setProperty("password", new String(server.superuserPassword()));
        return DriverManager.getConnection(database.jdbcUrl(), p);
    }

    /** Every row of the plan in the tables a refusal could touch, as text. */
    String snapshot() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection admin = superuser(); Statement st = admin.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT t::text FROM " + table + " t WHERE plan_id = " + plan
                        + " ORDER BY 1")) {
                    while (rs.next()) {
                        all.append(table).append(' ').append(rs.getString(1)).append('\n');
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT p::text FROM plan p WHERE id = " + plan)) {
                while (rs.next()) {
                    all.append(rs.getString(1));
                }
            }
        }
        return all.toString();
    }

    List<Score> blockScores() throws SQLException {
        try (Connection admin = superuser(); Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT scores FROM score_block WHERE plan_id = " + plan
                     + " AND measure_id = 'm1'")) {
            rs.next();
            return ScoreBlocks.decode("m1", rs.getBytes(1), new java.util.HashMap<>());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(Connection c, String table) throws SQLException {
        String key = table.equals("plan") ? "id" : "plan_id";
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table + " WHERE " + key + " = " + plan)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static int update(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    static final Instant TIME = Instant.parse("2026-12-01T09:00:00Z");

    static Score cell(String criterion, String rater, double value) {
        return cell("m1", criterion, rater, value);
    }

    static Score cell(String measure, String criterion, String rater, double value) {
        return new Score(measure, criterion, rater, value, "note " + rater, TIME);
    }

    /** Measure m1: r1's scores on c1 and c2, then r2's. */
    static List<Score> scores(double r1c1, double r1c2, double r2c1, double r2c2) {
        return List.of(cell("c1", "r1", r1c1), cell("c2", "r1", r1c2), cell("c1", "r2", r2c1),
                cell("c2", "r2", r2c2));
    }

    static List<Score> withExtra(List<Score> scores, Score extra) {
        List<Score> all = new ArrayList<>(scores);
        all.add(extra);
        return all;
    }

    void writeBlock(Connection c, boolean insert, List<Score> scores) throws SQLException {
        if (insert) {
            insertBlock(c, "m1", scores);
            return;
        }
        byte[] bytes = ScoreBlocks.encode(scores);
        try (PreparedStatement ps = c.prepareStatement("UPDATE score_block SET score_count = ?, scores = ?,"
                + " checksum = ? WHERE plan_id = ? AND measure_id = 'm1'")) {
            ps.setInt(1, scores.size());
            ps.setBytes(2, bytes);
            ps.setLong(3, ScoreBlocks.checksum(bytes));
            ps.setLong(4, plan);
            ps.executeUpdate();
        }
    }

    void insertBlock(Connection c, String measure, List<Score> scores) throws SQLException {
        byte[] bytes = ScoreBlocks.encode(scores);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO score_block VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, plan);
            ps.setString(2, measure);
            ps.setInt(3, scores.size());
            ps.setBytes(4, bytes);
            ps.setLong(5, ScoreBlocks.checksum(bytes));
            ps.executeUpdate();
        }
    }

    void appendJournal(Connection c, long seq, String user, String forgedDbUser) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal (plan_id, seq, action_seq, recorded_at,"
                + " user_name, edit_kind, arguments, before_value, after_value, reason, db_user)"
                + " VALUES (?, ?, ?, now(), ?, 'create', '', '', '', '', ?)")) {
            ps.setLong(1, plan);
            ps.setLong(2, seq);
            ps.setLong(3, seq);
            ps.setString(4, user);
            ps.setString(5, forgedDbUser);
            ps.executeUpdate();
        }
    }
}
