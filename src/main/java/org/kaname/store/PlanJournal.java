package org.kaname.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kaname.edit.Cell;
import org.kaname.edit.CellChange;
import org.kaname.edit.Change;
import org.kaname.edit.EditTarget;
import org.kaname.edit.PlanPart;
import org.kaname.edit.PlanParts;
import org.kaname.edit.ScoreValues;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/**
 * A plan's journal: the append-only record of every change, written by {@link PlanStore} in the transaction of the
 * change, and read here for the history, undo across restarts and "who changed this score". A change of score cells
 * alone is one row per cell, so the history can be filtered by measure and rater; a change of other parts is one row
 * that keeps its cells with it.
 */
public final class PlanJournal {
    private static final char SEPARATOR = '\u001f';
    private static final int FORMAT = 1;
    private static final int MAX_TEXT = 4000;

    private final SqlDatabase db;
    private final PartsCodec codec;

    public PlanJournal(SqlDatabase db, PartsCodec codec) {
        this.db = db;
        this.codec = codec;
    }

    // ---- writing (inside the caller's transaction) ----

    /** Appends the rows of one action and returns its action seq (the seq of its first row). */
    static long append(Connection c, long planId, Instant now, JournalRecord record, Change change, PartsCodec codec)
            throws SQLException {
        long seq = lastSeq(c, planId) + 1;
        long action = seq;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal (plan_id, seq, action_seq, recorded_at,"
                + " user_name, edit_kind, arguments, measure_id, criterion_id, rater_id, before_value, after_value,"
                + " reason, refers_to, change_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            String args = clip(String.join(String.valueOf(SEPARATOR), record.arguments()));
            int pending = 0;
            if (!change.cellsOnly() || change.cells().isEmpty()) {
                EditTarget t = record.target();
                bindRow(ps, planId, seq++, action, now, record, args, t.measure(), t.criterion(), t.rater(),
                        record.partsBefore(), record.partsAfter(), encode(change, codec));
                ps.addBatch();
                pending++;
            } else {
                for (CellChange cc : change.cells()) {
                    Cell cell = cc.cell();
                    bindRow(ps, planId, seq++, action, now, record, args, cell.measure(), cell.criterion(),
                            cell.rater(), ScoreValues.text(cc.before()), ScoreValues.text(cc.after()),
                            encode(Change.ofCells(List.of(cc)), codec));
                    ps.addBatch();
                    if (++pending == 500) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        return action;
    }

    private static void bindRow(PreparedStatement ps, long planId, long seq, long action, Instant now,
                                JournalRecord r, String args, String measure, String criterion, String rater,
                                String before, String after, byte[] data) throws SQLException {
        ps.setLong(1, planId);
        ps.setLong(2, seq);
        ps.setLong(3, action);
        ps.setObject(4, now.atOffset(java.time.ZoneOffset.UTC));
        ps.setString(5, clip(r.user()));
        ps.setString(6, r.kind());
        ps.setString(7, args);
        ps.setString(8, measure);
        ps.setString(9, criterion);
        ps.setString(10, rater);
        ps.setString(11, clip(before));
        ps.setString(12, clip(after));
        ps.setString(13, r.reason());
        if (r.refersTo() == null) {
            ps.setNull(14, java.sql.Types.BIGINT);
        } else {
            ps.setLong(14, r.refersTo());
        }
        ps.setBytes(15, data);
    }

    private static String clip(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1) + "…";
    }

    static long lastSeq(Connection c, long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM journal WHERE plan_id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static boolean hasEntries(Connection c, long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM journal WHERE plan_id = ? FETCH FIRST 1 ROWS ONLY")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    // ---- a plan's whole journal as stored (PlanArchives: copying a plan to another database) ----

    /** Every row of plan {@code planId}'s journal, every column as stored, oldest first. */
    static List<JournalRow> rows(Connection c, long planId) throws SQLException {
        List<JournalRow> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, action_seq, recorded_at, user_name, edit_kind,"
                + " arguments, measure_id, criterion_id, rater_id, before_value, after_value, reason, refers_to,"
                + " change_data FROM journal WHERE plan_id = ? ORDER BY seq")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new JournalRow(rs.getLong(1), rs.getLong(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getString(12), rs.getObject(13, Long.class), rs.getBytes(14)));
                }
            }
        }
        return found;
    }

    /** Inserts {@code rows} as plan {@code planId}'s journal, every column as given (inside the caller's transaction). */
    static void insertRows(Connection c, long planId, List<JournalRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal (plan_id, seq, action_seq, recorded_at,"
                + " user_name, edit_kind, arguments, measure_id, criterion_id, rater_id, before_value, after_value,"
                + " reason, refers_to, change_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (JournalRow r : rows) {
                ps.setLong(1, planId);
                ps.setLong(2, r.seq());
                ps.setLong(3, r.actionSeq());
                ps.setObject(4, r.recordedAt().atOffset(java.time.ZoneOffset.UTC));
                ps.setString(5, r.user());
                ps.setString(6, r.kind());
                ps.setString(7, r.arguments());
                ps.setString(8, r.measure());
                ps.setString(9, r.criterion());
                ps.setString(10, r.rater());
                ps.setString(11, r.before());
                ps.setString(12, r.after());
                ps.setString(13, r.reason());
                if (r.refersTo() == null) {
                    ps.setNull(14, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(14, r.refersTo());
                }
                byte[] data = r.changeData();
                if (data == null) {
                    ps.setNull(15, java.sql.Types.VARBINARY);
                } else {
                    ps.setBytes(15, data);
                }
                ps.addBatch();
                if (++pending == 500) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    // ---- reading ----

    /** The newest seq of the plan's journal, 0 when it has none. */
    public long lastSeq(long planId) {
        return db.read(c -> lastSeq(c, planId));
    }

    /** The rows that match, oldest first: the newest {@code filter.limit()} of them. */
    public List<JournalEntry> entries(long planId, JournalFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT seq, action_seq, recorded_at, user_name, edit_kind, arguments,"
                + " measure_id, criterion_id, rater_id, before_value, after_value, reason, refers_to"
                + " FROM journal WHERE plan_id = ?");
        List<Object> args = new ArrayList<>(List.of(planId));
        condition(sql, args, "measure_id", filter.measure());
        condition(sql, args, "rater_id", filter.rater());
        condition(sql, args, "user_name", filter.user());
        condition(sql, args, "edit_kind", filter.kind());
        sql.append(" ORDER BY seq DESC");
        if (filter.limit() != JournalFilter.NO_LIMIT) {
            sql.append(" FETCH FIRST ").append(Math.max(0, filter.limit())).append(" ROWS ONLY");
        }
        List<JournalEntry> rows = db.read(c -> {
            List<JournalEntry> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                PlanRowWriter.bind(ps, args.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new JournalEntry(rs.getLong(1), rs.getLong(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5),
                                arguments(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), rs.getString(11), rs.getString(12),
                                rs.getObject(13, Long.class)));
                    }
                }
            }
            return found;
        });
        Collections.reverse(rows);
        return rows;
    }

    private static void condition(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }

    /** Everyone the plan's journal names as having changed it, in name order (for the history's person filter). */
    public List<String> users(long planId) {
        return db.read(c -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT user_name FROM journal WHERE plan_id = ? ORDER BY user_name")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                }
            }
            return found;
        });
    }

    /** The first row of every action, oldest first. */
    public List<ActionHead> actions(long planId) {
        return db.read(c -> {
            List<ActionHead> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, edit_kind, arguments, refers_to FROM journal"
                    + " WHERE plan_id = ? AND seq = action_seq ORDER BY seq")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new ActionHead(rs.getLong(1), rs.getString(2), arguments(rs.getString(3)),
                                rs.getObject(4, Long.class)));
                    }
                }
            }
            return found;
        });
    }

    /** The whole change of the action that starts at {@code actionSeq}, or of the single row {@code seq}. */
    public Change change(long planId, long seq, boolean wholeAction) {
        return db.read(c -> {
            String sql = wholeAction
                    ? "SELECT change_data FROM journal WHERE plan_id = ? AND action_seq = ? ORDER BY seq"
                    : "SELECT change_data FROM journal WHERE plan_id = ? AND seq = ?";
            List<Change> parts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, planId);
                ps.setLong(2, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byte[] data = rs.getBytes(1);
                        if (data != null) {
                            parts.add(decode(data, codec));
                        }
                    }
                }
            }
            return merge(parts);
        });
    }

    /**
     * Every action journaled after seq {@code afterSeq}, oldest first, each with its whole change as stored: what a
     * session that has seen the plan up to {@code afterSeq} applies to catch up with everyone else's changes.
     */
    public List<JournalChange> since(long planId, long afterSeq) {
        return db.read(c -> {
            List<JournalChange> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, action_seq, user_name, change_data"
                    + " FROM journal WHERE plan_id = ? AND seq > ? ORDER BY seq")) {
                PlanRowWriter.bind(ps, planId, afterSeq);
                try (ResultSet rs = ps.executeQuery()) {
                    long action = -1;
                    long last = -1;
                    String user = "";
                    List<Change> parts = new ArrayList<>();
                    while (rs.next()) {
                        if (rs.getLong(2) != action && !parts.isEmpty()) {
                            found.add(new JournalChange(last, merge(parts), user, action));
                            parts = new ArrayList<>();
                        }
                        last = rs.getLong(1);
                        action = rs.getLong(2);
                        user = rs.getString(3);
                        byte[] data = rs.getBytes(4);
                        parts.add(data == null ? Change.NONE : decode(data, codec));
                    }
                    if (!parts.isEmpty()) {
                        found.add(new JournalChange(last, merge(parts), user, action));
                    }
                }
            }
            return found;
        });
    }

    /** Who wrote a journal row, and when. */
    record Touch(String user, Instant time) {
        static final Touch UNKNOWN = new Touch("", null);
    }

    /** Who changed the score cell last, and when, inside the caller's transaction. */
    static Touch lastTouch(Connection c, long planId, Cell cell) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT user_name, recorded_at FROM journal"
                + " WHERE plan_id = ? AND measure_id = ? AND criterion_id = ? AND rater_id = ?"
                + " ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
            PlanRowWriter.bind(ps, planId, cell.measure(), cell.criterion(), cell.rater());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Touch(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant())
                        : Touch.UNKNOWN;
            }
        }
    }

    /**
     * Who changed {@code part} last, and when: the newest of the plan's recent rows whose change names it (only the
     * head of each row's change data is read, not its parts).
     */
    static Touch lastTouch(Connection c, long planId, PlanPart part) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT user_name, recorded_at, change_data FROM journal"
                + " WHERE plan_id = ? ORDER BY seq DESC FETCH FIRST 500 ROWS ONLY")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] data = rs.getBytes(3);
                    if (data != null && partsNamed(data).contains(part)) {
                        return new Touch(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
                    }
                }
            }
        }
        return Touch.UNKNOWN;
    }

    private static Set<PlanPart> partsNamed(byte[] data) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
            Set<PlanPart> parts = EnumSet.noneOf(PlanPart.class);
            if (in.readUnsignedByte() == FORMAT) {
                int n = in.readShort();
                for (int i = 0; i < n; i++) {
                    parts.add(PlanPart.valueOf(in.readUTF()));
                }
            }
            return parts;
        } catch (IOException | IllegalArgumentException e) {
            return Set.of();
        }
    }

    /**
     * For every score cell changed after journal seq {@code after} up to {@code upTo} (inclusive), who changed it last:
     * the "changed by" of a comparison between two versions.
     */
    public Map<Cell, String> lastAuthors(long planId, long after, long upTo) {
        return db.read(c -> {
            Map<Cell, String> authors = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT measure_id, criterion_id, rater_id, user_name"
                    + " FROM journal WHERE plan_id = ? AND seq > ? AND seq <= ? AND measure_id IS NOT NULL"
                    + " AND criterion_id IS NOT NULL AND rater_id IS NOT NULL ORDER BY seq")) {
                PlanRowWriter.bind(ps, planId, after, upTo);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        authors.put(new Cell(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4));
                    }
                }
            }
            return authors;
        });
    }

    private static List<String> arguments(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1));
    }

    // ---- change data ----

    private static Change merge(List<Change> changes) {
        if (changes.size() == 1) {
            return changes.get(0);
        }
        PlanParts before = PlanParts.NONE;
        PlanParts after = PlanParts.NONE;
        List<CellChange> cells = new ArrayList<>();
        for (Change ch : changes) {
            if (!ch.cellsOnly()) {
                before = ch.before();
                after = ch.after();
            }
            cells.addAll(ch.cells());
        }
        return new Change(before, after, cells);
    }

    static byte[] encode(Change change, PartsCodec codec) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(FORMAT);
            Set<PlanPart> parts = change.parts();
            out.writeShort(parts.size());
            for (PlanPart p : parts) {
                out.writeUTF(p.name());
            }
            if (!parts.isEmpty()) {
                writeBytes(out, codec.encode(change.before().alone()));
                writeBytes(out, codec.encode(change.after().alone()));
            }
            out.writeInt(change.cells().size());
            for (CellChange cc : change.cells()) {
                out.writeUTF(cc.cell().measure());
                out.writeUTF(cc.cell().criterion());
                out.writeUTF(cc.cell().rater());
                writeScore(out, cc.before());
                writeScore(out, cc.after());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Change decode(byte[] data, PartsCodec codec) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
            int format = in.readUnsignedByte();
            if (format != FORMAT) {
                throw new IOException("unknown journal change format " + format);
            }
            Set<PlanPart> parts = EnumSet.noneOf(PlanPart.class);
            int n = in.readShort();
            for (int i = 0; i < n; i++) {
                parts.add(PlanPart.valueOf(in.readUTF()));
            }
            PlanParts before = PlanParts.NONE;
            PlanParts after = PlanParts.NONE;
            if (!parts.isEmpty()) {
                before = new PlanParts(codec.decode(readBytes(in)), parts);
                after = new PlanParts(codec.decode(readBytes(in)), parts);
            }
            int cells = in.readInt();
            List<CellChange> changes = new ArrayList<>(cells);
            for (int i = 0; i < cells; i++) {
                Cell cell = new Cell(in.readUTF(), in.readUTF(), in.readUTF());
                changes.add(new CellChange(cell, readScore(in, cell), readScore(in, cell)));
            }
            return new Change(before, after, changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        return in.readNBytes(in.readInt());
    }

    private static void writeScore(DataOutputStream out, Score s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeDouble(s.value());
            out.writeLong(s.time() == null ? Long.MIN_VALUE : ChronoUnit.MICROS.between(Instant.EPOCH, s.time()));
            writeBytes(out, s.note().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Score readScore(DataInputStream in, Cell cell) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        double value = in.readDouble();
        long micros = in.readLong();
        String note = new String(readBytes(in), StandardCharsets.UTF_8);
        return new Score(cell.measure(), cell.criterion(), cell.rater(), value, note,
                micros == Long.MIN_VALUE ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
    }
}
