package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaname.engine.RankingService;
import org.kaname.io.CsvReader;
import org.kaname.io.PlanJson;
import org.kaname.model.Plan;
import org.kaname.service.ExportService;

/**
 * Every CSV Kaname writes, on standard output and to files, on a plan full of text a spreadsheet would take for a
 * formula ({@link HostilePlan}): read back, no cell starts with {@code = + - @}, TAB or CR unless it is a plain
 * number, and the hostile text is there with a {@code '} in front. Negative amounts stay plain numbers. The XLSX
 * export holds the same text as string cells, never formulas.
 */
class CsvInjectionCliTest {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String PLAIN_NUMBER = "-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?";

    @TempDir
    static Path dir;
    static Path data;
    static Path hostile;

    @BeforeAll
    static void hostilePlanWithAVersionAChangeAndABackup() throws Exception {
        data = dir.resolve("data");
        Path sample = dir.resolve("sample.json");
        hostile = dir.resolve("hostile.json");
        ok(CliRun.run(data, "export", "1", "--out", sample.toString()));
        HostilePlan.write(sample, hostile);
        CliRun imported = ok(CliRun.run(data, "import", hostile.toString()));
        assertThat(imported.out().strip()).isEqualTo("2");
        ok(CliRun.run(data, "snapshot", "2", "--name", HostilePlan.HYPERLINK));
        ok(CliRun.run(data, "set-score", "2", "S1-3", HostilePlan.CRITERION, HostilePlan.RATER, "1",
                "--note", HostilePlan.HYPERLINK));
        ok(CliRun.run(data, "backup"));
    }

    static Stream<Arguments> printed() {
        return Stream.of(
                Arguments.of(List.of("rank", "2", "--format", "csv"), true),
                Arguments.of(List.of("rank", "2", "--format", "csv", "--model", "topsis"), true),
                Arguments.of(List.of("roadmap", "2", "--format", "csv"), true),
                Arguments.of(List.of("roadmap", "2", "--format", "csv", "--budget-table"), false),
                Arguments.of(List.of("indicators", "2", "--format", "csv"), true),
                Arguments.of(List.of("disagreements", "2", "--format", "csv"), true),
                Arguments.of(List.of("sensitivity", "2", "--format", "csv", "--samples", "200"), true),
                Arguments.of(List.of("weights", "2", "--format", "csv"), true),
                Arguments.of(List.of("rounds", "2", "--format", "csv"), true),
                Arguments.of(List.of("rounds", "2", "--format", "csv", "--movement", "1", "2"), true),
                Arguments.of(List.of("diff", "2", "1", "current", "--format", "csv"), true),
                Arguments.of(List.of("history", "2", "--format", "csv"), true),
                Arguments.of(List.of("versions", "2", "--format", "csv"), true),
                Arguments.of(List.of("backups", "--format", "csv"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("printed")
    void csvOnStandardOutputHasNoCellASpreadsheetWouldRun(List<String> args, boolean hostileTextShown) {
        CliRun r = ok(CliRun.run(data, args.toArray(String[]::new)));
        List<List<String>> rows = CsvReader.parse(r.out());
        assertThat(rows).as(String.join(" ", args)).hasSizeGreaterThan(1);
        int neutralised = assertSafe(String.join(" ", args), rows);
        if (hostileTextShown) {
            assertThat(neutralised).as("neutralised cells of " + args).isPositive();
        }
    }

    static Stream<List<String>> written() {
        return Stream.of(List.of("rank", "2"), List.of("roadmap", "2"), List.of("disagreements", "2"),
                List.of("diff", "2", "1", "current"));
    }

    @ParameterizedTest(name = "{0} --out x.csv")
    @MethodSource("written")
    void csvFilesHaveNoCellASpreadsheetWouldRun(List<String> args) throws Exception {
        Path file = dir.resolve(args.get(0) + ".csv");
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--out", file.toString()));
        ok(CliRun.run(data, all.toArray(String[]::new)));
        assertThat(assertSafe(file.toString(), readBack(file))).isPositive();
    }

    @Test
    void negativeAmountsStayPlainNumbers() {
        List<List<String>> rows = CsvReader.parse(
                ok(CliRun.run(data, "roadmap", "2", "--format", "csv", "--budget-table")).out());
        assertThat(rows.get(0)).containsExactly("year", "spent", "cap", "remaining");
        // S1-1 is pinned to 2026 and costs far more than the 1,000 yen a year: that year is overrun.
        assertThat(rows.get(1).get(3)).matches("-[0-9]+");
        assertThat(rows.stream().skip(1).map(r -> r.get(3))).allMatch(v -> v.matches(PLAIN_NUMBER));
    }

    @Test
    void theAppsCsvExportsAreNeutralisedToo() throws Exception {
        Plan plan = new PlanJson(Locale.JAPANESE).read(hostile);
        ExportService exports = new ExportService(new RankingService());
        for (ExportService.Kind kind : List.of(ExportService.Kind.RANKING_CSV, ExportService.Kind.ROADMAP_CSV)) {
            Path file = dir.resolve(kind + ".csv");
            exports.export(plan, kind, file, Locale.JAPANESE);
            assertThat(assertSafe(kind.toString(), readBack(file))).as(kind.toString()).isPositive();
        }
    }

    @Test
    void theWorkbookHoldsHostileTextAsStringsNotFormulas() throws Exception {
        Path file = dir.resolve("roadmap.xlsx");
        ok(CliRun.run(data, "roadmap", "2", "--out", file.toString()));
        int hostileCells = 0;
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING
                                && HostilePlan.DANGEROUS.contains(cell.getStringCellValue())) {
                            hostileCells++;
                        }
                    }
                }
            }
        }
        assertThat(hostileCells).isGreaterThan(5);
    }

    private static List<List<String>> readBack(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        return CsvReader.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Fails on a cell a spreadsheet would run; returns how many cells were neutralised with a leading quote. */
    private static int assertSafe(String what, List<List<String>> rows) {
        int neutralised = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String cell = rows.get(r).get(c);
                if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
                    assertThat(cell).as(what + " row " + (r + 1) + " column " + (c + 1)).matches(PLAIN_NUMBER);
                }
                if (cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
                    neutralised++;
                }
            }
        }
        return neutralised;
    }

    private static CliRun ok(CliRun r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }
}
