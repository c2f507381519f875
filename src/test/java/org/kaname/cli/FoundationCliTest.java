package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoundationCliTest {
    @TempDir
    Path dir;

    @Test
    void plansListsTheSamplePlanOnFirstStart() {
        CliRun r = CliRun.run(dir.resolve("data"), "plans");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().toList()).hasSize(1);
        assertThat(r.out()).matches("1\t[^\t]*情報化推進リーダー[^\t]*\t10 measures\n");
    }

    @Test
    void theSampleIsLoadedOnlyOnceEvenAfterItIsDeleted() throws Exception {
        Path data = dir.resolve("data");
        CliRun.run(data, "plans");
        try (var services = org.kaname.service.Services.open(data, java.util.Locale.JAPANESE)) {
            services.plans().delete(1);
        }
        assertThat(CliRun.run(data, "plans").out()).isEmpty();
    }

    @Test
    void exportImportExportIsByteIdentical() throws Exception {
        Path data = dir.resolve("data");
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        assertThat(CliRun.run(data, "export", "1", "--out", first.toString()).exitCode()).isZero();
        CliRun imported = CliRun.run(data, "import", first.toString());
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).isEqualTo("2\n");
        assertThat(CliRun.run(data, "export", "2", "--out", second.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(CliRun.run(data, "plans").out().lines()).hasSize(2);
    }

    @Test
    void anInvalidFileGivesExit3ALocatedMessageAndChangesNothing() throws Exception {
        Path data = dir.resolve("data");
        String before = CliRun.run(data, "plans").out();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"kaname-plan\", \"version\": 1, \"title\": \" \","
                + " \"fiscalYears\": {\"start\": 2026, \"end\": 2030}}");
        CliRun r = CliRun.run(data, "import", bad.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("bad.json").contains("/title").doesNotContain("Exception").hasLineCount(1);
        assertThat(r.out()).isEmpty();
        assertThat(CliRun.run(data, "plans").out()).isEqualTo(before);
    }

    @Test
    void aMissingImportFileIsInvalidInput() {
        CliRun r = CliRun.run(dir.resolve("data"), "import", dir.resolve("nope.json").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("nope.json").hasLineCount(1);
    }

    @Test
    void exportOfAnUnknownPlanOrIntoAMissingFolderIsInvalidInputAndWritesNothing() {
        Path data = dir.resolve("data");
        CliRun unknown = CliRun.run(data, "export", "42", "--out", dir.resolve("x.json").toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).contains("42").hasLineCount(1);
        Path target = dir.resolve("missing/folder/x.json");
        CliRun noFolder = CliRun.run(data, "export", "1", "--out", target.toString());
        assertThat(noFolder.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(noFolder.err()).contains("x.json").hasLineCount(1);
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(CliRun.run(dir, "no-such-command").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run(dir, "export", "1").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run(dir, "export", "abc", "--out", "x.json").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.run(dir, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("plans", "import", "export", "--data");
        CliRun version = CliRun.run(dir, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Kaname ").doesNotContain("unknown");
    }

    @Test
    void withoutACommandTheAppIsStartedOnTheDataDirectory() {
        List<Path> started = new ArrayList<>();
        int code = KanameCli.run(new String[] {"--data", dir.toString()}, started::add,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(started).containsExactly(dir.toAbsolutePath());
    }

    @Test
    void aSecondProcessOnALockedDataDirectoryGetsExit4AndAClearMessage() throws Exception {
        Path data = dir.resolve("data");
        try (var held = org.kaname.service.Services.open(data, java.util.Locale.JAPANESE)) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Duser.language=en",
                    "org.kaname.Launcher", "--data", data.toString(), "plans")
                    .redirectErrorStream(false).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).isEqualTo(ExitCodes.STORAGE_UNAVAILABLE);
            assertThat(out).isEmpty();
            assertThat(err.strip()).contains("in use by another Kaname").doesNotContain("Exception").hasLineCount(1);
        }
        // The holder's data survive: the refused process changed nothing.
        assertThat(CliRun.run(data, "plans").out().lines()).hasSize(1);
    }
}
