package org.kaname.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;

/**
 * What a database file holds, found by opening it read-only, so a damaged file is judged without a single byte
 * written to it: whether it is a Kaname database at all, its schema version, and its id and generation (schema 3+).
 */
record DatabaseInspection(boolean hasTables, boolean isKaname, int schemaVersion, String databaseId,
                          long generation) {
    private static final String SUFFIX = ".mv.db";

    /** Thrown when the file cannot be opened or read as a database. */
    static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static DatabaseInspection of(Path file) throws Unreadable {
        return of(file, DatabaseKey.NONE);
    }

    /** As {@link #of(Path)}, for a file encrypted with {@code key} ({@link DatabaseKey#NONE} for a plain one). */
    static DatabaseInspection of(Path file, DatabaseKey key) throws Unreadable {
        String name = file.toAbsolutePath().toString();
        if (!name.endsWith(SUFFIX)) {
            throw new IllegalArgumentException("not an H2 file name: " + file);
        }
        String url = "jdbc:h2:file:" + name.substring(0, name.length() - SUFFIX.length())
                + ";ACCESS_MODE_DATA=r;FILE_LOCK=NO;IFEXISTS=TRUE" + key.urlSettings();
        try (Connection c = DriverManager.getConnection(url, "kaname", key.password())) {
            return inspect(c);
        } catch (SQLException | RuntimeException e) {
            throw new Unreadable(String.valueOf(e.getMessage()), e);
        }
    }

    private static DatabaseInspection inspect(Connection c) throws SQLException {
        boolean hasTables;
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            hasTables = rs.next();
        }
        OptionalInt version = Database.appliedVersion(c);
        if (version.isEmpty()) {
            return new DatabaseInspection(hasTables, false, 0, null, -1);
        }
        String id = null;
        long generation = -1;
        if (version.getAsInt() >= 3) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT database_id, generation FROM store_integrity WHERE id = 1")) {
                if (rs.next()) {
                    id = rs.getString(1);
                    generation = rs.getLong(2);
                }
            }
            // Reading every plan's row once walks the table's pages, so a broken index shows here, not mid-edit.
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, title, content_digest FROM plan")) {
                while (rs.next()) {
                    rs.getString(2);
                }
            }
        }
        return new DatabaseInspection(hasTables, true, version.getAsInt(), id, generation);
    }
}
