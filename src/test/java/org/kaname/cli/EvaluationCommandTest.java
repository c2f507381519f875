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

/** {@code evaluation} run in-process on the sample plan (ID 1, 2026–2030, ten measures). */
class EvaluationCommandTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void sample() {
        data = dir.resolve("data");
        assertThat(CliRun.run(data, "plans").exitCode()).isZero();
    }

    @Test
    void writesASheetPerMeasureAfterTheCover() throws IOException {
        Path file = dir.resolve("sheets.pdf");
        CliRun r = CliRun.run(data, "evaluation", "1", "--year", "2026", "--out", file.toString(), "--lang", "ja");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(11);
            assertThat(r.out()).contains("sheets.pdf", "10施策", "11ページ");
            assertThat(new PDFTextStripper().getText(doc)).contains("評価シート一覧", "2026年度（令和8年度）");
        }
    }

    @Test
    void oneMeasureInEnglish() throws IOException {
        Path file = dir.resolve("one.pdf");
        CliRun r = CliRun.run(data, "evaluation", "1", "--year", "2027", "--measure", "S2-1", "--out", file.toString(),
                "--lang", "en");
        assertThat(r.exitCode()).isZero();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(doc)).contains("Evaluation sheet", "FY2027 (Reiwa 9)", "S2-1");
        }
    }

    @Test
    void aYearOutsideThePlanIsInvalidInputAndWritesNothing() throws IOException {
        Path file = dir.resolve("sheets.pdf");
        CliRun r = CliRun.run(data, "evaluation", "1", "--year", "2031", "--out", file.toString(), "--lang", "ja");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("2031年度は計画期間（2026～2030年度）の外です");
        CliRun unknown = CliRun.run(data, "evaluation", "1", "--year", "2026", "--measure", "X-1", "--out",
                file.toString(), "--lang", "ja");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).contains("施策 X-1 はこの計画にありません");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("data");
        }
    }
}
