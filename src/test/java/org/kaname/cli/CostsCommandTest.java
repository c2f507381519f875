package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.io.CsvReader;

/**
 * {@code costs} run in-process on the sample plan (ID 1, 2026–2030, every measure in the simple form, from its
 * earliest start), worked by hand in yen: S1-1 15,000,000 + 8,000,000 in 2026, 8,000,000 in 2027; S1-3 (from 2027)
 * 32,000,000, 12,000,000, 12,000,000. 支援策① in 2026: S1-1 23,000,000 + S1-2 35,000,000 = 58,000,000; in 2027:
 * 8 + 30 + 32 + 35 = 105,000,000. The plan in 2026: 23 + 35 + S2-2 20 + S2-3 48 + S3-1 44 + S3-2 15 + S3-3 27 =
 * 212,000,000.
 */
class CostsCommandTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void sample() {
        data = dir.resolve("data");
        assertThat(CliRun.run(data, "plans").exitCode()).isZero();
    }

    private static List<String> find(List<List<String>> rows, String level, String id, String year) {
        return rows.stream().filter(r -> r.get(10).equals(level) && r.get(0).equals(id) && r.get(2).equals(year))
                .findFirst().orElseThrow(() -> new AssertionError(level + " " + id + " " + year));
    }

    @Test
    void csvHasOneRecordPerMeasureAndYearThenSubtotalsPerSupportMeasureAndPillar() {
        CliRun r = CliRun.run(data, "costs", "1", "--format", "csv");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("id,title,year,project_cost,personnel_cost,total,")
                .doesNotStartWith("\uFEFF").doesNotContain("\r");
        List<List<String>> rows = CsvReader.parse(r.out());
        assertThat(rows.get(0)).containsExactly("id", "title", "year", "project_cost", "personnel_cost", "total",
                "national", "prefectural", "other", "general_fund", "level");
        // 2 + 5 + 3 + 4 + 2 + 1 + 5 + 5 + 3 + 5 = 35 measure-years; 3 × 5 support-measure years, 3 × 5 pillar
        // years, 5 total years.
        assertThat(rows).hasSize(1 + 35 + 15 + 15 + 5);
        assertThat(rows.subList(1, 4)).containsExactly(
                List.of("S1-1", "特別区合同デジタル人材戦略の策定と実行", "2026", "23000000", "0", "23000000", "0", "0",
                        "0", "23000000", "measure"),
                List.of("S1-1", "特別区合同デジタル人材戦略の策定と実行", "2027", "8000000", "0", "8000000", "0", "0",
                        "0", "8000000", "measure"),
                List.of("S1-2", "外部専門人材の戦略的活用と登用", "2026", "35000000", "0", "35000000", "0", "0", "0",
                        "35000000", "measure"));
        assertThat(find(rows, "measure", "S1-3", "2027").get(5)).isEqualTo("32000000");
        assertThat(find(rows, "measure", "S1-3", "2029").get(5)).isEqualTo("12000000");
        assertThat(rows.stream().filter(row -> row.get(0).equals("S1-3") && row.get(10).equals("measure"))
                .map(row -> row.get(2))).containsExactly("2027", "2028", "2029");
        List<String> s1 = find(rows, "group", "S1", "2026");
        assertThat(s1.subList(1, 6)).containsExactly("支援策①：DX推進リーダーの確保・育成と組織体制の強化", "2026",
                "58000000", "0", "58000000");
        assertThat(find(rows, "group", "S1", "2027").get(5)).isEqualTo("105000000");
        assertThat(find(rows, "pillar", "people", "2027").subList(1, 6))
                .containsExactly("人材・組織", "2027", "105000000", "0", "105000000");
        assertThat(find(rows, "total", "", "2026").subList(1, 6))
                .containsExactly("合計", "2026", "212000000", "0", "212000000");
    }

    @Test
    void theTableShowsThousandsOfYenWithTheSubtotals() {
        CliRun r = CliRun.run(data, "costs", "1");
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("施策別（計画どおりの年度）");
        assertThat(lines.get(1)).startsWith("ID").contains("年度", "事業費", "人件費", "合計", "国庫支出金",
                "都道府県支出金", "その他", "一般財源", "名称");
        assertThat(lines.get(2)).startsWith("S1-1").contains("2026年度（令和8年度）", "23,000")
                .endsWith("特別区合同デジタル人材戦略の策定と実行");
        assertThat(lines).contains("支援策別の小計", "柱別の小計", "計画全体の合計");
        assertThat(lines.stream().filter(l -> l.startsWith("S1 ")).findFirst().orElseThrow())
                .contains("2026年度（令和8年度）", "58,000");
        assertThat(lines.get(lines.size() - 1)).startsWith("（金額は千円");
    }

    @Test
    void outWritesTheSameRecordsAsUtf8WithBomForExcel() throws Exception {
        Path file = dir.resolve("費用.csv");
        CliRun r = CliRun.run(data, "costs", "1", "--out", file.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(CsvReader.parse(new String(bytes, StandardCharsets.UTF_8)))
                .isEqualTo(CsvReader.parse(CliRun.run(data, "costs", "1", "--format", "csv").out()));
    }

    @Test
    void costsByYearAreListedWithPersonnelAtThePlansRateAndTheirSources() throws Exception {
        long id;
        try (org.kaname.service.Services services = org.kaname.service.Services.open(data, java.util.Locale.JAPANESE)) {
            org.kaname.model.Plan plan = services.plans().open(1).plan();
            java.util.List<org.kaname.model.Measure> measures = new java.util.ArrayList<>(plan.measures());
            // S1-1 phased: 2027 事業費 10,000,000, 人工 0.5, 国庫 2,000,000; 2028 事業費 3,000,000.
            measures.set(0, measures.get(0).withYearCosts(List.of(
                    new org.kaname.model.YearCost(2027, 10_000_000, List.of(), 0.5, 2_000_000, 0, 0),
                    org.kaname.model.YearCost.project(2028, 3_000_000))));
            id = services.plans().create(plan.withMeasures(measures)
                    .withFollowUp(plan.followUp().withPersonnelRate(8_000_000)));
        }
        CliRun r = CliRun.run(data, "costs", String.valueOf(id), "--format", "csv");
        assertThat(r.exitCode()).isZero();
        List<List<String>> rows = CsvReader.parse(r.out());
        // 0.5 × 8,000,000 = 4,000,000 人件費; total 14,000,000; 一般財源 14,000,000 − 2,000,000 = 12,000,000.
        assertThat(rows.subList(1, 3)).containsExactly(
                List.of("S1-1", "特別区合同デジタル人材戦略の策定と実行", "2027", "10000000", "4000000", "14000000",
                        "2000000", "0", "0", "12000000", "measure"),
                List.of("S1-1", "特別区合同デジタル人材戦略の策定と実行", "2028", "3000000", "0", "3000000", "0", "0",
                        "0", "3000000", "measure"));
        // 支援策① in 2026 is now S1-2 alone (35,000,000); in 2027 14 + 30 + 32 + 35 = 111,000,000.
        assertThat(find(rows, "group", "S1", "2026").get(5)).isEqualTo("35000000");
        assertThat(find(rows, "group", "S1", "2027").subList(3, 10)).containsExactly("107000000", "4000000",
                "111000000", "2000000", "0", "0", "109000000");
    }

    @Test
    void anUnknownPlanOrABadFileIsInvalidInput() {
        CliRun unknown = CliRun.run(data, "costs", "99");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).contains("99");
        CliRun missing = CliRun.run(data, "costs", "1", "--out", dir.resolve("no/such/c.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(Files.exists(dir.resolve("no"))).isFalse();
    }
}
