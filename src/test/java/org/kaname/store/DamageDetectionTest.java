package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.TestPlans;
import org.kaname.model.Plan;

/**
 * A database or plan that is not what was saved is refused, never used, and never written to.
 * H2 only: damage to the local file and its seal; a server checks its own pages.
 */
class DamageDetectionTest {
    @TempDir
    Path dir;

    private long[] storeTwoPlans() throws Exception {
        try (Database db = Database.open(dir)) {
            PlanStore store = TestDigests.store(db, Clock.systemUTC());
            Plan plan = TestPlans.rich();
            return new long[] {store.insert(plan, TestDigests.CREATE), store.insert(plan.withTitle("二つ目の計画"), TestDigests.CREATE)};
        }
    }

    @Test
    void everyCommitRaisesTheGenerationInTheDatabaseAndTheSeal() throws Exception {
        storeTwoPlans();
        DatabaseSeal seal = DatabaseSeal.read(new DataFiles(dir).seal()).orElseThrow();
        DatabaseInspection found = DatabaseInspection.of(new DataFiles(dir).database());
        // the integrity row itself, then two plans
        assertThat(seal.generation()).isEqualTo(2);
        assertThat(found.generation()).isEqualTo(seal.generation());
        assertThat(found.databaseId()).isEqualTo(seal.databaseId());
    }

    @Test
    void aPlanChangedBehindKanamesBackIsReportedAndTheOtherPlanStillOpens() throws Exception {
        long[] ids = storeTwoPlans();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + new DataFiles(dir).databaseUrlPath()
                + ";FILE_LOCK=NO", "kaname", ""); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE measure SET title = title || '（改ざん）' WHERE plan_id = " + ids[0]
                    + " AND position = 0");
        }
        try (Database db = Database.open(dir)) {
            PlanStore store = TestDigests.store(db, Clock.systemUTC());
            assertThatThrownBy(() -> store.load(ids[0])).isInstanceOfSatisfying(PlanDamagedException.class,
                    e -> assertThat(e.planId()).isEqualTo(ids[0]));
            assertThat(store.load(ids[1]).orElseThrow().plan().title()).isEqualTo("二つ目の計画");
        }
    }

    @Test
    void aFileCutShortIsRefusedAndLeftByteForByteAsItWas() throws Exception {
        storeTwoPlans();
        Path file = new DataFiles(dir).database();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(32 * 1024);
        }
        String before = sha256(file);
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(StorageUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.DAMAGED));
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void anOlderCopyPutInPlaceOfTheFileIsRefused() throws Exception {
        try (Database db = Database.open(dir)) {
            TestDigests.store(db, Clock.systemUTC()).insert(TestPlans.rich(), TestDigests.CREATE);
        }
        Path file = new DataFiles(dir).database();
        Path older = dir.resolve("older.bin");
        Files.copy(file, older);
        try (Database db = Database.open(dir)) {
            TestDigests.store(db, Clock.systemUTC()).insert(TestPlans.rich(), TestDigests.CREATE);
        }
        Files.copy(older, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(StorageUnavailableException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.DAMAGED);
                    assertThat(e.getMessage()).contains("older than its last saved state");
                });
    }

    @Test
    void aFileOfGarbageIsRefusedAndNotWritten() throws Exception {
        storeTwoPlans();
        Path file = new DataFiles(dir).database();
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < 8192; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        String before = sha256(file);
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(StorageUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.DAMAGED));
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aSecondOpenOfTheSameDirectoryIsRefusedAsInUse() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(StorageUnavailableException.class,
                    e -> assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.LOCKED));
        }
        try (Database again = Database.open(dir)) {
            assertThat(again.directory()).isEqualTo(dir.toAbsolutePath().normalize());
        }
    }

    @Test
    void aSealWithABadChecksumIsIgnoredNotTrusted() throws Exception {
        Path seal = dir.resolve("s");
        new DatabaseSeal("id-1", 41).write(seal);
        assertThat(DatabaseSeal.read(seal)).contains(new DatabaseSeal("id-1", 41));
        Files.writeString(seal, Files.readString(seal).replace("generation=41", "generation=42"));
        assertThat(DatabaseSeal.read(seal)).isEmpty();
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
