package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.TestPlans;
import org.kaname.model.Plan;

/**
 * Backups: taken when the policy says, verified, rotated, and a way back from a damaged file.
 * H2 only: backups are the local file's; a server's are its administrator's.
 */
class BackupsTest {
    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hands clock = new Hands();
    private static final BackupPolicy EVERY_MINUTE = new BackupPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1),
            3, 3, 3);

    private long insert(Plan plan) throws Exception {
        try (Database db = Database.open(dir, EVERY_MINUTE, clock)) {
            return TestDigests.store(db, clock).insert(plan, TestDigests.CREATE);
        }
    }

    @Test
    void aStartOnChangedDataBacksUpOnlyWhenTheNewestBackupIsOldEnough() throws Exception {
        insert(TestPlans.rich());
        assertThat(Backups.of(dir)).isEmpty();
        clock.now = clock.now.plusSeconds(10);
        insert(TestPlans.rich());
        // no backup yet: the first start backs up what was there before it
        assertThat(Backups.of(dir)).singleElement().satisfies(b -> assertThat(b.reason()).isEqualTo(BackupReason.START));
        clock.now = clock.now.plusSeconds(10);
        insert(TestPlans.rich());
        assertThat(Backups.of(dir)).hasSize(1);
        clock.now = clock.now.plusSeconds(120);
        insert(TestPlans.rich());
        assertThat(Backups.of(dir)).hasSize(2).allSatisfy(b -> assertThat(b.reason()).isEqualTo(BackupReason.START));
    }

    @Test
    void whileEditingABackupFollowsTheFirstCommitAfterTheInterval() throws Exception {
        try (Database db = Database.open(dir, EVERY_MINUTE, clock)) {
            PlanStore store = TestDigests.store(db, clock);
            long id = store.insert(TestPlans.rich(), TestDigests.CREATE);
            assertThat(db.backups().list()).isEmpty();
            clock.now = clock.now.plusSeconds(61);
            TestDigests.replace(store, id, TestPlans.rich().withTitle("変更後"));
            assertThat(db.backups().list()).singleElement()
                    .satisfies(b -> assertThat(b.reason()).isEqualTo(BackupReason.PERIODIC));
        }
    }

    @Test
    void onlyTheNewestBackupsOfEachReasonAreKept() throws Exception {
        try (Database db = Database.open(dir, EVERY_MINUTE, clock)) {
            PlanStore store = TestDigests.store(db, clock);
            for (int i = 0; i < 5; i++) {
                store.insert(TestPlans.rich(), TestDigests.CREATE);
                clock.now = clock.now.plusSeconds(1);
                db.backUp(null);
            }
            List<BackupFile> kept = db.backups().list();
            assertThat(kept).hasSize(3).allSatisfy(b -> assertThat(b.reason()).isEqualTo(BackupReason.MANUAL));
            assertThat(kept.get(0).generation()).isGreaterThan(kept.get(2).generation());
        }
    }

    @Test
    void aDamagedFileIsRestoredFromABackupAndKeptAside() throws Exception {
        long id;
        Path backup;
        try (Database db = Database.open(dir, EVERY_MINUTE, clock)) {
            PlanStore store = TestDigests.store(db, clock);
            id = store.insert(TestPlans.rich(), TestDigests.CREATE);
            backup = db.backUp(null).path();
        }
        Path file = new DataFiles(dir).database();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(16 * 1024);
        }
        assertThatThrownBy(() -> Database.open(dir, EVERY_MINUTE, clock))
                .isInstanceOf(StorageUnavailableException.class);

        Restore.Result result = Restore.restore(dir, Restore.locate(dir, backup.getFileName().toString()), clock);

        assertThat(result.previousKeptAt()).exists().hasSize(16 * 1024);
        assertThat(result.previousKeptAt().getParent()).isEqualTo(new DataFiles(dir).kept());
        try (Database db = Database.open(dir, EVERY_MINUTE, clock)) {
            assertThat(TestDigests.store(db, clock).load(id).orElseThrow().plan())
                    .isEqualTo(TestPlans.rich());
            // The kept file is not taken for part of the database by H2's backup (it was: "duplicate entry").
            clock.now = clock.now.plusSeconds(1);
            assertThat(db.backUp(null).path()).exists();
        }
    }

    @Test
    void aBackupWhoseBytesChangedIsNotRestoredAndTheCurrentFileStays() throws Exception {
        Path backup;
        try (Database db = Database.open(dir, EVERY_MINUTE, clock)) {
            TestDigests.store(db, clock).insert(TestPlans.rich(), TestDigests.CREATE);
            backup = db.backUp(dir.resolve("copy.zip")).path();
        }
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(backup, bytes);
        String before = DamageDetectionTest.sha256(new DataFiles(dir).database());
        assertThatThrownBy(() -> Restore.restore(dir, backup, clock)).isInstanceOf(IOException.class);
        assertThat(DamageDetectionTest.sha256(new DataFiles(dir).database())).isEqualTo(before);
    }

    @Test
    void anUnknownBackupNameIsNamedInTheError() {
        assertThatThrownBy(() -> Restore.locate(dir, "kaname-nothing.zip"))
                .isInstanceOf(java.nio.file.NoSuchFileException.class).hasMessageContaining("kaname-nothing.zip");
    }
}
