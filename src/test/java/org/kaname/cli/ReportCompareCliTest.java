package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code report ID --out FILE.pdf --compare VERSION} on the sample plan. As in {@link DiffCliTest}: version 1 is the
 * sample as loaded, then S1-1 / cost / r1 goes from 5 to 2, so S1-1 falls from rank 1 to 2 (80.00 → 75.00, ↓1) and
 * S1-3 rises from 2 to 1 (↑1).
 */
class ReportCompareCliTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void sampleWithAVersionAndAChangeSinceIt() {
        data = dir.resolve("data");
        assertThat(CliRun.run(data, "plans").exitCode()).isZero();
        assertThat(CliRun.run(data, "snapshot", "1", "--name", "令和9年度 部長会議提出版").out()).isEqualTo("1\n");
        assertThat(CliRun.run(data, "set-score", "1", "S1-1", "cost", "r1", "2").exitCode()).isZero();
    }

    @Test
    void compareAddsTheSectionWithTheMovesAsText() throws IOException {
        Path file = dir.resolve("report.pdf");
        CliRun r = CliRun.run(data, "report", "1", "--out", file.toString(), "--lang", "ja", "--compare", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        String text = text(file);
        assertThat(text).contains("前回版からの変更", "令和9年度部長会議提出版");
        // Change, ID, measure, rank before → after, score before → after (the table as the PDF reads back).
        assertThat(text).contains("↓1S1-1", "1→2", "80.0→75.0", "↑1S1-3");
        assertThat(text).contains("費用対効果");
    }

    @Test
    void withoutCompareThereIsNoSuchSection() throws IOException {
        Path file = dir.resolve("report.pdf");
        CliRun r = CliRun.run(data, "report", "1", "--out", file.toString(), "--lang", "ja");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(text(file)).contains("優先順位").doesNotContain("前回版からの変更").doesNotContain("↓1S1-1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown version | 1  | 7       | 計画 1 に版 7 はありません",
        "current         | 1  | current | current は報告書の計画そのもの",
        "not a number    | 1  | x       | 「x」は版として指定できません",
        "version 0       | 1  | 0       | 「0」は版として指定できません",
        "unknown plan    | 42 | 1       | ID 42 の計画はありません",
    })
    void aVersionThatCannotBeComparedIsExit3AndWritesNothing(String what, String plan, String version,
                                                            String message) throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        CliRun r = CliRun.run(data, "report", plan, "--out", out.resolve("report.pdf").toString(),
                "--compare", version);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("kaname: ").contains(message).hasLineCount(1).doesNotContain("Exception");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    /** The PDF's text without white space, so table cells read as one run ("↓1S1-1"). */
    private static String text(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}
