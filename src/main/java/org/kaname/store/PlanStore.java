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
import org.kaname.edit.Change;
import org.kaname.edit.PartsText;
import org.kaname.edit.PlanPart;
import org.kaname.edit.PlanParts;
import org.kaname.model.IndicatorIds;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/**
 * Plans in the database. Each public method is one transaction. A plan is inserted or deleted whole; after that it
 * changes by {@link #apply}: a {@link Change} writes only the rows of the parts and the score blocks it touches, with
 * its journal rows, in one transaction. Each plan is stored with the {@link ContentDigest} of its parts and a checksum
 * on each score block; a plan whose rows no longer match them, or cannot be read, is reported as a
 * {@link PlanDamagedException}, never returned.
 */
public final class PlanStore {
    /** The PostgreSQL notification channel on which every change of a plan is announced as "planId:seq". */
    public static final String PLAN_CHANNEL = "kaname_plan";
    /** Every table below {@code plan}, children before their parents, so a replace can clear them in order. */
    private static final String[] CHILD_TABLES = {"plan_version", "journal", "evaluation", "grade_step",
        "plan_follow_up", "score_block", "round_score", "round_rater", "round_measure", "scoring_round", "score",
        "scenario_weight", "scenario", "rater", "timeline_entry", "peer_case_group", "peer_case", "problem",
        "significance", "evidence", "indicator_target", "indicator_actual", "indicator", "measure_cost_item",
        "measure_year_cost", "measure_problem", "measure_dependency", "measure", "measure_group", "pillar",
        "weighting_point", "weighting_rank", "weighting_judgment", "criterion_level", "criterion", "tier",
        "budget_year"};

    private final SqlDatabase db;
    private final Clock clock;
    private final ContentDigest digest;
    private final PartsCodec codec;
    private final PartsMerge merge;

    /** A store that merges no concurrent change of parts: any is a conflict (for tests that build a store). */
    public PlanStore(SqlDatabase db, Clock clock, ContentDigest digest, PartsCodec codec) {
        this(db, clock, digest, codec, PartsMerge.NONE);
    }

    public PlanStore(SqlDatabase db, Clock clock, ContentDigest digest, PartsCodec codec, PartsMerge merge) {
        this.db = db;
        this.clock = clock;
        this.digest = digest;
        this.codec = codec;
        this.merge = merge;
    }

    /** How this store merges concurrent changes of parts; a shared editor's undo uses it too. */
    public PartsMerge partsMerge() {
        return merge;
    }

    public SqlDatabase database() {
        return db;
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
        return load(id, null);
    }

    /**
     * Plan {@code id} with only the scores of the measures in {@code scoresOf} (all its other parts, checked by the
     * digest, and those blocks, checked by theirs): what a change of a few cells needs, without reading 300,000
     * scores. Such a plan must only be changed by cell changes of those measures. Null reads every score.
     */
    public Optional<StoredPlan> load(long id, java.util.Set<String> scoresOf) {
        Optional<StoredPlan> loaded;
        String stored;
        try {
            record Read(Optional<StoredPlan> plan, String digest) {
            }
            Read read = db.read(c -> new Read(new PlanRowReader(c, id, scoresOf).read(), storedDigest(c, id)));
            loaded = read.plan();
            stored = read.digest();
        } catch (ScoreBlocks.DamagedBlockException e) {
            throw new PlanDamagedException(id, e.getMessage(), e);
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
     * Set by migration V6 and removed once every plan has been given its indicator ids: plans stored before schema 6
     * have indicators without ids (indicator_key '').
     */
    static final String INDICATOR_IDS_PENDING = "upgrade.indicator-ids";

    /**
     * Brings plans stored before the current schema up to date, each in its own transaction. Before schema 4: their
     * scores move from the table {@code score} into score blocks and their history starts with one "migrated" entry
     * by {@code user} (a plan is upgraded so when it has no journal yet). Before schema 6: their indicators get ids
     * exactly as {@link IndicatorIds#assignMissing} gives them ({@code S1-KGI-1}, in plan order), once, right after
     * the migration. Either way the digest is recomputed, after checking the stored one (schema 3's or the current
     * form's), so a plan damaged before the upgrade stays reported as damaged. Returns how many plans were upgraded.
     */
    public int upgradeLegacy(String user) {
        record Pending(List<Long> ids, java.util.Set<Long> withoutJournal, boolean indicatorIds) {
        }
        Pending pending = db.read(c -> {
            java.util.Set<Long> withoutJournal = new java.util.TreeSet<>(longs(c, "SELECT id FROM plan p WHERE NOT"
                    + " EXISTS (SELECT 1 FROM journal j WHERE j.plan_id = p.id)"));
            boolean indicatorIds = settingIn(c, INDICATOR_IDS_PENDING).isPresent();
            java.util.Set<Long> all = new java.util.TreeSet<>(withoutJournal);
            if (indicatorIds) {
                all.addAll(longs(c, "SELECT DISTINCT plan_id FROM indicator WHERE indicator_key = ''"));
            }
            return new Pending(List.copyOf(all), withoutJournal, indicatorIds);
        });
        for (long id : pending.ids()) {
            db.inTransaction(c -> {
                PlanRowReader reader = new PlanRowReader(c, id);
                Optional<StoredPlan> read = reader.read();
                if (read.isEmpty()) {
                    return null;
                }
                List<Score> legacy = reader.legacyScores();
                Plan plan = legacy.isEmpty() ? read.get().plan() : read.get().plan().withScores(legacy);
                String stored = storedDigest(c, id);
                boolean intact = stored == null || stored.equals(digest.legacy(plan))
                        || stored.equals(digest.of(plan));
                if (!legacy.isEmpty()) {
                    ScoreBlocks.deleteAll(c, id);
                    ScoreBlocks.insertAll(c, id, legacy);
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM score WHERE plan_id = ?")) {
                        ps.setLong(1, id);
                        ps.executeUpdate();
                    }
                }
                Plan upgraded = pending.indicatorIds() ? IndicatorIds.assignMissing(plan) : plan;
                if (upgraded != plan) {
                    writeIndicatorIds(c, id, upgraded);
                }
                if (intact) {
                    writeDigest(c, id, upgraded);
                }
                if (pending.withoutJournal().contains(id)) {
                    PlanJournal.append(c, id, clock.instant(), new JournalRecord(user, "migrated", List.of(),
                            org.kaname.edit.EditTarget.PLAN, "", null, "", ""), Change.NONE, codec);
                }
                return null;
            });
        }
        if (pending.indicatorIds()) {
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM app_setting WHERE setting_key = ?")) {
                    ps.setString(1, INDICATOR_IDS_PENDING);
                    ps.executeUpdate();
                }
                return null;
            });
        }
        return pending.ids().size();
    }

    /** Sets the key of every indicator of {@code plan}'s groups and measures (rows keyed by owner and position). */
    private static void writeIndicatorIds(Connection c, long id, Plan plan) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE indicator SET indicator_key = ? WHERE plan_id = ?"
                + " AND owner_kind = ? AND owner_id = ? AND position = ?")) {
            for (org.kaname.model.MeasureGroup g : plan.groups()) {
                int i = 0;
                for (org.kaname.model.Indicator ind : g.indicators()) {
                    PlanRowWriter.batch(ps, ind.id(), id, OwnerKind.GROUP.code(), g.id(), i++);
                }
            }
            for (org.kaname.model.Measure m : plan.measures()) {
                int i = 0;
                for (org.kaname.model.Indicator ind : m.indicators()) {
                    PlanRowWriter.batch(ps, ind.id(), id, OwnerKind.MEASURE.code(), m.id(), i++);
                }
            }
            ps.executeBatch();
        }
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> found = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                found.add(rs.getLong(1));
            }
        }
        return found;
    }

    private static Optional<String> settingIn(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM app_setting WHERE setting_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
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

    /** Stores {@code plan} as a new plan, its history starting with {@code record}, and returns its id. */
    public long insert(Plan plan, JournalRecord record) {
        return db.inTransaction(c -> insertRows(c, plan, record));
    }

    private long insertRows(Connection c, Plan plan, JournalRecord record) throws SQLException {
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
        notifyChanged(c, id, PlanJournal.append(c, id, now.toInstant(), record, Change.NONE, codec));
        return id;
    }

    /**
     * Makes {@code change} to plan {@code id} and journals it as {@code record}, in one transaction: the rows of the
     * parts it replaces (from {@code after}, the plan with the change made), the score blocks of the measures whose
     * cells it changes, the digest if parts changed, and the journal rows. Returns the action's journal seq, or empty
     * if there is no such plan (nothing changed then).
     *
     * <p>Someone else may have changed the plan since {@code after} was read (another session on a shared server).
     * Each value the change replaces is therefore compared with what is stored now, under the plan row's lock: a
     * score cell must hold the change's before (or already its after); a part must equal its before, else the change
     * is merged into it ({@link PartsMerge}: other items and fields kept). A value someone else changed to something
     * else is a conflict: then nothing is written and a {@link ValueConflictException} lists each one with who
     * changed it and when. What is journaled is what was really written: before = what was stored.
     */
    public java.util.OptionalLong apply(long id, Plan after, Change change, JournalRecord record) {
        return db.inTransaction(c -> {
            // Taken first: on a server it row-locks the plan, so this change sees every change committed before it.
            try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET updated_at = ? WHERE id = ?")) {
                ps.setObject(1, now());
                ps.setLong(2, id);
                if (ps.executeUpdate() == 0) {
                    return java.util.OptionalLong.empty();
                }
            }
            List<ValueConflict> conflicts = new ArrayList<>();
            Written parts = change.cellsOnly() ? null : partsToWrite(c, id, after, change, conflicts);
            ScoreBlocks.Checked cells = ScoreBlocks.apply(c, id, change.cells());
            for (ScoreBlocks.CellConflict cc : cells.conflicts()) {
                conflicts.add(conflict(c, id, cc));
            }
            if (!conflicts.isEmpty()) {
                throw new ValueConflictException(conflicts);
            }
            Change written = change;
            JournalRecord journaled = record;
            if (parts != null) {
                writeParts(c, id, change, parts);
                written = new Change(parts.before(), parts.after(), cells.applied());
                if (parts.merged()) {
                    journaled = new JournalRecord(record.user(), record.kind(), record.arguments(), record.target(),
                            record.reason(), record.refersTo(), PartsText.of(parts.before(), parts.after()),
                            PartsText.of(parts.after(), parts.before()));
                }
            } else {
                written = Change.ofCells(cells.applied());
            }
            long seq = PlanJournal.append(c, id, clock.instant(), journaled, written, codec);
            notifyChanged(c, id, seq + journalRows(written) - 1);
            return java.util.OptionalLong.of(seq);
        });
    }

    /**
     * The parts to write: {@code before} as stored, {@code after} as they will be, and the whole plan after them
     * (without scores) for the digest. {@code merged} when someone else's change was merged in.
     */
    private record Written(PlanParts before, PlanParts after, Plan plan, boolean merged) {
    }

    /**
     * What the change's parts become, given what is stored now. When the stored digest is that of the plan the
     * change was made to, nobody else changed any part since (the usual case, and the only one on one PC), and the
     * change is written as it is. Otherwise the stored plan (without scores) is read, each part the change replaces
     * that differs from its before is merged, and the plan that results is checked as a whole.
     */
    private Written partsToWrite(Connection c, long id, Plan after, Change change, List<ValueConflict> conflicts)
            throws SQLException {
        Plan seen = change.before().applyTo(after);
        String stored = storedDigest(c, id);
        if (stored != null && stored.equals(digest.of(seen))) {
            return new Written(change.before(), change.after(), after, false);
        }
        Plan now = new PlanRowReader(c, id, java.util.Set.of()).read().orElseThrow().plan();
        java.util.Set<PlanPart> moved = java.util.EnumSet.noneOf(PlanPart.class);
        moved.addAll(PlanParts.differing(now, seen));
        moved.retainAll(change.parts());
        Plan mine = after;
        if (!moved.isEmpty()) {
            PartsMerge.Result result = merge.merge(moved, seen, after, now);
            for (PartsMerge.Conflict pc : result.conflicts()) {
                PlanJournal.Touch touch = PlanJournal.lastTouch(c, id, pc.part());
                conflicts.add(new ValueConflict(pc.target(), pc.mine(), pc.theirs(), touch.user(), touch.time()));
            }
            mine = PlanParts.of(result.merged(), moved).applyTo(after);
        }
        Plan written = PlanParts.of(mine, change.parts()).applyTo(now);
        if (conflicts.isEmpty()) {
            merge.problem(written).ifPresent(problem -> conflicts.add(new ValueConflict(problem,
                    PartsText.of(change.after(), change.before()), "", "", null)));
        }
        return new Written(PlanParts.of(now, change.parts()), PlanParts.of(written, change.parts()), written,
                !moved.isEmpty());
    }

    private void writeParts(Connection c, long id, Change change, Written parts) throws SQLException {
        Plan written = parts.plan();
        if (change.parts().contains(PlanPart.HEAD) || change.parts().contains(PlanPart.WEIGHTING)) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET title = ?, organization = ?,"
                    + " description = ?, summary = ?, fy_start = ?, fy_end = ?, budget_uniform = ?,"
                    + " weighting_method = ? WHERE id = ?")) {
                bindHead(ps, written);
                ps.setLong(9, id);
                ps.executeUpdate();
            }
        }
        PlanRowWriter writer = new PlanRowWriter(c, id);
        for (PlanPart part : change.parts()) {
            if (part == PlanPart.HEAD) {
                writer.deletePart(PlanPart.HEAD);
                writer.writeBudget(written);
            } else {
                writer.rewritePart(part, parts.before().source(), written);
            }
        }
        writeDigest(c, id, written);
    }

    /** A cell conflict in words: the measure, criterion and rater by name, with who stored the value and when. */
    private static ValueConflict conflict(Connection c, long id, ScoreBlocks.CellConflict cc) throws SQLException {
        org.kaname.edit.Cell cell = cc.mine().cell();
        String target = cell.measure() + " / " + nameOf(c, "criterion", "name", id, cell.criterion()) + " / "
                + nameOf(c, "rater", "name", id, cell.rater());
        PlanJournal.Touch touch = PlanJournal.lastTouch(c, id, cell);
        return new ValueConflict(target, scoreText(cc.mine().after()), scoreText(cc.stored()), touch.user(),
                touch.time());
    }

    private static String nameOf(Connection c, String table, String column, long planId, String itemId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM " + table
                + " WHERE plan_id = ? AND id = ?")) {
            PlanRowWriter.bind(ps, planId, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null && !rs.getString(1).isBlank() ? rs.getString(1) : itemId;
            }
        }
    }

    /** A score as a person reads it: the value, and its note in brackets; empty for no score. */
    static String scoreText(Score s) {
        if (s == null) {
            return "";
        }
        String value = org.kaname.edit.ScoreValues.text(s);
        return s.note().isEmpty() ? value : value + "（" + s.note() + "）";
    }

    /** How many journal rows {@link PlanJournal#append} writes for {@code change}. */
    private static int journalRows(Change change) {
        return change.cellsOnly() && !change.cells().isEmpty() ? change.cells().size() : 1;
    }

    /**
     * Tells other sessions on a PostgreSQL server that the plan changed (payload "planId:seq"); PostgreSQL delivers
     * it when this transaction commits, and never if it rolls back. Nothing to do on H2, which one PC uses.
     */
    private void notifyChanged(Connection c, long id, long seq) throws SQLException {
        if (db.dialect() != Dialect.POSTGRESQL) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, PLAN_CHANNEL);
            ps.setString(2, id + ":" + seq);
            ps.execute();
        }
    }

    public boolean delete(long id) {
        return db.inTransaction(c -> {
            if (db.dialect() == Dialect.H2) {
                deleteContent(c, id);
            }
            // On PostgreSQL the plan's rows go by the foreign keys' ON DELETE CASCADE alone: the journal and the
            // versions are append-only there (no DELETE privilege, db/postgresql/V6_1__shared_roles.sql), and the
            // cascade, which the server runs as the tables' owner, is the one way they are removed with their plan.
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM plan WHERE id = ?")) {
                ps.setLong(1, id);
                boolean deleted = ps.executeUpdate() > 0;
                if (deleted) {
                    notifyChanged(c, id, 0);
                }
                return deleted;
            }
        });
    }

    /** A setting that is not part of any plan (e.g. whether the sample plan was loaded once). */
    public Optional<String> setting(String key) {
        return db.read(c -> settingIn(c, key));
    }

    /** Stores {@code key = value} (an app setting such as the display name for the journal). */
    public void putSetting(String key, String value) {
        db.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM app_setting WHERE setting_key = ?");
                 PreparedStatement ins = c.prepareStatement(
                         "INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)")) {
                del.setString(1, key);
                del.executeUpdate();
                ins.setString(1, key);
                ins.setString(2, value);
                ins.executeUpdate();
            }
            return null;
        });
    }

    /** Inserts {@code plan} and records {@code key = value} in the same transaction; used for the first-start sample. */
    public long insertWithSetting(Plan plan, JournalRecord record, String key, String value) {
        return db.inTransaction(c -> {
            long id = insertRows(c, plan, record);
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
