package org.kaname.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Whether a server's schema is exactly this Kaname's, read from Flyway's history table on the connection already
 * open, so that opening an up-to-date database skips Flyway: its class-path scan and its look at the history cost
 * 0.7–1.4 s of every start (docs/benchmarks.md, "Shared mode"), as they did for the H2 file
 * ({@link Database#appliedVersion}). Anything else (a new database, a migration pending, a newer or unknown version, a
 * history that cannot be read) is left to Flyway, which migrates or refuses it.
 */
final class ServerSchema {
    /**
     * The newest migration this Kaname ships, over both locations ({@code db/migration/V<n>__*.sql},
     * {@code db/postgresql/V<n>_<m>__*.sql}), as Flyway writes its version; {@code ServerSchemaTest} checks it against
     * the files, so it cannot drift.
     */
    static final String NEWEST = "6.1";

    private ServerSchema() {
    }

    /** True when the newest applied migration is {@link #NEWEST} and none failed; false when Flyway must look. */
    static boolean isCurrent(Connection c) {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
            }
            int[] newest = null;
            try (ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL")) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        return false;
                    }
                    int[] v = parse(rs.getString(1));
                    if (newest == null || Arrays.compare(v, newest) > 0) {
                        newest = v;
                    }
                }
            }
            return newest != null && Arrays.equals(newest, parse(NEWEST));
        } catch (SQLException | NumberFormatException e) {
            return false;
        } finally {
            try {
                c.rollback();
            } catch (SQLException e) {
                // Only read; the connection's state is judged by its next use.
            }
        }
    }

    /** "6.1" → [6, 1]; "6" → [6]. */
    static int[] parse(String version) {
        return Arrays.stream(version.trim().split("[._]")).mapToInt(Integer::parseInt).toArray();
    }
}
