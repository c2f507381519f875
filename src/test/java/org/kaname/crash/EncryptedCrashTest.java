package org.kaname.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.TestPlans;
import org.kaname.service.Services;
import org.kaname.store.BackupPolicy;
import org.kaname.store.Encryption;
import org.kaname.store.Passphrase;
import org.kaname.store.PlanSummary;

/**
 * Issue 13: decision 0006's guarantees hold for encrypted folders. Child CLIs killed with SIGKILL: an import into an
 * encrypted folder killed the moment it prints its ID must have stored the plan; {@code kaname encrypt} killed at a
 * random moment must leave a folder that opens, unencrypted or encrypted, with every plan. Few cycles (each pays the
 * key derivation); {@code -Dkaname.crash.encryptedCycles=N} for more.
 */
@Tag("crash")
class EncryptedCrashTest {
    private static final String PASS = "correct horse battery";

    @TempDir
    Path work;

    private record Killed(List<String> stdout, boolean killed) {
    }

    /**
     * Runs the CLI as a child, with KANAME_PASSPHRASE_FILE set when {@code passFile} is not null; kills it at its first
     * stdout line (negative {@code delayMillis}) or after {@code delayMillis}.
     */
    private Killed kaname(Path data, Path passFile, long delayMillis, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Duser.language=en", "-Duser.country=US",
                "-cp", System.getProperty("java.class.path"), "org.kaname.Launcher", "--data", data.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("KANAME_PASSPHRASE_FILE");
        if (passFile != null) {
            pb.environment().put("KANAME_PASSPHRASE_FILE", passFile.toString());
        }
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        boolean[] killed = {false};
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line = r.readLine();
                if (line != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (delayMillis < 0) {
                        p.destroyForcibly();
                        killed[0] = true;
                    }
                }
                while ((line = r.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (java.io.IOException e) {
                // the child was killed
            }
        });
        reader.start();
        if (delayMillis >= 0 && !p.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            killed[0] = true;
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("kaname " + String.join(" ", args) + " hung");
        }
        reader.join(10_000);
        synchronized (lines) {
            return new Killed(List.copyOf(lines), killed[0]);
        }
    }

    private static List<PlanSummary> plans(Path data) throws Exception {
        try (Services s = Services.open(data, Locale.ROOT, BackupPolicy.COMMAND_LINE,
                Passphrase.of(PASS.toCharArray()))) {
            return s.plans().plans();
        }
    }

    @Test
    void anImportKilledAtItsIdIsStoredAndAnEncryptKilledAnywhereLeavesAUsableFolder() throws Exception {
        int cycles = Integer.getInteger("kaname.crash.encryptedCycles", 3);
        Path passFile = work.resolve("pass");
        Files.writeString(passFile, PASS + "\n");
        Path planFile = StoredPlans.write(TestPlans.rich(), work.resolve("plan.json"));
        Random random = new Random(Long.getLong("kaname.crash.seed", 13L));
        SoftAssertions soft = new SoftAssertions();

        Path encrypted = work.resolve("encrypted");
        for (int i = 0; i < cycles; i++) {
            Killed run = kaname(encrypted, passFile, -1, "import", planFile.toString());
            soft.assertThat(run.stdout()).as("import " + i + " printed its ID").isNotEmpty();
            if (!run.stdout().isEmpty()) {
                long id = Long.parseLong(run.stdout().get(0).strip());
                soft.assertThat(plans(encrypted)).as("import " + i + " killed at its ID").extracting(PlanSummary::id)
                        .contains(id);
            }
        }
        soft.assertThat(Encryption.isEncrypted(encrypted)).isTrue();

        for (int i = 0; i < cycles; i++) {
            Path plain = work.resolve("plain-" + i);
            Killed made = kaname(plain, null, 120_000, "import", planFile.toString());
            List<Long> before;
            try (Services s = Services.open(plain, Locale.ROOT)) {
                before = s.plans().plans().stream().map(PlanSummary::id).toList();
            }
            long delay = 300 + random.nextInt(6000);
            Killed run = kaname(plain, passFile, delay, "encrypt");
            List<Long> after;
            if (Encryption.isEncrypted(plain)) {
                after = plans(plain).stream().map(PlanSummary::id).toList();
            } else {
                try (Services s = Services.open(plain, Locale.ROOT)) {
                    after = s.plans().plans().stream().map(PlanSummary::id).toList();
                }
            }
            soft.assertThat(after).as("encrypt killed after " + delay + " ms (killed: " + run.killed() + ", "
                    + made.stdout() + ")").isEqualTo(before);
        }
        soft.assertAll();
    }
}
