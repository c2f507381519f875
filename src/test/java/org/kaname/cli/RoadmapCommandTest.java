package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.io.CsvReader;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.service.Services;

/**
 * {@code roadmap} run in-process on the sample plan (ID 1: 2026–2030, 200 million yen a year), worked by hand in
 * millions, in rank order: S1-1 2026–27 (23, 8); S1-3 after S1-1, 2028–30 (32, 12, 12); S1-2 2026–30 (35, then 30);
 * S1-4 from 2027 (35, then 25); S2-3 2026–30 (48, then 18); S2-1 needs S2-2, which needs S1-1: S2-2 2028 (20), S2-1
 * 2029–30 (80, 20). Spent so far 2026–30: 106, 91, 125, 165, 105. S3-1 (44, then 36, five years, so 2026 only)
 * would make 2029 201: deferred, 1 million over in 2029. S3-3 2026–30 (27, then 12); S3-2 2026–28 (15, 3, 3).
 * Spent: 148, 106, 140, 177, 117.
 */
class RoadmapCommandTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void sample() {
        data = dir.resolve("data");
        assertThat(CliRun.run(data, "plans").exitCode()).isZero();
    }

    private long store(java.util.function.UnaryOperator<Plan> change) throws Exception {
        try (Services services = Services.open(data, Locale.JAPANESE)) {
            return services.plans().create(change.apply(services.plans().open(1).plan()));
        }
    }

    @Test
    void csvStartsWithTheContractHeaderAndHasOneRecordPerMeasureInPlanOrder() {
        CliRun r = CliRun.run(data, "roadmap", "1", "--format", "csv");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("id,title,start,end,status,").doesNotStartWith("\uFEFF").doesNotContain("\r");
        List<List<String>> rows = CsvReader.parse(r.out());
        assertThat(rows).hasSize(11);
        assertThat(rows.get(0).subList(0, 5)).containsExactly("id", "title", "start", "end", "status");
        assertThat(rows.get(0)).endsWith("cost_2026", "cost_2027", "cost_2028", "cost_2029", "cost_2030");
        assertThat(rows.subList(1, 11)).extracting(row -> row.get(0)).containsExactly(
                "S1-1", "S1-2", "S1-3", "S1-4", "S2-1", "S2-2", "S2-3", "S3-1", "S3-2", "S3-3");
        assertThat(rows.get(1).subList(0, 5))
                .containsExactly("S1-1", "特別区合同デジタル人材戦略の策定と実行", "2026", "2027", "scheduled");
        assertThat(rows.get(3).subList(2, 5)).containsExactly("2028", "2030", "scheduled");
        assertThat(rows.get(5).subList(2, 5)).containsExactly("2029", "2030", "scheduled");
        assertThat(rows.get(6).subList(2, 5)).containsExactly("2028", "2028", "scheduled");
        assertThat(rows.get(8).subList(2, 5)).containsExactly("", "", "deferred");
        assertThat(rows.get(8).get(5)).contains("予算超過", "2029年度 1,000千円超過");
        assertThat(rows.get(1).subList(10, 15)).containsExactly("23000000", "8000000", "", "", "");
        for (List<String> row : rows.subList(1, 11)) {
            assertThat(row.get(4)).isIn("scheduled", "deferred", "unscored");
            if (row.get(4).equals("scheduled")) {
                assertThat(row.get(2)).matches("20\\d\\d");
                assertThat(Integer.parseInt(row.get(3))).isBetween(Integer.parseInt(row.get(2)), 2030);
            }
        }
    }

    @Test
    void theBudgetTableInCsvHasPlainYearsAndTheSampleCap() {
        CliRun r = CliRun.run(data, "roadmap", "1", "--budget-table", "--format", "csv");
        assertThat(r.exitCode()).isZero();
        List<List<String>> rows = CsvReader.parse(r.out());
        assertThat(rows.get(0)).containsExactly("year", "spent", "cap", "remaining");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0))
                .containsExactly("2026", "2027", "2028", "2029", "2030");
        assertThat(rows.get(1)).containsExactly("2026", "148000000", "200000000", "52000000");
        assertThat(rows.get(4)).containsExactly("2029", "177000000", "200000000", "23000000");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(Long.parseLong(row.get(1))).isLessThanOrEqualTo(200_000_000L);
        }
    }

    @Test
    void theBudgetTableLabelsYearsWithTheEraAndAmountsInYen() {
        CliRun r = CliRun.run(data, "roadmap", "1", "--budget-table");
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).startsWith("年度").contains("支出", "予算上限", "残額");
        assertThat(lines.get(2)).startsWith("2027年度（令和9年度）").contains("200,000,000円");
        assertThat(lines.get(1)).contains("148,000,000円").contains("52,000,000円");
        assertThat(lines.get(6)).startsWith("合計").contains("688,000,000円", "1,000,000,000円", "312,000,000円");
    }

    @Test
    void theTableShowsEveryMeasureAndWhyTheDeferredOnesAreDeferred() {
        CliRun r = CliRun.run(data, "roadmap", "1");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("S1-1", "2026", "実施", "見送り", "見送り・未評価の理由",
                "S3-1: 予算超過: 2026年度に開始すると予算を超えます（2029年度 1,000千円超過）");
        // S1-1 costs 23,000 thousand yen in its first year, 8,000 after.
        assertThat(r.out().lines().filter(l -> l.startsWith("S1-1")).findFirst().orElseThrow())
                .contains("23,000", "8,000");
    }

    @Test
    void outCsvWritesUtf8WithBomTheSameRecordsAndPrintsNothing() throws IOException {
        Path file = dir.resolve("ロードマップ.csv");
        CliRun r = CliRun.run(data, "roadmap", "1", "--out", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        String stdout = CliRun.run(data, "roadmap", "1", "--format", "csv").out();
        assertThat(CsvReader.parse(text)).isEqualTo(CsvReader.parse(stdout));
    }

    @Test
    void outXlsxWritesTheThreeSheetsWithJapaneseIntact() throws Exception {
        Path file = dir.resolve("roadmap.xlsx");
        CliRun r = CliRun.run(data, "roadmap", "1", "--out", file.toString());
        assertThat(r.exitCode()).isZero();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("ランキング", "ロードマップ", "年度別予算");
            assertThat(wb.getSheet("ロードマップ").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("特別区合同デジタル人材戦略の策定と実行");
            assertThat(wb.getSheet("年度別予算").getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2e8);
        }
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsExit3WithOneLineAndNoFile() throws IOException {
        CliRun missing = CliRun.run(data, "roadmap", "1", "--out", dir.resolve("no/such/r.xlsx").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(missing.err()).contains("no/such").hasLineCount(1).doesNotContain("Exception");
        assertThat(Files.exists(dir.resolve("no"))).isFalse();
        Path folder = Files.createDirectory(dir.resolve("taken.csv"));
        CliRun taken = CliRun.run(data, "roadmap", "1", "--out", folder.toString());
        assertThat(taken.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(taken.err()).contains("taken.csv").hasLineCount(1);
        assertThat(Files.isDirectory(folder)).isTrue();
        assertThat(folder.toFile().list()).isEmpty();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("data", "taken.csv");
    }

    @Test
    void anUnknownPlanIsExit3AndBadOptionsAreUsageErrors() {
        CliRun unknown = CliRun.run(data, "roadmap", "42");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).contains("42").hasLineCount(1);
        CliRun extension = CliRun.run(data, "roadmap", "1", "--out", dir.resolve("r.txt").toString());
        assertThat(extension.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(extension.err()).contains("r.txt", ".csv", ".xlsx").hasLineCount(1);
        assertThat(Files.exists(dir.resolve("r.txt"))).isFalse();
        assertThat(CliRun.run(data, "roadmap", "1", "--format", "json").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aPrerequisiteCycleIsExit3NamingTheCycle() throws Exception {
        long id = store(p -> {
            List<Measure> ms = new ArrayList<>(p.measures());
            ms.set(0, ms.get(0).withDependsOn(List.of("S1-3"))); // S1-3 already needs S1-1
            return p.withMeasures(ms);
        });
        CliRun r = CliRun.run(data, "roadmap", String.valueOf(id));
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("S1-1 → S1-3 → S1-1").hasLineCount(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aPinnedMeasureIsMarkedAndWhatThePinBreaksIsAWarning() throws Exception {
        long id = store(p -> {
            List<Measure> ms = new ArrayList<>(p.measures());
            // S2-1 (earliest start 2027, 4 years) pinned to 2026, its prerequisite S2-2 dropped.
            ms.set(4, ms.get(4).withDependsOn(List.of()).withPinnedStart(2026));
            return p.withMeasures(ms);
        });
        CliRun r = CliRun.run(data, "roadmap", String.valueOf(id));
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("実施（固定）")
                .contains("警告\n  S2-1 は 2026年度開始に固定されていますが、開始可能年度は 2027年度以降です");
        CliRun csv = CliRun.run(data, "roadmap", String.valueOf(id), "--format", "csv");
        List<String> s21 = CsvReader.parse(csv.out()).get(5);
        assertThat(s21.subList(0, 5)).containsExactly("S2-1",
                "「書かない・待たせない・回らない」窓口の標準モデル構築と展開", "2026", "2027", "scheduled");
        assertThat(s21.get(8)).isEqualTo("true");
    }
}
