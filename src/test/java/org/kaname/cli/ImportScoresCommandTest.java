package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.service.Services;

/** {@code export-scores} then {@code import-scores}: a rater's scores through a JSON file, as between two PCs. */
class ImportScoresCommandTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void sample() {
        data = dir.resolve("data");
        assertThat(CliRun.run(data, "plans").exitCode()).isZero();
    }

    private long count(String rater) throws Exception {
        try (Services s = Services.open(data, Locale.JAPANESE)) {
            return s.plans().open(1).plan().scores().stream().filter(x -> x.rater().equals(rater)).count();
        }
    }

    @Test
    void exportEditImportRoundTrip() throws Exception {
        Path file = dir.resolve("r1.json");
        CliRun export = CliRun.run(data, "export-scores", "1", "--rater", "r1", "--out", file.toString());
        assertThat(export.exitCode()).isZero();
        assertThat(export.out()).contains("r1").contains("50");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(file.toFile());
        ((ObjectNode) root.get("scores").get(0)).putNull("value").put("note", "");
        mapper.writeValue(file.toFile(), root);

        CliRun imported = CliRun.run(data, "import-scores", "1", file.toString());
        assertThat(imported.exitCode()).isZero();
        assertThat(count("r1")).isEqualTo(49);
        assertThat(CliRun.run(data, "import-scores", "1", file.toString()).exitCode()).isZero();
        assertThat(count("r1")).isEqualTo(49);
    }

    @Test
    void aBadValueExitsThreeWithItsPointer() throws Exception {
        Path file = dir.resolve("r2.json");
        assertThat(CliRun.run(data, "export-scores", "1", "--rater", "r2", "--out", file.toString()).exitCode())
                .isZero();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(file.toFile());
        ((ObjectNode) root.get("scores").get(3)).put("value", 6);
        mapper.writeValue(file.toFile(), root);
        CliRun r = CliRun.run(data, "import-scores", "1", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).contains("/scores/3/value");
        assertThat(count("r2")).isEqualTo(50);
    }

    @Test
    void aTruncatedOrEndlessFileIsRefusedPlainly() throws Exception {
        Path file = dir.resolve("r1.json");
        assertThat(CliRun.run(data, "export-scores", "1", "--rater", "r1", "--out", file.toString()).exitCode())
                .isZero();
        String text = java.nio.file.Files.readString(file);
        java.nio.file.Files.writeString(file, text.substring(0, text.length() / 2));
        CliRun cut = CliRun.run(data, "import-scores", "1", file.toString());
        assertThat(cut.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cut.out()).contains("途中で切れている").containsPattern("\\d+ 行目 \\d+ 文字目");
        assertThat(cut.out() + cut.err()).doesNotContain("Unexpected", "Jackson", "Exception", "Shift_JIS");

        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(zero));
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("zero.json"), zero);
        CliRun endless = CliRun.run(data, "import-scores", "1", link.toString());
        assertThat(endless.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(endless.out()).contains("ファイルが大きすぎます");
        assertThat(count("r1")).isEqualTo(50);
    }

    @Test
    void exportOfAnUnknownRaterOrIntoAMissingFolderIsInvalidInput() {
        assertThat(CliRun.run(data, "export-scores", "1", "--rater", "r9", "--out", dir.resolve("x.json").toString())
                .exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(CliRun.run(data, "export-scores", "1", "--rater", "r1", "--out",
                dir.resolve("no/such/x.json").toString()).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(CliRun.run(data, "export-scores", "1", "--out", dir.resolve("x.json").toString()).exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }
}
