package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.ActualsTestPlans;
import org.kaname.io.CsvReader;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.service.Services;

/**
 * {@code indicators} run in-process on {@link ActualsTestPlans#numeric()} (plan period 2026–2030, default rule
 * A ≥ 100%, B ≥ 80%, C below) with these actuals, 達成率 worked by hand:
 * <ul>
 *   <li>G1-KGI-1 (%, up, 現状値 40, 60 in 2027, 80 final in 2030): 2026 50 against the final 80, (50−40)/(80−40)
 *       = 0.25 C; 2027 55, (55−40)/(60−40) = 0.75 C.</li>
 *   <li>B01-KPI-1 (人, up, no baseline, 100 / 150 / 200 final): 2026 90, 90/100 = 0.9 B; 2027 100, 100/150 =
 *       0.6667 C.</li>
 *   <li>B02-KSI-1: qualitative (target text 向上).</li>
 *   <li>B03-KPI-1 (日, down, 現状値 10, 5 final in 2030): 2027 7, (10−7)/(10−5) = 0.6 C; 2028 4, (10−4)/(10−5)
 *       = 1.2 A.</li>
 * </ul>
 */
class IndicatorsCommandTest {
    private static final String G1 = "デジタル手続の利用率";

    @TempDir
    Path dir;
    Path data;
    String id;

    @BeforeEach
    void plan() throws Exception {
        data = dir.resolve("data");
        assertThat(CliRun.run(data, "plans").exitCode()).isZero();
        id = String.valueOf(store(IndicatorsCommandTest::withActuals));
    }

    private long store(UnaryOperator<Plan> change) throws Exception {
        try (Services services = Services.open(data, Locale.JAPANESE)) {
            return services.plans().create(change.apply(ActualsTestPlans.numeric()));
        }
    }

    static Plan withActuals(Plan p) {
        List<MeasureGroup> groups = p.groups().stream().map(g -> !g.id().equals("G1") ? g
                : new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(), List.of(g.indicators().get(0)
                .withActual(IndicatorActual.of(2026, 50)).withActual(IndicatorActual.of(2027, 55))), g.evidence()))
                .toList();
        List<Measure> measures = p.measures().stream().map(m -> switch (m.id()) {
            case "B01" -> m.withIndicators(List.of(m.indicators().get(0).withActual(IndicatorActual.of(2027, 100))));
            case "B03" -> m.withIndicators(List.of(m.indicators().get(0).withActual(IndicatorActual.of(2027, 7))
                    .withActual(IndicatorActual.of(2028, 4))));
            default -> m;
        }).toList();
        return p.withStructure(p.pillars(), groups, measures);
    }

    @Test
    void csvHasOneRowPerIndicatorAndYearWithHandComputedAchievement() {
        CliRun r = CliRun.run(data, "indicators", id, "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("owner,indicator,kind,unit,year,target,actual,achievement,grade,")
                .doesNotStartWith("\uFEFF").doesNotContain("\r");
        List<List<String>> rows = CsvReader.parse(r.out());
        assertThat(rows.get(0)).containsExactly("owner", "indicator", "kind", "unit", "year", "target", "actual",
                "achievement", "grade", "direction", "baseline", "baseline_year", "final_target", "final_year", "name");
        assertThat(rows.subList(1, rows.size())).containsExactly(
                List.of("G1", "G1-KGI-1", "KGI", "%", "2026", "80", "50", "0.25", "C", "UP", "40", "2025", "80", "2030",
                        G1),
                List.of("G1", "G1-KGI-1", "KGI", "%", "2027", "60", "55", "0.75", "C", "UP", "40", "2025", "80", "2030",
                        G1),
                List.of("G1", "G1-KGI-1", "KGI", "%", "2030", "80", "", "", "", "UP", "40", "2025", "80", "2030", G1),
                List.of("B01", "B01-KPI-1", "KPI_OUTPUT", "人", "2026", "100", "90", "0.9", "B", "UP", "", "", "200",
                        "2030", "研修受講者数"),
                List.of("B01", "B01-KPI-1", "KPI_OUTPUT", "人", "2027", "150", "100", "0.6667", "C", "UP", "", "",
                        "200", "2030", "研修受講者数"),
                List.of("B01", "B01-KPI-1", "KPI_OUTPUT", "人", "2030", "200", "", "", "", "UP", "", "", "200", "2030",
                        "研修受講者数"),
                List.of("B02", "B02-KSI-1", "KSI", "", "", "", "", "", "", "", "", "", "", "", "研修体系への満足度"),
                List.of("B03", "B03-KPI-1", "KPI_OUTCOME", "日", "2027", "5", "7", "0.6", "C", "DOWN", "10", "2025",
                        "5", "2030", "オンライン申請の平均処理日数"),
                List.of("B03", "B03-KPI-1", "KPI_OUTCOME", "日", "2028", "5", "4", "1.2", "A", "DOWN", "10", "2025",
                        "5", "2030", "オンライン申請の平均処理日数"),
                List.of("B03", "B03-KPI-1", "KPI_OUTCOME", "日", "2030", "5", "", "", "", "DOWN", "10", "2025", "5",
                        "2030", "オンライン申請の平均処理日数"));
    }

    @Test
    void oneYearListsEveryIndicatorOnceAndTheQualitativeOneWithBlankNumbers() {
        CliRun r = CliRun.run(data, "indicators", id, "--year", "2027", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<List<String>> rows = CsvReader.parse(r.out());
        assertThat(rows.subList(1, rows.size())).extracting(row -> String.join(",", row.subList(0, 9)))
                .containsExactly(
                        "G1,G1-KGI-1,KGI,%,2027,60,55,0.75,C",
                        "B01,B01-KPI-1,KPI_OUTPUT,人,2027,150,100,0.6667,C",
                        "B02,B02-KSI-1,KSI,,2027,,,,",
                        "B03,B03-KPI-1,KPI_OUTCOME,日,2027,5,7,0.6,C");
        // 2029 has no target of its own anywhere: the final targets stand in, and there is no actual.
        rows = CsvReader.parse(CliRun.run(data, "indicators", id, "--year", "2029", "--format", "csv").out());
        assertThat(rows.subList(1, rows.size())).extracting(row -> String.join(",", row.subList(4, 9)))
                .containsExactly("2029,80,,,", "2029,200,,,", "2029,,,,", "2029,5,,,");
    }

    @Test
    void theTableLabelsYearsWithTheEraShowsUnitsAndPercentAndTheGradeRule() {
        CliRun r = CliRun.run(data, "indicators", id);
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("施策・支援策").contains("指標", "区分", "年度", "目標値", "実績値", "達成率",
                "評価", "指標名");
        assertThat(lines).hasSize(1 + 10 + 3);
        // 2026 has no target of its own: the final 80% stands in, marked.
        assertThat(lines.get(1)).startsWith("G1").contains("2026年度（令和8年度）", "80%（最終）", "50%", "25.0%", " C ");
        assertThat(lines.get(2)).startsWith("G1").contains("2027年度（令和9年度）", "60%", "55%", "75.0%", " C ", G1)
                .doesNotContain("最終");
        assertThat(lines.get(3)).contains("2030年度（令和12年度）", "80%").doesNotContain("最終");
        assertThat(lines.get(5)).startsWith("B01").contains("KPI（アウトプット）", "100人", "150人", "66.7%");
        assertThat(lines.get(7)).startsWith("B02").contains("KSI", "向上", "研修体系への満足度").doesNotContain("%");
        assertThat(lines.get(9)).startsWith("B03").contains("2028年度（令和10年度）", "5日（最終）", "4日", "120.0%", " A ");
        assertThat(lines.get(12)).isEqualTo("目標値の（最終）は、その年度の目標値がないため最終目標値と比べたものです。");
        assertThat(lines.get(13)).isEqualTo("評価の基準（達成率）: A 100%以上、B 80%以上、C それ未満");
        // Columns line up by display width: the achievement column ends at the same width on every row with one.
        int end = DisplayWidth.of(lines.get(2).substring(0, lines.get(2).indexOf("75.0%") + 5));
        assertThat(DisplayWidth.of(lines.get(9).substring(0, lines.get(9).indexOf("120.0%") + 6))).isEqualTo(end);
    }

    @Test
    void aYearOutsideThePlanOrAnUnknownPlanIsInvalidInput() {
        CliRun r = CliRun.run(data, "indicators", id, "--year", "2031");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--year 2031", "2026年度〜2030年度");
        assertThat(CliRun.run(data, "indicators", id, "--year", "2025").exitCode())
                .isEqualTo(ExitCodes.INVALID_INPUT);
        CliRun unknown = CliRun.run(data, "indicators", "99");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).contains("99");
        assertThat(CliRun.run(data, "indicators", id, "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aPlanWithoutIndicatorsPrintsTheHeaderOnlyAndSaysSoInTheTable() throws Exception {
        String bare = String.valueOf(store(p -> p.withStructure(p.pillars(),
                p.groups().stream().map(g -> new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(),
                        List.<Indicator>of(), g.evidence())).toList(),
                p.measures().stream().map(m -> m.withIndicators(List.of())).toList())));
        assertThat(CliRun.run(data, "indicators", bare, "--format", "csv").out())
                .isEqualTo(String.join(",", IndicatorsCommand.HEADER) + "\n");
        assertThat(CliRun.run(data, "indicators", bare).out()).contains("この計画には指標がありません。");
    }
}
