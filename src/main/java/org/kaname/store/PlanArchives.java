package org.kaname.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.kaname.model.Plan;

/**
 * Reads a whole plan out of one database as a {@link PlanArchive} and writes it into another as a new plan: its
 * content through the same row writer as any new plan, its journal and versions row by row as they were stored (same
 * seqs, times, users, change data, version bytes and digests). Reading checks the plan's digest, its score blocks
 * and every version's digest, so damage is never carried over; writing is one transaction, so a copy refused half-way
 * leaves the target as it was.
 */
public final class PlanArchives {
    /** How often a read is retried when others commit changes to the plan while it is being read. */
    private static final int READ_ATTEMPTS = 5;

    private final SqlDatabase db;
    private final ContentDigest digest;

    public PlanArchives(SqlDatabase db, ContentDigest digest) {
        this.db = db;
        this.digest = digest;
    }

    /**
     * Plan {@code id} with its journal and versions, as one consistent state; empty if there is no such plan. A
     * database server runs reads at read-committed, so a change committed while the rows are read is detected by the
     * journal's newest seq (every change appends to it) and the read done again.
     */
    public Optional<PlanArchive> read(long id) {
        for (int attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
            Read read;
            try {
                read = db.read(c -> readOnce(c, id));
            } catch (ScoreBlocks.DamagedBlockException e) {
                throw new PlanDamagedException(id, e.getMessage(), e);
            } catch (StoreException e) {
                if (StorageErrors.isCorruption(e)) {
                    throw new PlanDamagedException(id, "its rows cannot be read: " + e.getMessage(), e);
                }
                throw e;
            }
            if (!read.stable()) {
                continue;
            }
            if (read.archive() == null) {
                return Optional.empty();
            }
            if (read.storedDigest() != null && !read.storedDigest().equals(digest.of(read.archive().plan()))) {
                throw new PlanDamagedException(id, "its content differs from what was saved (digest mismatch)", null);
            }
            return Optional.of(read.archive());
        }
        throw new StoreException("plan " + id + " kept changing while it was read for a copy (" + READ_ATTEMPTS
                + " attempts); try again when fewer people are editing it", null);
    }

    /** One read: the archive (null: no such plan), its stored digest, and whether no change was committed meanwhile. */
    private record Read(PlanArchive archive, String storedDigest, boolean stable) {
    }

    private static Read readOnce(Connection c, long id) throws SQLException {
        long lastSeq = PlanJournal.lastSeq(c, id);
        Optional<StoredPlan> stored = new PlanRowReader(c, id).read();
        if (stored.isEmpty()) {
            return new Read(null, null, PlanJournal.lastSeq(c, id) == lastSeq);
        }
        Instant created;
        String storedDigest;
        try (PreparedStatement ps = c.prepareStatement("SELECT created_at, content_digest FROM plan WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Read(null, null, false);
                }
                created = rs.getObject(1, OffsetDateTime.class).toInstant();
                storedDigest = rs.getString(2);
            }
        }
        PlanArchive archive = new PlanArchive(id, stored.get().plan(), created, stored.get().updatedAt(),
                PlanJournal.rows(c, id), PlanVersions.rows(c, id));
        return new Read(archive, storedDigest, PlanJournal.lastSeq(c, id) == lastSeq);
    }

    /**
     * Stores {@code archive} as a new plan and returns its id: the plan row (its created and updated times kept), its
     * content, every journal row and every version, in one transaction. Any failure (a version whose bytes do not
     * match their digest, a row the database refuses) rolls it all back.
     */
    public long write(PlanArchive archive) {
        return db.inTransaction(c -> {
            long id = insertPlanRow(c, archive);
            new PlanRowWriter(c, id).writeContent(archive.plan());
            PlanJournal.insertRows(c, id, archive.journal());
            PlanVersions.insertRows(c, id, archive.versions());
            return id;
        });
    }

    private long insertPlanRow(Connection c, PlanArchive archive) throws SQLException {
        Plan plan = archive.plan();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan (title, organization, description, summary,"
                + " fy_start, fy_end, budget_uniform, weighting_method, created_at, updated_at, content_digest)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            PlanRowWriter.bind(ps, plan.title(), plan.organization(), plan.description(), plan.summary(),
                    plan.fiscalYears().start(), plan.fiscalYears().end(), plan.budget().uniform(),
                    plan.weighting().method().code(), archive.createdAt().atOffset(ZoneOffset.UTC),
                    archive.updatedAt().atOffset(ZoneOffset.UTC), digest.of(plan));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
