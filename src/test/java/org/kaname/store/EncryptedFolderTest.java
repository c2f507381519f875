package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.TestPlans;
import org.kaname.model.Plan;

/**
 * Encrypted data folders (issue 13, item 7): created encrypted, opened only with the passphrase, converted and
 * re-keyed without losing a plan, a journal entry or a backup, and every guarantee of decision 0006 kept.
 * H2 only: encryption is the local folder's.
 */
class EncryptedFolderTest {
    /** A title that can be searched for in the raw bytes of the file. */
    private static final String SECRET = "kaname-unpublished-measure-0001";
    private static final char[] PASS = "correct horse battery".toCharArray();
    private static final char[] OTHER = "another fine passphrase".toCharArray();

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();

    private static Passphrase pass(char[] p) {
        return Passphrase.of(p);
    }

    private static Supplier<char[]> fresh(char[] p) {
        return p::clone;
    }

    private long insert(Passphrase passphrase, Plan plan) throws Exception {
        try (Database db = Database.open(dir, BackupPolicy.COMMAND_LINE, clock, passphrase)) {
            return TestDigests.store(db, clock).insert(plan, TestDigests.CREATE);
        }
    }

    private Plan load(Passphrase passphrase, long id) throws Exception {
        try (Database db = Database.open(dir, BackupPolicy.COMMAND_LINE, clock, passphrase)) {
            return TestDigests.store(db, clock).load(id).orElseThrow().plan();
        }
    }

    private static boolean contains(Path file, String text) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                .contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    @Test
    void aNewFolderWithAPassphraseIsEncryptedAndOpensOnlyWithIt() throws Exception {
        Plan plan = TestPlans.rich().withTitle(SECRET);
        long id = insert(pass(PASS), plan);
        DataFiles files = new DataFiles(dir);

        assertThat(Files.exists(files.keyFile())).isTrue();
        assertThat(Encryption.isEncryptedFile(files.database())).isTrue();
        assertThat(contains(files.database(), SECRET)).as("the title in the raw file").isFalse();
        assertThat(Files.readString(files.keyFile())).contains("PBKDF2WithHmacSHA256", "iterations=600000")
                .doesNotContain(new String(PASS));
        assertThat(load(pass(PASS), id)).isEqualTo(plan);

        String before = DamageDetectionTest.sha256(files.database());
        assertThatThrownBy(() -> Database.open(dir, BackupPolicy.COMMAND_LINE, clock, Passphrase.NONE))
                .isInstanceOfSatisfying(EncryptedFolderException.class,
                        e -> assertThat(e.kind()).isEqualTo(EncryptedFolderException.Kind.NO_PASSPHRASE));
        assertThatThrownBy(() -> Database.open(dir, BackupPolicy.COMMAND_LINE, clock, pass(OTHER)))
                .isInstanceOfSatisfying(EncryptedFolderException.class,
                        e -> assertThat(e.kind()).isEqualTo(EncryptedFolderException.Kind.WRONG_PASSPHRASE));
        assertThat(DamageDetectionTest.sha256(files.database())).as("refused opens write nothing").isEqualTo(before);
    }

    @Test
    void anUnencryptedFolderHoldsThePlanInTheClear() throws Exception {
        // The control for the test above: the search would find the title if it were there.
        insert(Passphrase.NONE, TestPlans.rich().withTitle(SECRET));
        assertThat(contains(new DataFiles(dir).database(), SECRET)).isTrue();
        assertThat(Encryption.isEncrypted(dir)).isFalse();
    }

    @Test
    void anEncryptedFileWithoutItsKeyFileIsRefusedNotTakenForDamage() throws Exception {
        insert(pass(PASS), TestPlans.rich());
        Files.delete(new DataFiles(dir).keyFile());
        assertThatThrownBy(() -> Database.open(dir, BackupPolicy.COMMAND_LINE, clock, pass(PASS)))
                .isInstanceOfSatisfying(EncryptedFolderException.class,
                        e -> assertThat(e.kind()).isEqualTo(EncryptedFolderException.Kind.KEY_MISSING));
    }

    @Test
    void encryptingKeepsPlansHistoryAndGenerationAndEncryptsTheOldBackups() throws Exception {
        Plan plan = TestPlans.rich().withTitle(SECRET);
        long id = insert(Passphrase.NONE, plan);
        Plan edited = plan.withTitle(SECRET + " 2");
        long journalBefore;
        long generationBefore;
        try (Database db = Database.open(dir, BackupPolicy.COMMAND_LINE, clock, Passphrase.NONE)) {
            TestDigests.replace(TestDigests.store(db, clock), id, edited);
            journalBefore = new PlanJournal(db, TestDigests.PARTS).lastSeq(id);
            generationBefore = db.generation();
            db.backUp(null);
        }
        assertThat(Backups.of(dir)).isNotEmpty().allMatch(b -> !Backups.isEncrypted(b.path()));

        Encryption.Encrypted done = Encryption.encryptFolder(dir, Passphrase.NONE, fresh(PASS), clock);

        assertThat(done.wasAlreadyEncrypted()).isFalse();
        assertThat(done.generation()).isEqualTo(generationBefore);
        DataFiles files = new DataFiles(dir);
        assertThat(Encryption.isEncryptedFile(files.database())).isTrue();
        assertThat(contains(files.database(), SECRET)).isFalse();
        List<BackupFile> backups = Backups.of(dir);
        assertThat(backups).hasSizeGreaterThanOrEqualTo(2).allMatch(b -> Backups.isEncrypted(b.path()));
        for (BackupFile b : backups) {
            assertThat(contains(b.path(), SECRET)).as(b.name()).isFalse();
        }
        try (Database db = Database.open(dir, BackupPolicy.COMMAND_LINE, clock, pass(PASS))) {
            assertThat(TestDigests.store(db, clock).load(id).orElseThrow().plan()).isEqualTo(edited);
            assertThat(new PlanJournal(db, TestDigests.PARTS).lastSeq(id)).isEqualTo(journalBefore);
            assertThat(db.generation()).isEqualTo(generationBefore);
        }
        // Run again: nothing left to do, and it says so.
        Encryption.Encrypted again = Encryption.encryptFolder(dir, pass(PASS), () -> {
            throw new AssertionError("no new passphrase is asked for an encrypted folder");
        }, clock);
        assertThat(again.wasAlreadyEncrypted()).isTrue();
        assertThat(again.backupsEncrypted()).isZero();
    }

    @Test
    void aKillBetweenTheKeyFileAndTheSwapLeavesTheOldUnencryptedFolder() throws Exception {
        Plan plan = TestPlans.rich().withTitle(SECRET);
        long id = insert(Passphrase.NONE, plan);
        DataFiles files = new DataFiles(dir);
        // The state encryptFolder leaves when killed right after writing the key file.
        KeyFile.seal(KeyFile.newDataKey(), PASS.clone()).writeTo(files.keyFile());
        Files.write(dir.resolve("encrypting.tmp.mv.db"), new byte[] {1, 2, 3});

        assertThat(load(Passphrase.NONE, id)).isEqualTo(plan);
        assertThat(Files.exists(files.keyFile())).isFalse();
        assertThat(Files.exists(dir.resolve("encrypting.tmp.mv.db"))).isFalse();
        assertThat(Encryption.isEncrypted(dir)).isFalse();
    }

    @Test
    void aNewPassphraseOpensTheFolderAndItsEarlierBackupsTheOldOneNothing() throws Exception {
        Plan plan = TestPlans.rich().withTitle(SECRET);
        long id = insert(pass(PASS), plan);
        BackupFile before;
        try (Database db = Database.open(dir, BackupPolicy.COMMAND_LINE, clock, pass(PASS))) {
            before = db.backUp(null);
            TestDigests.replace(TestDigests.store(db, clock), id, plan.withTitle("after the backup"));
        }
        assertThat(Backups.isEncrypted(before.path())).isTrue();
        try (ZipFile zip = new ZipFile(before.path().toFile())) {
            assertThat(zip.getEntry(Backups.KEY_ENTRY)).isNotNull();
        }

        assertThatThrownBy(() -> Encryption.changePassphrase(dir, pass(OTHER), fresh(PASS)))
                .isInstanceOf(EncryptedFolderException.class);
        Encryption.changePassphrase(dir, pass(PASS), fresh(OTHER));

        assertThatThrownBy(() -> load(pass(PASS), id)).isInstanceOf(EncryptedFolderException.class);
        assertThat(load(pass(OTHER), id).title()).isEqualTo("after the backup");

        // The backup made under the old passphrase restores with the new one: the data key did not change.
        Restore.Result restored = Restore.restore(dir, before.path(), clock, pass(OTHER));
        assertThat(restored.keyFromBackup()).isFalse();
        assertThat(load(pass(OTHER), id)).isEqualTo(plan);
        assertThatThrownBy(() -> Restore.restore(dir, before.path(), clock, pass(PASS)))
                .isInstanceOfSatisfying(EncryptedFolderException.class,
                        e -> assertThat(e.kind()).isEqualTo(EncryptedFolderException.Kind.WRONG_PASSPHRASE));
    }

    @Test
    void aBackupFromBeforeEncryptionRestoresIntoTheEncryptedFolderEncrypted() throws Exception {
        Plan plan = TestPlans.rich().withTitle(SECRET);
        long id = insert(Passphrase.NONE, plan);
        Path outside = dir.resolveSibling(dir.getFileName() + "-plain-backup.zip");
        try (Database db = Database.open(dir, BackupPolicy.COMMAND_LINE, clock, Passphrase.NONE)) {
            db.backUp(outside);
            TestDigests.replace(TestDigests.store(db, clock), id, plan.withTitle("later"));
        }
        Encryption.encryptFolder(dir, Passphrase.NONE, fresh(PASS), clock);
        assertThat(Backups.isEncrypted(outside)).as("a backup written outside the folder is left as it is").isFalse();

        assertThatThrownBy(() -> Restore.restore(dir, outside, clock, Passphrase.NONE))
                .isInstanceOfSatisfying(EncryptedFolderException.class,
                        e -> assertThat(e.kind()).isEqualTo(EncryptedFolderException.Kind.NO_PASSPHRASE));
        Restore.restore(dir, outside, clock, pass(PASS));

        DataFiles files = new DataFiles(dir);
        assertThat(Encryption.isEncryptedFile(files.database())).isTrue();
        assertThat(contains(files.database(), SECRET)).isFalse();
        assertThat(load(pass(PASS), id)).isEqualTo(plan);
        Files.deleteIfExists(outside);
    }

    @Test
    void aBackupOfAnotherEncryptedFolderBringsItsKeyAndPassphrase() throws Exception {
        Path other = dir.resolveSibling(dir.getFileName() + "-other");
        Plan plan = TestPlans.rich().withTitle(SECRET);
        long id;
        Path backup = dir.resolveSibling(dir.getFileName() + "-other.zip");
        try (Database db = Database.open(other, BackupPolicy.COMMAND_LINE, clock, pass(OTHER))) {
            id = TestDigests.store(db, clock).insert(plan, TestDigests.CREATE);
            db.backUp(backup);
        }
        insert(pass(PASS), TestPlans.rich());

        Restore.Result restored = Restore.restore(dir, backup, clock, pass(OTHER));

        assertThat(restored.keyFromBackup()).isTrue();
        assertThat(load(pass(OTHER), id)).isEqualTo(plan);
        assertThat(Files.list(new DataFiles(dir).kept()).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.endsWith(".key"));
        Encryption.deleteTree(other);
        Files.deleteIfExists(backup);
    }

    @Test
    void anEncryptedFileIsCompactedWithItsKeyAndKeepsItsPlans() throws Exception {
        DataFiles files = new DataFiles(dir);
        Plan last = TestPlans.rich();
        long id;
        DatabaseKey key;
        try (Database db = Database.open(dir, BackupPolicy.COMMAND_LINE, clock, pass(PASS))) {
            PlanStore store = TestDigests.store(db, clock);
            id = store.insert(last, TestDigests.CREATE);
            for (int i = 0; i < 40; i++) {
                last = TestPlans.rich().withTitle("版 " + i);
                TestDigests.replace(store, id, last);
            }
        }
        key = KeyFile.read(files).orElseThrow().unlock(PASS.clone());
        long generation = DatabaseInspection.of(files.database(), key).generation();
        long before = Files.size(files.database());

        assertThat(Compaction.compactIfWorthIt(files, generation, key, 0, 100)).isTrue();

        assertThat(Files.size(files.database())).isLessThan(before / 2);
        assertThat(Encryption.isEncryptedFile(files.database())).isTrue();
        assertThat(DatabaseInspection.of(files.database(), key).generation()).isEqualTo(generation);
        assertThat(load(pass(PASS), id)).isEqualTo(last);
    }
}
