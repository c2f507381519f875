package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassTest {
    private static final ServerAddress SATO = new ServerAddress("db.example.lg.jp", 5432, "kaname", "sato");

    @TempDir
    Path dir;

    private Path passFile(String text) throws Exception {
        Path file = dir.resolve("pgpass");
        Files.writeString(file, text);
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }

    private static String found(Optional<char[]> password) {
        return password.map(String::new).orElse(null);
    }

    private Optional<char[]> find(Path file, ServerAddress address) {
        return PgPass.find(address, Map.of("PGPASSFILE", file.toString()));
    }

    @Test
    void theFirstMatchingLineWins() throws Exception {
        Path file = passFile("""
                # comment: host:port:database:username:password
                other:5432:kaname:sato:not-this-host
                db.example.lg.jp:5432:kaname:ito:not-this-user
                db.example.lg.jp:5432:kaname:sato:first
                *:*:*:*:second
                """);
        assertThat(found(find(file, SATO))).isEqualTo("first");
        assertThat(found(find(file, new ServerAddress("x", 1, "y", "z")))).isEqualTo("second");
    }

    @Test
    void starsMatchAnyValueAndThePortIsComparedAsText() throws Exception {
        Path file = passFile("db.example.lg.jp:6543:*:sato:other-port\n*:5432:*:sato:any-host\n");
        assertThat(found(find(file, SATO))).isEqualTo("any-host");
    }

    @Test
    void escapedColonsAndBackslashesAreReadAsThemselves() throws Exception {
        Path file = passFile("db\\:1:5432:ka\\\\name:sato:pa\\:ss\\\\word:with:colons\n");
        ServerAddress odd = new ServerAddress("db:1", 5432, "ka\\name", "sato");
        assertThat(found(find(file, odd))).isEqualTo("pa:ss\\word:with:colons");
    }

    @Test
    void linesWithTooFewFieldsAreSkipped() throws Exception {
        Path file = passFile("db.example.lg.jp:5432:kaname:sato\n*:*:*:*:ok\n");
        assertThat(found(find(file, SATO))).isEqualTo("ok");
    }

    @Test
    void pgpasswordIsTheFallback() throws Exception {
        Path file = passFile("other:*:*:*:no\n");
        assertThat(found(PgPass.find(SATO, Map.of("PGPASSFILE", file.toString(), "PGPASSWORD", "from-env"))))
                .isEqualTo("from-env");
        assertThat(found(PgPass.find(SATO, Map.of("PGPASSFILE", dir.resolve("none").toString(),
                "PGPASSWORD", "from-env")))).isEqualTo("from-env");
        assertThat(PgPass.find(SATO, Map.of("PGPASSFILE", file.toString()))).isEmpty();
        assertThat(PgPass.find(SATO, Map.of("PGPASSFILE", file.toString(), "PGPASSWORD", ""))).isEmpty();
    }

    @Test
    void theFileComesBeforePgpassword() throws Exception {
        Path file = passFile("*:*:*:sato:from-file\n");
        assertThat(found(PgPass.find(SATO, Map.of("PGPASSFILE", file.toString(), "PGPASSWORD", "from-env"))))
                .isEqualTo("from-file");
    }

    @Test
    void aFileOthersMayReadIsIgnored() throws Exception {
        Path file = passFile("*:*:*:*:secret\n");
        assumeTrue(Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null,
                "POSIX permissions only");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(find(file, SATO)).isEmpty();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(found(find(file, SATO))).isEqualTo("secret");
    }

    @Test
    void theFileIsPgpassfileElseTheUsersDefault() {
        assertThat(PgPass.file(Map.of("PGPASSFILE", "/x/pass"))).contains(Path.of("/x/pass"));
        Path expected = System.getProperty("os.name").startsWith("Windows")
                ? Path.of("C:\\Users\\sato\\AppData\\Roaming", "postgresql", "pgpass.conf")
                : Path.of(System.getProperty("user.home"), ".pgpass");
        assertThat(PgPass.file(Map.of("APPDATA", "C:\\Users\\sato\\AppData\\Roaming"))).contains(expected);
    }
}
