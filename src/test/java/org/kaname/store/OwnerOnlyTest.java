package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.TestPlans;

/**
 * Issue 13, item 7: the data folder is the user's alone. On a POSIX file system every folder Kaname keeps is 0700 and
 * every file 0600: the ones Kaname writes, and the ones H2 creates for it. (Windows has no modes: the per-user
 * AppData folder's ACLs apply, see docs/security.md.)
 * H2 only: file modes of the local data folder.
 */
class OwnerOnlyTest {
    @TempDir
    Path work;

    private final Clock clock = Clock.systemUTC();

    @BeforeEach
    void posixOnly() {
        Assumptions.assumeTrue(OwnerOnly.isPosix(work), "needs a POSIX file system (Linux, macOS)");
    }

    /** Every path under {@code dir} whose mode is not owner-only, with its mode. */
    private static List<String> notOwnerOnly(Path dir) throws Exception {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                String wanted = Files.isDirectory(p) ? "rwx------" : "rw-------";
                if (!mode.equals(wanted)) {
                    wrong.add(dir.relativize(p) + " " + mode);
                }
            }
        }
        return wrong;
    }

    @Test
    void aNewFolderAndEverythingKanameWritesInItIsOwnerOnly() throws Exception {
        Path dir = work.resolve("new/kaname");
        long id;
        try (Database db = Database.open(dir, BackupPolicy.COMMAND_LINE, clock, Passphrase.of("a passphrase".toCharArray()))) {
            id = TestDigests.store(db, clock).insert(TestPlans.rich(), TestDigests.CREATE);
            db.backUp(null);
        }
        BackupFile backup = Backups.of(dir).get(0);
        Restore.restore(dir, backup.path(), clock, Passphrase.of("a passphrase".toCharArray()));
        Files.writeString(dir.resolve("kaname.log"), "as Logback would create it\n");
        try (Database db = Database.open(dir, BackupPolicy.COMMAND_LINE, clock,
                Passphrase.of("a passphrase".toCharArray()))) {
            assertThat(TestDigests.store(db, clock).load(id)).isPresent();
        }

        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.map(p -> dir.relativize(p).toString())).contains("kaname.mv.db", "kaname.seal",
                    "kaname.lock", "kaname.key", "kaname.log", "backups", "kept");
        }
        assertThat(notOwnerOnly(dir)).isEmpty();
    }

    @Test
    void anExistingOpenFolderIsTightenedAtOpen() throws Exception {
        Path dir = work.resolve("old");
        try (Database db = Database.open(dir)) {
            TestDigests.store(db, clock).insert(TestPlans.rich(), TestDigests.CREATE);
            db.backUp(null);
        }
        // As Kaname before issue 13 left it: 0755 folders, 0644 files.
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        assertThat(notOwnerOnly(dir)).isNotEmpty();

        Database.open(dir).close();

        assertThat(notOwnerOnly(dir)).isEmpty();
    }
}
