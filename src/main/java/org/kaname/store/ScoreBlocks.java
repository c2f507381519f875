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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.kaname.edit.Cell;
import org.kaname.edit.CellChange;
import org.kaname.model.Score;

/**
 * A plan's scores, stored as one row per measure ({@code score_block}): the measure's scores, all raters and criteria,
 * packed in one binary value with a CRC-32C beside it. A 2,000-measure plan with 30 raters is 2,000 rows rather than
 * 300,000, which is what lets it import, open and rank in about the time the JVM takes to start; changing one cell
 * rewrites its measure's row (a few kilobytes), in the same transaction as the journal entry that records it. See
 * docs/decisions/0007-edits-journal-versions.md.
 */
final class ScoreBlocks {
    private static final int FORMAT = 1;
    private static final long NO_TIME = Long.MIN_VALUE;
    private static final int BATCH = 500;

    private ScoreBlocks() {
    }

    /** A block read from the database that is not what was written: its bytes no longer match their checksum. */
    static final class DamagedBlockException extends RuntimeException {
        DamagedBlockException(String measure) {
            super("the scores of measure " + measure + " do not match their checksum");
        }
    }

    /** Inserts the blocks of {@code scores} for a plan with none yet, in batches. */
    static void insertAll(Connection c, long planId, List<Score> scores) throws SQLException {
        Map<String, List<Score>> byMeasure = byMeasure(scores);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO score_block (plan_id, measure_id, score_count,"
                + " scores, checksum) VALUES (?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<String, List<Score>> e : byMeasure.entrySet()) {
                byte[] bytes = encode(e.getValue());
                PlanRowWriter.batch(ps, planId, e.getKey(), e.getValue().size(), bytes, checksum(bytes));
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /**
     * A cell whose stored score is neither what the change replaces nor what it makes: someone else changed it
     * meanwhile.
     */
    record CellConflict(CellChange mine, Score stored) {
    }

    /** The cells as really changed (before = the stored score), or the conflicts, when there are any. */
    record Checked(List<CellChange> applied, List<CellConflict> conflicts) {
    }

    /**
     * Writes the changed cells: each touched measure's block is read (locked for update), changed and written back
     * (or removed if empty). Each cell's stored score must be the change's before, or already its after (value and
     * note; the time is not compared, since a stored time is cut to microseconds): otherwise that cell is a conflict,
     * and when there is any, nothing is written and the conflicts are returned.
     */
    static Checked apply(Connection c, long planId, List<CellChange> cells) throws SQLException {
        Map<String, List<CellChange>> byMeasure = new LinkedHashMap<>();
        for (CellChange cc : cells) {
            byMeasure.computeIfAbsent(cc.cell().measure(), k -> new ArrayList<>()).add(cc);
        }
        Map<String, List<Score>> stored = new LinkedHashMap<>();
        List<CellChange> applied = new ArrayList<>(cells.size());
        List<CellConflict> conflicts = new ArrayList<>();
        for (Map.Entry<String, List<CellChange>> e : byMeasure.entrySet()) {
            List<Score> scores = read(c, planId, e.getKey());
            stored.put(e.getKey(), scores);
            Map<Cell, Score> byCell = new HashMap<>();
            if (scores != null) {
                scores.forEach(s -> byCell.put(Cell.of(s), s));
            }
            for (CellChange cc : e.getValue()) {
                Score now = byCell.get(cc.cell());
                if (Score.sameValue(now, cc.before()) || Score.sameValue(now, cc.after())) {
                    applied.add(new CellChange(cc.cell(), now, cc.after()));
                } else {
                    conflicts.add(new CellConflict(cc, now));
                }
            }
        }
        if (!conflicts.isEmpty()) {
            return new Checked(List.of(), conflicts);
        }
        Map<String, List<CellChange>> appliedByMeasure = new LinkedHashMap<>();
        for (CellChange cc : applied) {
            appliedByMeasure.computeIfAbsent(cc.cell().measure(), k -> new ArrayList<>()).add(cc);
        }
        for (Map.Entry<String, List<CellChange>> e : appliedByMeasure.entrySet()) {
            List<Score> scores = stored.get(e.getKey());
            boolean existed = scores != null;
            write(c, planId, e.getKey(), existed, applyTo(existed ? scores : List.of(), e.getValue()));
        }
        return new Checked(applied, List.of());
    }


    private static List<Score> applyTo(List<Score> scores, List<CellChange> cells) {
        Map<Cell, CellChange> byCell = new LinkedHashMap<>();
        cells.forEach(cc -> byCell.put(cc.cell(), cc));
        List<Score> result = new ArrayList<>(scores.size() + cells.size());
        for (Score s : scores) {
            CellChange cc = byCell.remove(Cell.of(s));
            if (cc == null) {
                result.add(s);
            } else if (cc.after() != null) {
                result.add(cc.after());
            }
        }
        byCell.values().stream().filter(cc -> cc.after() != null).forEach(cc -> result.add(cc.after()));
        return result;
    }

    private static void write(Connection c, long planId, String measure, boolean existed, List<Score> scores)
            throws SQLException {
        if (scores.isEmpty()) {
            if (existed) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM score_block WHERE plan_id = ? AND measure_id = ?")) {
                    PlanRowWriter.bind(ps, planId, measure);
                    ps.executeUpdate();
                }
            }
            return;
        }
        byte[] bytes = encode(scores);
        String sql = existed
                ? "UPDATE score_block SET score_count = ?, scores = ?, checksum = ? WHERE plan_id = ? AND measure_id = ?"
                : "INSERT INTO score_block (score_count, scores, checksum, plan_id, measure_id) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            PlanRowWriter.bind(ps, scores.size(), bytes, checksum(bytes), planId, measure);
            ps.executeUpdate();
        }
    }

    /** The scores of one measure, or null when it has no block. */
    private static List<Score> read(Connection c, long planId, String measure) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT scores, checksum FROM score_block"
                + " WHERE plan_id = ? AND measure_id = ? FOR UPDATE")) {
            PlanRowWriter.bind(ps, planId, measure);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? verified(measure, rs.getBytes(1), rs.getLong(2), new HashMap<>()) : null;
            }
        }
    }

    /** Every block of the plan, by measure id. */
    static Map<String, List<Score>> readAll(Connection c, long planId) throws SQLException {
        Map<String, List<Score>> blocks = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT measure_id, scores, checksum FROM score_block WHERE plan_id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String measure = rs.getString(1);
                    blocks.put(measure, verified(measure, rs.getBytes(2), rs.getLong(3), ids));
                }
            }
        }
        return blocks;
    }

    /** The blocks of the given measures (those that have one), by measure id. */
    static Map<String, List<Score>> readSome(Connection c, long planId, java.util.Set<String> measures)
            throws SQLException {
        Map<String, List<Score>> blocks = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT scores, checksum FROM score_block WHERE plan_id = ? AND measure_id = ?")) {
            for (String measure : measures) {
                PlanRowWriter.bind(ps, planId, measure);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        blocks.put(measure, verified(measure, rs.getBytes(1), rs.getLong(2), ids));
                    }
                }
            }
        }
        return blocks;
    }

    static void deleteAll(Connection c, long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM score_block WHERE plan_id = ?")) {
            ps.setLong(1, planId);
            ps.executeUpdate();
        }
    }

    private static List<Score> verified(String measure, byte[] bytes, long checksum, Map<String, String> ids) {
        if (checksum(bytes) != checksum) {
            throw new DamagedBlockException(measure);
        }
        try {
            return decode(measure, bytes, ids);
        } catch (IOException | RuntimeException e) {
            throw new DamagedBlockException(measure);
        }
    }

    static Map<String, List<Score>> byMeasure(List<Score> scores) {
        Map<String, List<Score>> byMeasure = new LinkedHashMap<>();
        for (Score s : scores) {
            byMeasure.computeIfAbsent(s.measure(), k -> new ArrayList<>()).add(s);
        }
        return byMeasure;
    }

    static long checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    /** Criterion and rater ids once each, then per score their indexes, value, time (µs since the epoch) and note. */
    static byte[] encode(List<Score> scores) {
        try {
            Map<String, Integer> criteria = new LinkedHashMap<>();
            Map<String, Integer> raters = new LinkedHashMap<>();
            for (Score s : scores) {
                criteria.putIfAbsent(s.criterion(), criteria.size());
                raters.putIfAbsent(s.rater(), raters.size());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 + scores.size() * 16);
            DataOutputStream data = new DataOutputStream(out);
            data.writeByte(FORMAT);
            writeIds(data, criteria);
            writeIds(data, raters);
            data.writeInt(scores.size());
            for (Score s : scores) {
                data.writeShort(criteria.get(s.criterion()));
                data.writeShort(raters.get(s.rater()));
                data.writeDouble(s.value());
                data.writeLong(s.time() == null ? NO_TIME : ChronoUnit.MICROS.between(Instant.EPOCH, s.time()));
                byte[] note = s.note().getBytes(StandardCharsets.UTF_8);
                data.writeInt(note.length);
                data.write(note);
            }
            data.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeIds(DataOutputStream data, Map<String, Integer> ids) throws IOException {
        if (ids.size() > Short.MAX_VALUE) {
            throw new IllegalArgumentException("too many ids in one measure's scores: " + ids.size());
        }
        data.writeShort(ids.size());
        for (String id : ids.keySet()) {
            data.writeUTF(id);
        }
    }

    /** {@code ids} shares equal id strings across blocks, so 300,000 scores hold a few dozen strings, not 600,000. */
    static List<Score> decode(String measure, byte[] bytes, Map<String, String> ids) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        int format = in.readUnsignedByte();
        if (format != FORMAT) {
            throw new IOException("unknown score block format " + format);
        }
        String[] criteria = readIds(in, ids);
        String[] raters = readIds(in, ids);
        int n = in.readInt();
        List<Score> scores = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String criterion = criteria[in.readShort()];
            String rater = raters[in.readShort()];
            double value = in.readDouble();
            long micros = in.readLong();
            int length = in.readInt();
            String note = length == 0 ? "" : new String(in.readNBytes(length), StandardCharsets.UTF_8);
            Instant time = micros == NO_TIME ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
            scores.add(new Score(measure, criterion, rater, value, note, time));
        }
        if (in.read() != -1) {
            throw new IOException("trailing bytes in the scores of " + measure);
        }
        return scores;
    }

    private static String[] readIds(DataInputStream in, Map<String, String> ids) throws IOException {
        String[] read = new String[in.readShort()];
        for (int i = 0; i < read.length; i++) {
            String id = in.readUTF();
            read[i] = ids.computeIfAbsent(id, k -> k);
        }
        return read;
    }
}
