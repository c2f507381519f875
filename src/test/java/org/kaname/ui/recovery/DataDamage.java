package org.kaname.ui.recovery;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import org.kaname.model.Plan;
import org.kaname.service.Services;
import org.kaname.store.BackupFile;
import org.kaname.store.BackupPolicy;

/**
 * Data folders damaged on purpose, for the recovery tests: a database with a verified backup whose file is then cut
 * short, and a plan whose stored rows are changed behind Kaname's back (its digest then no longer matches).
 */
public final class DataDamage {
    private DataDamage() {
    }

    /** The sample plan and a second plan titled {@code secondTitle}, then a manual backup; returns the backup. */
    public static BackupFile twoPlansWithBackup(Path data, String secondTitle) throws Exception {
        try (Services services = Services.open(data, Locale.JAPANESE, BackupPolicy.APP)) {
            Plan sample = services.plans().open(services.plans().plans().get(0).id()).plan();
            services.plans().create(sample.withTitle(secondTitle));
            return services.backUp(null);
        }
    }

    /** Cuts the database file to {@code bytes}, as a crash or a failing disk may leave it. */
    public static void truncateDatabase(Path data, long bytes) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(database(data).toFile(), "rw")) {
            file.setLength(bytes);
        }
    }

    public static Path database(Path data) {
        return data.resolve("kaname.mv.db");
    }

    /** Changes one stored value of plan {@code planId} with plain JDBC while no Kaname has the folder open. */
    public static void changeFirstMeasureTitle(Path data, long planId, String title) throws SQLException {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("kaname") + ";FILE_LOCK=NO";
        try (Connection c = DriverManager.getConnection(url, "kaname", "");
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE measure SET title = ? WHERE plan_id = ? AND position = 0")) {
            ps.setString(1, title);
            ps.setLong(2, planId);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("plan " + planId + " has no first measure");
            }
        }
    }

    public static boolean hasDatabase(Path data) {
        return Files.exists(database(data));
    }
}
