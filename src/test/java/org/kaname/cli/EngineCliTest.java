package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Judgment;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Weighting;
import org.kaname.model.WeightingMethod;
import org.kaname.service.Services;

/** rank, weights and sensitivity run in-process against a temporary data directory holding the sample plan (ID 1). */
class EngineCliTest {
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
    void rankCsvFollowsTheContract() {
        CliRun r = CliRun.run(data, "rank", "1", "--format", "csv");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("rank,id,title,score,tier");
        assertThat(lines).hasSize(11);
        assertThat(lines.get(1)).startsWith("1,S1-1,").endsWith(",高");
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).matches("\\d+,S\\d-\\d,[^,]+,\\d{1,3}\\.\\d{2},(高|中|低)");
        }
        assertThat(r.out()).doesNotContain("\r").doesNotStartWith("\uFEFF");
        assertThat(CliRun.run(data, "rank", "1", "--format", "csv").out()).isEqualTo(r.out());
    }

    @Test
    void theSampleGroupSummaryPutsSupportMeasureOneHighAndTwoAndThreeMedium() throws Exception {
        CliRun r = CliRun.run(data, "rank", "1", "--format", "json");
        assertThat(r.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("model").asText()).isEqualTo("weighted-sum");
        assertThat(json.get("measures")).hasSize(10);
        assertThat(json.get("measures").get(0).get("rank").asInt()).isEqualTo(1);
        List<String> tiers = new ArrayList<>();
        json.get("groups").forEach(g -> tiers.add(g.get("id").asText() + "=" + g.get("tier").asText()));
        assertThat(tiers).containsExactly("S1=高", "S2=中", "S3=中");
    }

    @Test
    void rankTableShowsTheMeasuresAndTheGroupSummary() {
        CliRun r = CliRun.run(data, "rank", "1");
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("rank").contains("title").contains("score").contains("tier");
        // The score column ends at the same display column on every measure line, Japanese titles included.
        int scoreEnd = DisplayWidth.of(lines.get(1).substring(0, lines.get(1).lastIndexOf("高")).stripTrailing());
        for (String line : lines.subList(1, 11)) {
            String beforeTier = line.substring(0, line.lastIndexOf("  ")).stripTrailing();
            assertThat(DisplayWidth.of(beforeTier)).isEqualTo(scoreEnd);
        }
        assertThat(r.out()).contains("group").containsPattern("S1 .*高");
    }

    @Test
    void scenariosAndTopsisRankDifferentlyAndUnknownNamesAreInvalidInput() {
        String own = CliRun.run(data, "rank", "1", "--format", "csv").out();
        CliRun scenario = CliRun.run(data, "rank", "1", "--format", "csv", "--scenario", "財政重視");
        assertThat(scenario.exitCode()).isZero();
        assertThat(scenario.out()).startsWith("rank,id,title,score,tier\n").isNotEqualTo(own);
        CliRun topsis = CliRun.run(data, "rank", "1", "--format", "csv", "--model", "topsis");
        assertThat(topsis.exitCode()).isZero();
        assertThat(topsis.out()).isNotEqualTo(own);

        CliRun unknown = CliRun.run(data, "rank", "1", "--scenario", "なし");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).contains("なし").contains("財政重視").hasLineCount(1);
        assertThat(unknown.out()).isEmpty();
        CliRun model = CliRun.run(data, "rank", "1", "--model", "electre");
        assertThat(model.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(model.err()).contains("electre").hasLineCount(1);
        assertThat(CliRun.run(data, "rank", "1", "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run(data, "rank", "99").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void unscoredMeasuresComeLastAndTitlesAreQuotedPerRfc4180() throws Exception {
        long id = store(p -> {
            List<Measure> measures = new ArrayList<>(p.measures());
            measures.add(Measure.of("X-1", "S1", "新規, \"仮\" 施策"));
            return p.withMeasures(measures);
        });
        CliRun r = CliRun.run(data, "rank", String.valueOf(id), "--format", "csv");
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(12);
        assertThat(lines.get(11)).isEqualTo(",X-1,\"新規, \"\"仮\"\" 施策\",,未評価");
    }

    @Test
    void weightsCsvIsNormalisedWithSixDecimalsAndAhpAddsTheConsistencyRatio() throws Exception {
        CliRun direct = CliRun.run(data, "weights", "1", "--format", "csv");
        assertThat(direct.exitCode()).isZero();
        List<String> lines = direct.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("criterion,weight");
        assertThat(lines).hasSize(6).allMatch(l -> l.equals("criterion,weight") || l.matches("[a-z]+,0\\.\\d{6}"));
        assertThat(direct.out()).doesNotContain("CR");

        // A consistent matrix for 8 : 4 : 2 : 1 : 1 over the sample's five criteria: CR 0.
        long id = store(p -> {
            List<String> ids = p.criteria().stream().map(c -> c.id()).toList();
            double[] w = {8, 4, 2, 1, 1};
            List<Judgment> judgments = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    judgments.add(new Judgment(ids.get(i), ids.get(j), w[i] / w[j]));
                }
            }
            return p.withWeighting(new Weighting(WeightingMethod.AHP, judgments, null, null));
        });
        CliRun ahp = CliRun.run(data, "weights", String.valueOf(id), "--format", "csv");
        assertThat(ahp.exitCode()).isZero();
        List<String> ahpLines = ahp.out().lines().toList();
        assertThat(ahpLines).hasSize(7);
        assertThat(ahpLines.get(1)).endsWith(",0.500000"); // 8 / 16
        assertThat(ahpLines.get(5)).endsWith(",0.062500"); // 1 / 16
        assertThat(ahpLines.get(6)).isEqualTo("CR,0.000000");
        assertThat(ahp.err()).isEmpty();
        assertThat(CliRun.run(data, "weights", String.valueOf(id)).out()).contains("CR: 0.000000");
    }

    @Test
    void anInconsistentAhpPlanWarnsOnStderr() throws Exception {
        long id = store(p -> {
            List<String> ids = p.criteria().stream().map(c -> c.id()).toList();
            List<Judgment> judgments = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                for (int j = i + 1; j < 5; j++) {
                    // a cycle-heavy pattern: each criterion beats the next but loses badly to the one after
                    judgments.add(new Judgment(ids.get(i), ids.get(j), (j - i) % 2 == 1 ? 9 : 1.0 / 9));
                }
            }
            return p.withWeighting(new Weighting(WeightingMethod.AHP, judgments, null, null));
        });
        CliRun r = CliRun.run(data, "weights", String.valueOf(id), "--format", "csv");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("above 0.10").hasLineCount(1);
        String cr = r.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(Double.parseDouble(cr.substring(3))).isGreaterThan(0.10);
    }

    @Test
    void sensitivityCsvIsReproducibleAndHasOneColumnPerTier() {
        CliRun r = CliRun.run(data, "sensitivity", "1", "--samples", "500", "--seed", "7", "--format", "csv");
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,title,mean_rank,rank_p5,rank_p95,p:高,p:中,p:低");
        assertThat(lines).hasSize(11);
        assertThat(lines.get(1)).startsWith("S1-1,");
        for (String line : lines.subList(1, 11)) {
            assertThat(line).matches("S\\d-\\d,[^,]+,\\d+\\.\\d{2},\\d+,\\d+,[01]\\.\\d{4},[01]\\.\\d{4},[01]\\.\\d{4}");
        }
        assertThat(CliRun.run(data, "sensitivity", "1", "--samples", "500", "--seed", "7", "--format", "csv").out())
                .isEqualTo(r.out());
        assertThat(CliRun.run(data, "sensitivity", "1", "--samples", "500", "--seed", "8", "--format", "csv").out())
                .isNotEqualTo(r.out());
    }

    @Test
    void sensitivityTableAddsTheOneWayIntervalsAndBadOptionsAreRejected() {
        CliRun r = CliRun.run(data, "sensitivity", "1", "--samples", "300");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("mean_rank").contains("one-way").contains("speed");
        CliRun bad = CliRun.run(data, "sensitivity", "1", "--spread", "1.5");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.err()).contains("spread").hasLineCount(1);
        assertThat(CliRun.run(data, "sensitivity", "1", "--samples", "0").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }
}
