package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.store.Backups;
import org.kaname.store.Encryption;

/**
 * Issue 13, item 7, on the command line: the passphrase from KANAME_PASSPHRASE_FILE or a prompt, never an argument;
 * exit 4 with one plain line for an encrypted folder without a passphrase or with a wrong one; {@code encrypt},
 * {@code passphrase}, and backups that keep working.
 */
class EncryptionCliTest {
    @TempDir
    Path work;

    private Path data;
    private final Map<String, String> env = new HashMap<>();
    /** What the fake terminal answers, in order; null: no terminal. */
    private Deque<String> typed;
    private final List<String> prompts = new ArrayList<>();
    private Locale saved;

    @BeforeEach
    void setUp() {
        data = work.resolve("data");
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    private record Run(int exitCode, String out, String err) {
        String describe() {
            return "exit " + exitCode + "\nout: " + out + "\nerr: " + err;
        }
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliPassphrase.Prompt prompt = typed == null ? null : text -> {
            prompts.add(text);
            String next = typed.poll();
            return next == null ? null : next.toCharArray();
        };
        int code = KanameCli.run(all.toArray(String[]::new), Map.copyOf(env), prompt,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path passFile(String name, String content) throws Exception {
        Path p = work.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static void assertOneLine(Run r) {
        assertThat(r.err()).as(r.describe()).startsWith("kaname: ").doesNotContain("Exception", "\tat ", "H2", "SQL");
        assertThat(r.err().strip().lines()).as(r.describe()).hasSize(1);
    }

    @Test
    void withThePassphraseFileANewFolderIsEncryptedAndEveryOpenNeedsIt() throws Exception {
        env.put("KANAME_PASSPHRASE_FILE", passFile("pass", "correct horse battery\n").toString());
        Run first = run("plans");
        assertThat(first.exitCode()).as(first.describe()).isZero();
        assertThat(Encryption.isEncrypted(data)).isTrue();
        String plans = first.out();

        env.clear();
        Run none = run("plans");
        assertThat(none.exitCode()).as(none.describe()).isEqualTo(4);
        assertOneLine(none);
        assertThat(none.err()).contains("encrypted", "KANAME_PASSPHRASE_FILE", data.toString());

        env.put("KANAME_PASSPHRASE_FILE", passFile("wrong", "not the passphrase\n").toString());
        Run wrong = run("plans");
        assertThat(wrong.exitCode()).as(wrong.describe()).isEqualTo(4);
        assertOneLine(wrong);
        assertThat(wrong.err()).contains("passphrase", "wrong");

        env.put("KANAME_PASSPHRASE_FILE", work.resolve("missing").toString());
        Run missing = run("plans");
        assertThat(missing.exitCode()).as(missing.describe()).isEqualTo(4);
        assertOneLine(missing);
        assertThat(missing.err()).contains(work.resolve("missing").toString(), "KANAME_PASSPHRASE_FILE");

        env.put("KANAME_PASSPHRASE_FILE", passFile("empty", "\n").toString());
        Run empty = run("plans");
        assertThat(empty.exitCode()).as(empty.describe()).isEqualTo(3);
        assertOneLine(empty);

        // A Windows editor's line end and byte-order mark are not part of the passphrase.
        env.put("KANAME_PASSPHRASE_FILE", passFile("crlf", "\uFEFFcorrect horse battery\r\nsecond line\r\n").toString());
        Run crlf = run("plans");
        assertThat(crlf.exitCode()).as(crlf.describe()).isZero();
        assertThat(crlf.out()).isEqualTo(plans);
    }

    @Test
    void theTerminalIsAskedWhenThereIsNoFileAndANewFolderStaysUnencrypted() throws Exception {
        typed = new ArrayDeque<>();
        Run plain = run("plans");
        assertThat(plain.exitCode()).as(plain.describe()).isZero();
        assertThat(prompts).as("an unencrypted folder never prompts").isEmpty();
        assertThat(Encryption.isEncrypted(data)).isFalse();

        typed.addAll(List.of("short", "short"));
        Run tooShort = run("encrypt");
        assertThat(tooShort.exitCode()).as(tooShort.describe()).isEqualTo(3);
        assertThat(Encryption.isEncrypted(data)).isFalse();

        typed.addAll(List.of("a typed passphrase", "a typo passphrase"));
        Run mismatch = run("encrypt");
        assertThat(mismatch.exitCode()).as(mismatch.describe()).isEqualTo(3);
        assertThat(mismatch.err()).contains("differ");
        assertThat(Encryption.isEncrypted(data)).isFalse();

        typed.addAll(List.of("a typed passphrase", "a typed passphrase"));
        Run encrypt = run("encrypt");
        assertThat(encrypt.exitCode()).as(encrypt.describe()).isZero();
        assertThat(Encryption.isEncrypted(data)).isTrue();

        prompts.clear();
        typed.add("a typed passphrase");
        Run prompted = run("plans");
        assertThat(prompted.exitCode()).as(prompted.describe()).isZero();
        assertThat(prompts).hasSize(1).allMatch(p -> p.contains(data.toString()));
        assertThat(prompted.out()).isEqualTo(plain.out());

        typed = null;
        Run noTerminal = run("plans");
        assertThat(noTerminal.exitCode()).as(noTerminal.describe()).isEqualTo(4);
        Run noNew = run("encrypt");
        assertThat(noNew.exitCode()).as("an encrypted folder with no passphrase: " + noNew.describe()).isEqualTo(4);
    }

    @Test
    void encryptKeepsThePlansAndThePassphraseCommandChangesIt() throws Exception {
        Run before = run("plans");
        assertThat(before.exitCode()).as(before.describe()).isZero();
        Run backup = run("backup");
        assertThat(backup.exitCode()).as(backup.describe()).isZero();
        String oldBackup = Path.of(backup.out().strip()).getFileName().toString();

        env.put("KANAME_PASSPHRASE_FILE", passFile("pass", "first passphrase\n").toString());
        Run encrypt = run("encrypt");
        assertThat(encrypt.exitCode()).as(encrypt.describe()).isZero();
        assertThat(encrypt.out()).contains("encrypted", data.toString());
        assertThat(Backups.of(data)).allMatch(b -> Backups.isEncrypted(b.path()));
        assertThat(run("plans").out()).isEqualTo(before.out());
        Run listed = run("backups");
        assertThat(listed.out()).contains(oldBackup, "encrypted");

        Run again = run("encrypt");
        assertThat(again.exitCode()).as(again.describe()).isZero();
        assertThat(again.out()).contains("already encrypted");

        Run noNew = run("passphrase");
        assertThat(noNew.exitCode()).as("no KANAME_NEW_PASSPHRASE_FILE and no terminal: " + noNew.describe())
                .isEqualTo(2);
        env.put("KANAME_NEW_PASSPHRASE_FILE", passFile("new", "second passphrase\n").toString());
        Run changed = run("passphrase");
        assertThat(changed.exitCode()).as(changed.describe()).isZero();

        Run old = run("plans");
        assertThat(old.exitCode()).as(old.describe()).isEqualTo(4);
        env.put("KANAME_PASSPHRASE_FILE", passFile("new2", "second passphrase\n").toString());
        assertThat(run("plans").out()).isEqualTo(before.out());

        // The backup from before encryption (now encrypted in place) restores with the current passphrase.
        Run restore = run("restore", oldBackup);
        assertThat(restore.exitCode()).as(restore.describe()).isZero();
        assertThat(run("plans").out()).isEqualTo(before.out());
        assertThat(Encryption.isEncrypted(data)).isTrue();
        env.put("KANAME_PASSPHRASE_FILE", passFile("old", "first passphrase\n").toString());
        Run restoreOld = run("restore", oldBackup);
        assertThat(restoreOld.exitCode()).as("the old passphrase opens no backup in the folder: "
                + restoreOld.describe()).isEqualTo(4);
        assertOneLine(restoreOld);
    }

    @Test
    void passphraseOnAnUnencryptedFolderSaysSo() {
        run("plans");
        env.put("KANAME_NEW_PASSPHRASE_FILE", work.resolve("unused").toString());
        Run r = run("passphrase");
        assertThat(r.exitCode()).as(r.describe()).isEqualTo(3);
        assertThat(r.err()).contains("not encrypted", "kaname encrypt");
    }
}
