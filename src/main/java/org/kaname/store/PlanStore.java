package org.kaname.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kaname.model.Plan;

/**
 * Plans in the database. Each public method is one transaction: a plan is inserted, replaced or deleted whole, or not
 * at all. Replacing rewrites the plan's rows, which keeps a single code path for every edit; plans are small enough
 * (thousands of rows) for that to take milliseconds. Each plan is stored with its {@link ContentDigest}; a plan whose
 * rows no longer give that digest, or cannot be read, is reported as a {@link PlanDamagedException}, never returned.
 */
public final class PlanStore {
    /** Every table below {@code plan}, children before their parents, so a replace can clear them in order. */
    private static final String[] CHILD_TABLES = {"round_score", "round_rater", "round_measure", "scoring_round",
        "score", "scenario_weight", "scenario", "rater", "timeline_entry",
        "peer_case_group", "peer_case", "problem", "significance", "evidence", "indicator", "measure_problem",
        "measure_dependency", "measure", "measure_group", "pillar", "weighting_point", "weighting_rank",
        "weighting_judgment", "criterion_level", "criterion", "tier", "budget_year"};

    private final Database db;
    private final Clock clock;
    private final ContentDigest digest;

    public PlanStore(Database db, Clock clock, ContentDigest digest) {
        this.db = db;
        this.clock = clock;
        this.digest = digest;
    }

    public List<PlanSummary> list() {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT p.id, p.title, p.updated_at,"
                         + " (SELECT COUNT(*) FROM measure m WHERE m.plan_id = p.id) FROM plan p ORDER BY p.id")) {
                List<PlanSummary> plans = new ArrayList<>();
                while (rs.next()) {
                    plans.add(new PlanSummary(rs.getLong(1), rs.getString(2), rs.getInt(4),
                            rs.getObject(3, OffsetDateTime.class).toInstant()));
                }
                return plans;
            }
        });
    }

    public Optional<StoredPlan> load(long id) {
        Optional<StoredPlan> loaded;
        String stored;
        try {
            record Read(Optional<StoredPlan> plan, String digest) {
            }
            Read read = db.read(c -> new Read(new PlanRowReader(c, id).read(), storedDigest(c, id)));
            loaded = read.plan();
            stored = read.digest();
        } catch (StoreException e) {
            if (StorageErrors.isCorruption(e)) {
                throw new PlanDamagedException(id, "its rows cannot be read: " + e.getMessage(), e);
            }
            throw e;
        }
        if (loaded.isPresent() && stored != null && !stored.equals(digest.of(loaded.get().plan()))) {
            throw new PlanDamagedException(id, "its content differs from what was saved (digest mismatch)", null);
        }
        return loaded;
    }

    /**
     * Stores the digest of every plan that has none (plans saved before schema 3), each in its own transaction;
     * they are taken as they are, since nothing recorded what they were before. Returns how many were sealed.
     */
    public int sealUndigested() {
        List<Long> ids = db.read(c -> {
            List<Long> found = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id FROM plan WHERE content_digest IS NULL ORDER BY id")) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
            return found;
        });
        for (long id : ids) {
            db.read(c -> new PlanRowReader(c, id).read()).ifPresent(p -> db.inTransaction(c -> {
                writeDigest(c, id, p.plan());
                return null;
            }));
        }
        return ids.size();
    }

    private static String storedDigest(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content_digest FROM plan WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void writeDigest(Connection c, long id, Plan plan) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET content_digest = ? WHERE id = ?")) {
            ps.setString(1, digest.of(plan));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Stores {@code plan} as a new plan and returns its id. */
    public long insert(Plan plan) {
        return db.inTransaction(c -> insertRows(c, plan));
    }

    private long insertRows(Connection c, Plan plan) throws SQLException {
        OffsetDateTime now = now();
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan (title, organization, description, summary,"
                + " fy_start, fy_end, budget_uniform, weighting_method, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            bindHead(ps, plan);
            ps.setObject(9, now);
            ps.setObject(10, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        new PlanRowWriter(c, id).writeContent(plan);
        writeDigest(c, id, plan);
        return id;
    }

    /**
     * Replaces the content of plan {@code id}, which the caller last read or wrote as {@code stored}. When only the
     * scores differ, and the stored digest shows the rows still hold {@code stored}, only the changed score rows are
     * written; otherwise the whole plan is rewritten. False if there is no such plan (nothing changed then).
     */
    public boolean replace(long id, Plan stored, Plan plan) {
        if (stored == null || !stored.withScores(List.of()).equals(plan.withScores(List.of()))) {
            return replace(id, plan);
        }
        String before = digest.of(stored);
        String after = digest.of(plan);
        Boolean done = db.inTransaction(c -> {
            if (!before.equals(storedDigest(c, id))) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE plan SET updated_at = ?, content_digest = ? WHERE id = ?")) {
                ps.setObject(1, now());
                ps.setString(2, after);
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            new PlanRowWriter(c, id).rewriteScores(stored.scores(), plan.scores());
            return Boolean.TRUE;
        });
        return done != null || replace(id, plan);
    }

    /** Replaces the content of plan {@code id}; false if there is no such plan (nothing changed then). */
    public boolean replace(long id, Plan plan) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET title = ?, organization = ?,"
                    + " description = ?, summary = ?, fy_start = ?, fy_end = ?, budget_uniform = ?,"
                    + " weighting_method = ?, updated_at = ? WHERE id = ?")) {
                bindHead(ps, plan);
                ps.setObject(9, now());
                ps.setLong(10, id);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            deleteContent(c, id);
            new PlanRowWriter(c, id).writeContent(plan);
            writeDigest(c, id, plan);
            return true;
        });
    }

    public boolean delete(long id) {
        return db.inTransaction(c -> {
            deleteContent(c, id);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM plan WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** A setting that is not part of any plan (e.g. whether the sample plan was loaded once). */
    public Optional<String> setting(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT setting_value FROM app_setting WHERE setting_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Inserts {@code plan} and records {@code key = value} in the same transaction; used for the first-start sample. */
    public long insertWithSetting(Plan plan, String key, String value) {
        return db.inTransaction(c -> {
            long id = insertRows(c, plan);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return id;
        });
    }

    private static void deleteContent(Connection c, long id) throws SQLException {
        // Explicit deletes in child-first order rather than relying on ON DELETE CASCADE alone, so a replace (which
        // keeps the plan row) clears every child table the same way on H2 and PostgreSQL.
        for (String table : CHILD_TABLES) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE plan_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
    }

    private static void bindHead(PreparedStatement ps, Plan plan) throws SQLException {
        PlanRowWriter.bind(ps, plan.title(), plan.organization(), plan.description(), plan.summary(),
                plan.fiscalYears().start(), plan.fiscalYears().end(), plan.budget().uniform(),
                plan.weighting().method().code());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
