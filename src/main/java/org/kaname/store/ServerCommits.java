package org.kaname.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection that breaks while its COMMIT is on the way leaves the client not knowing whether the server committed.
 * Rather than say "not saved" of a change that may be stored, {@link ServerDatabase} takes the transaction's id just
 * before committing and, when the commit fails for a broken connection, asks the server on a new connection what
 * became of it ({@code pg_xact_status}, PostgreSQL 13 and later).
 */
final class ServerCommits {
    private static final Logger LOG = LoggerFactory.getLogger(ServerCommits.class);
    /** How long a transaction the server still has "in progress" is waited for: its backend is ending it. */
    private static final long IN_PROGRESS_WAIT_MILLIS = 3_000;

    private ServerCommits() {
    }

    /** The id of the open transaction if it has written anything, else 0 (then there is nothing to commit). */
    static long assignedXid(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_current_xact_id_if_assigned()::text")) {
            rs.next();
            String xid = rs.getString(1);
            return xid == null ? 0 : Long.parseLong(xid);
        }
    }

    /**
     * Whether transaction {@code xid}, whose COMMIT was cut off, was committed, asked on {@code fresh} (a new
     * connection). False when it was rolled back. When the server cannot be asked, or cannot tell, the outcome is
     * unknown: {@code lost} is thrown, as a {@link CommitInDoubtException}.
     */
    static boolean committed(long xid, Supplier<Connection> fresh, ConnectionLostException lost) {
        long deadline = System.currentTimeMillis() + IN_PROGRESS_WAIT_MILLIS;
        try {
            Connection c = fresh.get();
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_xact_status(?::text::xid8)")) {
                while (true) {
                    ps.setString(1, Long.toString(xid));
                    String status;
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        status = rs.getString(1);
                    }
                    c.commit();
                    if ("committed".equals(status)) {
                        return true;
                    }
                    if ("aborted".equals(status)) {
                        return false;
                    }
                    if (status == null || System.currentTimeMillis() > deadline) {
                        throw inDoubt(xid, status, lost);
                    }
                    // "in progress": the old session has not ended yet; it commits or rolls back in a moment.
                    Thread.sleep(50);
                }
            }
        } catch (ConnectionLostException e) {
            throw inDoubt(xid, "no answer: " + e.getMessage(), lost);
        } catch (SQLException e) {
            throw inDoubt(xid, e.getMessage(), lost);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw inDoubt(xid, "interrupted", lost);
        }
    }

    private static CommitInDoubtException inDoubt(long xid, String status, ConnectionLostException lost) {
        LOG.warn("transaction {} was cut off during its commit and its outcome is unknown ({})", xid, status);
        return new CommitInDoubtException(lost);
    }
}
