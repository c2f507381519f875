package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.testing.TmpfsMount;

/**
 * Issue 13, item 8: a read-only data folder gives exit 4 and one plain line, and Logback, which cannot create
 * kaname.log there, prints nothing of its own (it printed ~58 status lines on stdout). A child JVM, since Logback is
 * configured once per process; the folder is a tmpfs remounted read-only, which stops root too.
 */
@Tag("crash")
class ReadOnlyConsoleTest {
    @TempDir
    Path work;

    private record Child(int exitCode, String out, String err) {
    }

    private static Child kaname(Path data, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Duser.language=en", "-Duser.country=US",
                "-cp", System.getProperty("java.class.path"), "org.kaname.Launcher", "--data", data.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("kaname " + String.join(" ", args) + " did not finish");
        }
        return new Child(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void aReadOnlyFolderIsOnePlainLineWithNothingFromLogback() throws Exception {
        Path data = work.resolve("data");
        try (TmpfsMount disk = TmpfsMount.mountOrSkip(data, 32L * 1024 * 1024)) {
            Child made = kaname(data, "plans");
            assertThat(made.exitCode()).as(made.err()).isZero();
            disk.readOnly();
            for (String command : List.of("plans", "backup")) {
                Child run = kaname(data, command);
                String all = "exit " + run.exitCode() + "\nout: " + run.out() + "\nerr: " + run.err();
                assertThat(run.exitCode()).as(all).isEqualTo(4);
                assertThat(run.out()).as(all).isEmpty();
                assertThat(run.err().strip().lines()).as(all).hasSize(1);
                assertThat(run.err()).as(all).startsWith("kaname: ").contains(data.toString(), "read-only")
                        .doesNotContain("logback", "|-INFO", "|-ERROR", "internal error");
            }
            disk.readWrite();
        }
    }
}
