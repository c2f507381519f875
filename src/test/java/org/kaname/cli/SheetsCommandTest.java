package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sheets ID --out DIR [--rater R] [--department NAME]} on the sample plan (ID 1, raters r1–r3). */
class SheetsCommandTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void sample() {
        data = dir.resolve("data");
        assertThat(CliRun.run(data, "plans").exitCode()).isZero();
    }

    @Test
    void writesOneWorkbookPerRater() throws Exception {
        Path out = dir.resolve("配布");
        CliRun r = CliRun.run(data, "sheets", "1", "--out", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(out.resolve("採点表_r1_企画課.xlsx")).isRegularFile();
        assertThat(out.resolve("採点表_r2_情報政策課.xlsx")).isRegularFile();
        assertThat(out.resolve("採点表_r3_人事課.xlsx")).isRegularFile();
        assertThat(r.out().lines()).hasSize(4);
        assertThat(r.out()).contains("採点表_r2_情報政策課.xlsx");
    }

    @Test
    void writesOnlyTheNamedRaterOrOneDepartmentWorkbook() throws Exception {
        Path out = dir.resolve("out");
        assertThat(CliRun.run(data, "sheets", "1", "--out", out.toString(), "--rater", "r2").exitCode()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("採点表_r2_情報政策課.xlsx");
        }
        Path dept = dir.resolve("dept");
        CliRun r = CliRun.run(data, "sheets", "1", "--out", dept.toString(), "--department", "政策企画部",
                "--rater", "r1", "--rater", "r3");
        assertThat(r.exitCode()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(dept.resolve("採点表_政策企画部.xlsx").toFile())) {
            assertThat(wb.getSheet("記入_企画課")).isNotNull();
            assertThat(wb.getSheet("記入_人事課")).isNotNull();
            assertThat(wb.getSheet("記入_情報政策課")).isNull();
        }
    }

    @Test
    void anUnknownRaterOrPlanIsInvalidInput() {
        Path out = dir.resolve("out");
        CliRun r = CliRun.run(data, "sheets", "1", "--out", out.toString(), "--rater", "r9");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("r9");
        assertThat(out).doesNotExist();
        assertThat(CliRun.run(data, "sheets", "42", "--out", out.toString()).exitCode())
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(CliRun.run(data, "sheets", "1").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
