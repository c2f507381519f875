package org.kaname.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.kaname.edit.Change;
import org.kaname.edit.EditTarget;

/**
 * Named, read-only versions of plans. A version is the plan's content as bytes the caller supplies (the service's
 * gzipped kaname-plan JSON), stored with their SHA-256 and the journal seq it includes, in one transaction with a
 * journal entry that records it. A version is never changed or replaced afterwards.
 */
public final class PlanVersions {
    private final SqlDatabase db;
    private final Clock clock;
    private final PartsCodec codec;

    public PlanVersions(SqlDatabase db, Clock clock, PartsCodec codec) {
        this.db = db;
        this.clock = clock;
        this.codec = codec;
    }

    /** The bytes and description of one version. */
    public record Content(PlanVersionInfo info, byte[] bytes) {
    }

    /** Stores a new version of plan {@code planId} and returns it; empty if there is no such plan. */
    public Optional<PlanVersionInfo> save(long planId, String name, String user, byte[] content) {
        return db.inTransaction(c -> {
            if (!planExists(c, planId)) {
                return Optional.empty();
            }
            int number;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COALESCE(MAX(version_number), 0) + 1 FROM plan_version WHERE plan_id = ?")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    number = rs.getInt(1);
                }
            }
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            long seq = PlanJournal.append(c, planId, now.toInstant(), new JournalRecord(user, "snapshot",
                    List.of(String.valueOf(number), name), EditTarget.PLAN, "", null, "", name), Change.NONE, codec);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_version (plan_id, version_number, name,"
                    + " created_at, user_name, journal_seq, content, content_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                PlanRowWriter.bind(ps, planId, number, name, now, user, seq, content, sha256(content));
                ps.executeUpdate();
            }
            return Optional.of(new PlanVersionInfo(planId, number, name, now.toInstant(), user, seq));
        });
    }

    /** The versions of plan {@code planId}, oldest first. */
    public List<PlanVersionInfo> list(long planId) {
        return db.read(c -> {
            List<PlanVersionInfo> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT version_number, name, created_at, user_name,"
                    + " journal_seq FROM plan_version WHERE plan_id = ? ORDER BY version_number")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(info(planId, rs));
                    }
                }
            }
            return found;
        });
    }

    /** One version's bytes, checked against their digest; a mismatch is a {@link PlanDamagedException}. */
    public Optional<Content> content(long planId, int number) {
        Optional<Content> found = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT version_number, name, created_at, user_name,"
                    + " journal_seq, content, content_digest FROM plan_version WHERE plan_id = ? AND version_number = ?")) {
                ps.setLong(1, planId);
                ps.setInt(2, number);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Content>empty();
                    }
                    byte[] bytes = rs.getBytes(6);
                    if (!sha256(bytes).equals(rs.getString(7))) {
                        throw new PlanDamagedException(planId, "version " + number
                                + " differs from what was saved (digest mismatch)", null);
                    }
                    return Optional.of(new Content(info(planId, rs), bytes));
                }
            }
        });
        return found;
    }

    // ---- a plan's versions as stored (PlanArchives: copying a plan to another database) ----

    /**
     * Every version of plan {@code planId}, every column as stored, oldest first; a version whose bytes no longer
     * match their digest is a {@link PlanDamagedException}, so a damaged version is never copied on.
     */
    static List<VersionRow> rows(Connection c, long planId) throws SQLException {
        List<VersionRow> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version_number, name, created_at, user_name,"
                + " journal_seq, content, content_digest FROM plan_version WHERE plan_id = ? ORDER BY version_number")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    VersionRow row = new VersionRow(rs.getInt(1), rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getLong(5),
                            rs.getBytes(6), rs.getString(7));
                    checkDigest(planId, row);
                    found.add(row);
                }
            }
        }
        return found;
    }

    /**
     * Inserts {@code rows} as plan {@code planId}'s versions, every column as given (inside the caller's
     * transaction); a row whose bytes do not match its digest is refused with a {@link PlanDamagedException}.
     */
    static void insertRows(Connection c, long planId, List<VersionRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_version (plan_id, version_number, name,"
                + " created_at, user_name, journal_seq, content, content_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (VersionRow r : rows) {
                checkDigest(planId, r);
                PlanRowWriter.bind(ps, planId, r.number(), r.name(), r.createdAt().atOffset(ZoneOffset.UTC), r.user(),
                        r.journalSeq(), r.content(), r.contentDigest());
                ps.executeUpdate();
            }
        }
    }

    private static void checkDigest(long planId, VersionRow row) {
        if (!sha256(row.content()).equals(row.contentDigest())) {
            throw new PlanDamagedException(planId, "version " + row.number()
                    + " differs from what was saved (digest mismatch)", null);
        }
    }

    private static PlanVersionInfo info(long planId, ResultSet rs) throws SQLException {
        return new PlanVersionInfo(planId, rs.getInt(1), rs.getString(2),
                rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getLong(5));
    }

    private static boolean planExists(Connection c, long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM plan WHERE id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
