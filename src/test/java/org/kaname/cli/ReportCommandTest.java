package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} run in-process on the sample plan (ID 1). */
class ReportCommandTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void sample() {
        data = dir.resolve("data");
        assertThat(CliRun.run(data, "plans").exitCode()).isZero();
    }

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheReportAndSaysWhereWithThePageCount() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectory(out);
        CliRun r = CliRun.run(data, "report", "1", "--out", out.resolve("report.pdf").toString(), "--lang", "ja");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            assertThat(r.out()).contains("report.pdf").contains(doc.getNumberOfPages() + "ページ");
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("特別区における情報化推進リーダー").contains("優先順位");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
        }
        assertThat(filesIn(out)).containsExactly("report.pdf");
    }

    @Test
    void englishAndA3AreOptions() throws IOException {
        Path file = dir.resolve("report-en.pdf");
        CliRun r = CliRun.run(data, "report", "1", "--out", file.toString(), "--lang", "en", "--paper", "A3");
        assertThat(r.exitCode()).isZero();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Ranking").contains("FY2027 (Reiwa 9)");
            boolean a3 = false;
            for (var page : doc.getPages()) {
                a3 |= Math.abs(page.getMediaBox().getWidth() - PDRectangle.A3.getHeight()) < 1;
            }
            assertThat(a3).isTrue();
        }
    }

    @Test
    void aMissingFolderIsInvalidInputWithOneLineAndNoFile() {
        Path file = dir.resolve("no-such-folder").resolve("report.pdf");
        CliRun r = CliRun.run(data, "report", "1", "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().strip()).startsWith("kaname: ").contains("no-such-folder").doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void aFolderAsTheOutputIsInvalidInput() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.pdf"));
        CliRun r = CliRun.run(data, "report", "1", "--out", folder.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n");
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aFileInPlaceOfTheFolderIsInvalidInput() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        CliRun r = CliRun.run(data, "report", "1", "--out", notAFolder.resolve("report.pdf").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    void anUnwritableFolderIsInvalidInputAndLeavesNothingBehind() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assertThat(locked.toFile().setWritable(false, false)).isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked),
                    "running with rights that ignore folder permissions (root)");
            CliRun r = CliRun.run(data, "report", "1", "--out", locked.resolve("report.pdf").toString());
            assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(r.err().strip()).contains("report.pdf").doesNotContain("\n");
            assertThat(filesIn(locked)).isEmpty();
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void anUnknownPlanIsInvalidInputAndAnExistingFileIsKept() throws IOException {
        Path file = Files.writeString(dir.resolve("keep.pdf"), "previous");
        CliRun r = CliRun.run(data, "report", "99", "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("99");
        assertThat(Files.readString(file)).isEqualTo("previous");
        assertThat(filesIn(dir)).containsExactly("data", "keep.pdf");
    }

    @Test
    void anUnknownPaperOrLanguageIsAUsageError() {
        Path file = dir.resolve("r.pdf");
        assertThat(CliRun.run(data, "report", "1", "--out", file.toString(), "--paper", "B4").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run(data, "report", "1", "--out", file.toString(), "--lang", "fr").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run(data, "report", "1").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.exists(file)).isFalse();
    }
}
