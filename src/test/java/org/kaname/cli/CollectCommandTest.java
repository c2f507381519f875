package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Score;
import org.kaname.service.Services;

/**
 * {@code collect ID PATH} on the sample plan: sheets written by {@code sheets}, filled with POI, collected; the exit
 * code says whether every file was taken (0) or some file had a problem (3), while accepted files are stored anyway.
 */
class CollectCommandTest {
    @TempDir
    Path dir;
    Path data;
    Path out;

    @BeforeEach
    void sheets() {
        data = dir.resolve("data");
        out = dir.resolve("sheets");
        assertThat(CliRun.run(data, "sheets", "1", "--out", out.toString()).exitCode()).isZero();
    }

    /** Sets the score cell of 記入 at {@code address} (row 4 = S1-1 × speed) of a rater's file. */
    private Path fill(String file, String address, Object value) throws Exception {
        Path p = out.resolve(file);
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(p)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet s = wb.getSheet("記入");
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
        var cell = s.getRow(ref.getRow()).getCell(ref.getCol());
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
        try (OutputStream o = Files.newOutputStream(p)) {
            wb.write(o);
        }
        wb.close();
        return p;
    }

    private double stored(String measure, String criterion, String rater) throws Exception {
        try (Services s = Services.open(data, Locale.JAPANESE)) {
            return s.plans().open(1).plan().scores().stream().filter(x -> x.measure().equals(measure)
                    && x.criterion().equals(criterion) && x.rater().equals(rater)).mapToDouble(Score::value)
                    .findFirst().orElse(Double.NaN);
        }
    }

    private int scoreCount() throws Exception {
        try (Services s = Services.open(data, Locale.JAPANESE)) {
            return s.plans().open(1).plan().scores().size();
        }
    }

    @Test
    void aFolderOfCleanSheetsIsStoredAndExitsZero() throws Exception {
        fill("採点表_r1_企画課.xlsx", "G4", 1);
        CliRun r = CliRun.run(data, "collect", "1", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().filter(l -> l.contains(".xlsx"))).hasSize(3);
        assertThat(stored("S1-1", "speed", "r1")).isEqualTo(1.0);
        assertThat(scoreCount()).isEqualTo(150);

        CliRun again = CliRun.run(data, "collect", "1", out.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(scoreCount()).isEqualTo(150);
    }

    @Test
    void aRejectedFileExitsThreeListsEachProblemAndTheOthersAreStored() throws Exception {
        fill("採点表_r1_企画課.xlsx", "G4", 8);
        fill("採点表_r1_企画課.xlsx", "G5", "とても高い");
        fill("採点表_r2_情報政策課.xlsx", "G4", 1);
        double r1Before = stored("S1-1", "speed", "r1");

        CliRun r = CliRun.run(data, "collect", "1", out.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        List<String> problemLines = r.out().lines().filter(l -> l.startsWith("  ")).toList();
        assertThat(problemLines).hasSize(2);
        assertThat(problemLines.get(0)).contains("採点表_r1_企画課.xlsx").contains("記入!G4").contains("8");
        assertThat(problemLines.get(1)).contains("採点表_r1_企画課.xlsx").contains("記入!G5").contains("とても高い");
        assertThat(r.err()).startsWith("kaname: ");
        assertThat(stored("S1-1", "speed", "r1")).isEqualTo(r1Before);
        assertThat(stored("S1-1", "speed", "r2")).isEqualTo(1.0);
    }

    @Test
    void acceptValidStoresTheValidCellsOfAFileWithProblems() throws Exception {
        Path file = fill("採点表_r3_人事課.xlsx", "G4", 0);
        fill("採点表_r3_人事課.xlsx", "G5", 1);
        CliRun r = CliRun.run(data, "collect", "1", file.toString(), "--accept-valid");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).contains("記入!G4");
        assertThat(stored("S1-1", "feasibility", "r3")).isEqualTo(1.0);
        assertThat(stored("S1-1", "speed", "r3")).isEqualTo(4.0); // the sample's, untouched
    }

    @Test
    void dryRunStoresNothing() throws Exception {
        Path file = fill("採点表_r1_企画課.xlsx", "G4", 1);
        CliRun r = CliRun.run(data, "collect", "1", file.toString(), "--dry-run");
        assertThat(r.exitCode()).isZero();
        assertThat(stored("S1-1", "speed", "r1")).isEqualTo(3.0);
    }

    @Test
    void aFormulaIsRefusedAtItsCellWithExitThreeAndNoTrace() throws Exception {
        Path p = out.resolve("採点表_r1_企画課.xlsx");
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(p)) {
            wb = new XSSFWorkbook(in);
        }
        var cell = (org.apache.poi.xssf.usermodel.XSSFCell) wb.getSheet("記入").getRow(3).getCell(6);
        cell.setBlank();
        cell.getCTCell().addNewF().setStringValue("[1]Sheet1!A1"); // external reference, no computed value
        try (OutputStream o = Files.newOutputStream(p)) {
            wb.write(o);
        }
        wb.close();
        double before = stored("S1-1", "speed", "r1");
        CliRun r = CliRun.run(data, "collect", "1", p.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).contains("記入!G4", "数式は使えません", "=[1]Sheet1!A1").doesNotContain("評点 0");
        assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ", "org.apache");
        assertThat(stored("S1-1", "speed", "r1")).isEqualTo(before);
    }

    @Test
    void aSheetOfACopyOfThePlanIsStoredWithAWarningNamingBothPlans() throws Exception {
        long copy;
        try (Services s = Services.open(data, Locale.JAPANESE)) {
            copy = s.plans().create(s.plans().open(1).plan().withTitle("複製した計画"));
        }
        Path file = fill("採点表_r1_企画課.xlsx", "G4", 1);
        CliRun r = CliRun.run(data, "collect", String.valueOf(copy), file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().filter(l -> l.contains("注意"))).singleElement()
                .satisfies(l -> assertThat(l).contains("採点表_r1_企画課.xlsx", "_kaname", "（ID 1）",
                        "「複製した計画」（ID " + copy + "）"));
        try (Services s = Services.open(data, Locale.JAPANESE)) {
            assertThat(s.plans().open(copy).plan().scores()).anySatisfy(x -> {
                assertThat(List.of(x.measure(), x.criterion(), x.rater())).containsExactly("S1-1", "speed", "r1");
                assertThat(x.value()).isEqualTo(1.0);
            });
        }
        assertThat(stored("S1-1", "speed", "r1")).isEqualTo(3.0); // the plan the sheet was made for is untouched
    }

    @Test
    void anEndlessDeviceNamedLikeASheetIsRefusedAsTooLarge() throws Exception {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
        Path link = Files.createSymbolicLink(dir.resolve("zero.xlsx"), zero);
        CliRun r = CliRun.run(data, "collect", "1", link.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).contains("zero.xlsx", "ファイルが大きすぎます", "50 MB");
        assertThat(r.out() + r.err()).doesNotContain("OutOfMemory", "Exception");
    }

    @Test
    void aMissingPathIsInvalidInput() {
        CliRun r = CliRun.run(data, "collect", "1", dir.resolve("nowhere").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("nowhere");
    }
}
