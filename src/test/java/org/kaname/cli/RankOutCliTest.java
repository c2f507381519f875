package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankOutCliTest {
    @TempDir
    Path dir;

    @Test
    void rankOutWritesTheSameCsvWithABomForExcel() throws Exception {
        Path data = dir.resolve("data");
        Path file = dir.resolve("rank.csv");
        CliRun printed = CliRun.run(data, "rank", "1", "--format", "csv");
        CliRun written = CliRun.run(data, "rank", "1", "--out", file.toString());
        assertThat(written.exitCode()).isZero();
        assertThat(written.out()).isEmpty();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.replace("\r\n", "\n")).isEqualTo(printed.out());
    }

    @Test
    void aMissingFolderOrAnotherExtensionIsRefusedAndNothingIsWritten() {
        Path data = dir.resolve("data");
        CliRun noFolder = CliRun.run(data, "rank", "1", "--out", dir.resolve("nope/rank.csv").toString());
        assertThat(noFolder.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(noFolder.err()).contains("rank.csv").hasLineCount(1);
        CliRun wrong = CliRun.run(data, "rank", "1", "--out", dir.resolve("rank.txt").toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(dir.resolve("rank.txt")).doesNotExist();
    }
}
