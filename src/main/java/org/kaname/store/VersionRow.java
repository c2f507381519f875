package org.kaname.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One row of the table {@code plan_version} exactly as stored, every column but the plan id: a named version's
 * content bytes with their SHA-256 as saved. Equal when every column is (the bytes compared by content).
 */
public record VersionRow(int number, String name, Instant createdAt, String user, long journalSeq, byte[] content,
                         String contentDigest) {
    public VersionRow {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionRow r && number == r.number && name.equals(r.name) && createdAt.equals(r.createdAt)
                && user.equals(r.user) && journalSeq == r.journalSeq && Arrays.equals(content, r.content)
                && contentDigest.equals(r.contentDigest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, name, createdAt, user, journalSeq, contentDigest);
    }

    @Override
    public String toString() {
        return "VersionRow[" + number + " " + name + ", " + createdAt + ", " + user + ", journal " + journalSeq + ", "
                + content.length + " bytes, " + contentDigest + "]";
    }
}
