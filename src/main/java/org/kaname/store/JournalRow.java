package org.kaname.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One row of the table {@code journal} exactly as stored, every column but the plan id: what copying a plan to
 * another database carries over, so the copy's history and undo are the source's. {@code arguments} is the stored
 * text (its parts joined by the unit separator), {@code changeData} the encoded change or null. Equal when every
 * column is (the bytes compared by content).
 */
public record JournalRow(long seq, long actionSeq, Instant recordedAt, String user, String kind, String arguments,
                         String measure, String criterion, String rater, String before, String after, String reason,
                         Long refersTo, byte[] changeData) {
    public JournalRow {
        changeData = changeData == null ? null : changeData.clone();
    }

    @Override
    public byte[] changeData() {
        return changeData == null ? null : changeData.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JournalRow r && seq == r.seq && actionSeq == r.actionSeq
                && recordedAt.equals(r.recordedAt) && user.equals(r.user) && kind.equals(r.kind)
                && arguments.equals(r.arguments) && Objects.equals(measure, r.measure)
                && Objects.equals(criterion, r.criterion) && Objects.equals(rater, r.rater) && before.equals(r.before)
                && after.equals(r.after) && reason.equals(r.reason) && Objects.equals(refersTo, r.refersTo)
                && Arrays.equals(changeData, r.changeData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seq, actionSeq, recordedAt, user, kind) * 31 + Arrays.hashCode(changeData);
    }

    @Override
    public String toString() {
        return "JournalRow[seq=" + seq + ", action=" + actionSeq + ", " + recordedAt + ", " + user + ", " + kind
                + ", measure=" + measure + ", criterion=" + criterion + ", rater=" + rater + ", " + before + " → "
                + after + ", refersTo=" + refersTo + ", data=" + (changeData == null ? "null" : changeData.length + " bytes")
                + "]";
    }
}
