package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.service.Services;
import org.kaname.service.Users;

/**
 * {@code diff} on the sample plan (plan 1: 10 measures, 5 equally weighted criteria on 1–5, raters r1 企画課, r2, r3).
 * With equal weights a measure's score is the mean of its 15 values on 0–100: (sum − 15) / 60 × 100. S1-1's values
 * sum to 63 (80.00, rank 1), S1-3's to 61 (76.67, rank 2), S1-2's to 59 (73.33, rank 3). Setting S1-1 / cost / r1
 * from 5 to 2 makes S1-1's sum 60: 75.00, below S1-3 and above S1-2, so S1-1 goes 1 → 2 (↓1) and S1-3 2 → 1 (↑1);
 * both stay in tier 高 (70 and up).
 */
class DiffCliTest {
    static final String S1_1 = "特別区合同デジタル人材戦略の策定と実行";
    static final String S1_3 = "内部人材（DX推進リーダー）育成プログラムの共同開発";

    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void sample() {
        data = dir.resolve("data");
        assertThat(CliRun.run(data, "plans").exitCode()).isZero();
    }

    /** Version 1 is the sample as loaded; then S1-1 / cost / r1 goes from 5 to 2. */
    private void snapshotThenMoveS11() {
        assertThat(CliRun.run(data, "snapshot", "1", "--name", "令和9年度 部長会議提出版").out()).isEqualTo("1\n");
        CliRun set = CliRun.run(data, "set-score", "1", "S1-1", "cost", "r1", "2");
        assertThat(set.exitCode()).as(set.err()).isZero();
    }

    @Test
    void csvHasTheMovementOfEachMeasureInBsRankOrder() {
        List<String> rankBefore = CliRun.run(data, "rank", "1", "--format", "csv").out().lines().toList();
        snapshotThenMoveS11();
        List<String> rankAfter = CliRun.run(data, "rank", "1", "--format", "csv").out().lines().toList();

        CliRun r = CliRun.run(data, "diff", "1", "1", "current", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,title,rank_a,rank_b,score_a,score_b,tier_a,tier_b");
        assertThat(lines).hasSize(11);
        // The numbers worked out by hand (see the class comment).
        assertThat(lines).contains("S1-1," + S1_1 + ",1,2,80.00,75.00,高,高", "S1-3," + S1_3 + ",2,1,76.67,76.67,高,高",
                "S1-2,外部専門人材の戦略的活用と登用,3,3,73.33,73.33,高,高");
        assertThat(lines.get(1)).startsWith("S1-3,");
        assertThat(lines.get(2)).startsWith("S1-1,");
        // And every row agrees with what 'rank' printed before and after, in the order 'rank' prints now.
        List<String> expected = new ArrayList<>();
        for (String after : rankAfter.subList(1, rankAfter.size())) {
            String[] b = after.split(",");
            String[] a = rankBefore.stream().map(l -> l.split(",")).filter(f -> f[1].equals(b[1])).findFirst()
                    .orElseThrow();
            expected.add(String.join(",", b[1], b[2], a[0], b[0], a[3], b[3], a[4], b[4]));
        }
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expected);
    }

    @Test
    void tableNamesBothSidesAndShowsArrowsAsTextAndWhoChangedTheScore() {
        snapshotThenMoveS11();
        CliRun r = CliRun.run(data, "diff", "1", "1", "current");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("計画 1「特別区における情報化推進リーダー");
        assertThat(lines.get(1)).matches("A: 版 1「令和9年度 部長会議提出版」（\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d 保存）");
        assertThat(lines.get(2)).isEqualTo("B: 現在の計画");
        assertThat(lines).anyMatch(l -> l.matches("↓1 +S1-1 +" + S1_1 + " +1 → 2 +80\\.00 → 75\\.00 +高 → 高"));
        assertThat(lines).anyMatch(l -> l.matches("↑1 +S1-3 +" + Pattern.quote(S1_3) + " +2 → 1 +76\\.67 → 76\\.67 .*"));
        assertThat(lines).anyMatch(l -> l.matches("― +S1-2 +.* 3 → 3 .*"));
        assertThat(lines).anyMatch(l -> l.startsWith("変動: ↑n は順位が n 上がった"));
        assertThat(lines).contains("重みは変わっていません。", "追加・削除された施策はありません。");
        assertThat(lines).anyMatch(l -> l.matches("S1-1 " + S1_1 + " +費用対効果 +企画課 +5 +2 +"
                + Pattern.quote(Users.systemUser())));

        // The other way round, the arrows turn round too.
        List<String> back = CliRun.run(data, "diff", "1", "current", "1").out().lines().toList();
        assertThat(back.get(1)).isEqualTo("A: 現在の計画");
        assertThat(back).anyMatch(l -> l.matches("↑1 +S1-1 .* 2 → 1 +75\\.00 → 80\\.00 .*"));
        assertThat(back).anyMatch(l -> l.matches("S1-1 .* 企画課 +2 +5 +.*"));
    }

    @Test
    void theTableIsInEnglishOnAnEnglishSystem() {
        snapshotThenMoveS11();
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            List<String> lines = CliRun.run(data, "diff", "1", "1", "current").out().lines().toList();
            assertThat(lines.get(1)).startsWith("A: version 1 \"令和9年度 部長会議提出版\" (saved ");
            assertThat(lines.get(2)).isEqualTo("B: the current plan");
            assertThat(lines).anyMatch(l -> l.matches("↓1 +S1-1 .* 1 → 2 .*"));
            assertThat(lines).contains("No weight changed.");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void anAddedMeasureHasABlankSideAndIsNewInTheTable() throws Exception {
        assertThat(CliRun.run(data, "snapshot", "1", "--name", "before").exitCode()).isZero();
        // S9-1 scored 1 everywhere: score 0.00, last of 11, tier 低 (under 50); nothing else moves.
        try (Services services = Services.open(data, Locale.JAPANESE)) {
            Plan plan = services.plans().open(1).plan();
            List<Measure> measures = new ArrayList<>(plan.measures());
            measures.add(Measure.of("S9-1", "S3", "追加した施策"));
            List<Score> scores = new ArrayList<>(plan.scores());
            for (String criterion : List.of("speed", "feasibility", "cost", "fairness", "evidence")) {
                for (String rater : List.of("r1", "r2", "r3")) {
                    scores.add(Score.of("S9-1", criterion, rater, 1));
                }
            }
            services.plans().save(1, plan.withMeasures(measures).withRatersAndScores(plan.raters(), scores));
        }
        List<String> csv = CliRun.run(data, "diff", "1", "1", "current", "--format", "csv").out().lines().toList();
        assertThat(csv).hasSize(12);
        assertThat(csv.get(11)).isEqualTo("S9-1,追加した施策,,11,,0.00,,低");
        assertThat(csv.get(1)).isEqualTo("S1-1," + S1_1 + ",1,1,80.00,80.00,高,高");
        List<String> back = CliRun.run(data, "diff", "1", "current", "1", "--format", "csv").out().lines().toList();
        assertThat(back.get(11)).isEqualTo("S9-1,追加した施策,11,,0.00,,低,");

        List<String> table = CliRun.run(data, "diff", "1", "1", "current").out().lines().toList();
        assertThat(table).anyMatch(l -> l.matches("新規 +S9-1 +追加した施策 +― → 11 +― → 0\\.00 +― → 低"));
        assertThat(table).anyMatch(l -> l.matches("新規 +S9-1 +追加した施策"));
        assertThat(CliRun.run(data, "diff", "1", "current", "1").out().lines())
                .anyMatch(l -> l.matches("削除 +S9-1 +追加した施策"));
    }

    @Test
    void theSameSideTwiceChangedNothing() {
        snapshotThenMoveS11();
        for (String[] sides : List.of(new String[] {"1", "1"}, new String[] {"current", "current"})) {
            CliRun r = CliRun.run(data, "diff", "1", sides[0], sides[1]);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("A と B の間に変わった点はありません。").doesNotContain("↑").doesNotContain("↓");
        }
        assertThat(CliRun.run(data, "diff", "1", "1", "1", "--format", "csv").out().lines())
                .contains("S1-1," + S1_1 + ",1,1,80.00,80.00,高,高");
    }

    @Test
    void longTablesStopAt50RowsAndSayHowManyMore() throws Exception {
        assertThat(CliRun.run(data, "snapshot", "1", "--name", "before").exitCode()).isZero();
        try (Services services = Services.open(data, Locale.JAPANESE)) {
            Plan plan = services.plans().open(1).plan();
            List<Score> scores = plan.scores().stream()
                    .map(s -> Score.of(s.measure(), s.criterion(), s.rater(), s.value() == 1 ? 2 : 1)).toList();
            services.plans().save(1, plan.withRatersAndScores(plan.raters(), scores));
        }
        List<String> lines = CliRun.run(data, "diff", "1", "1", "current").out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("施策 ")).findFirst().orElseThrow());
        assertThat(lines.subList(header + 1, header + 51)).allMatch(l -> l.startsWith("S"));
        assertThat(lines.get(header + 51)).isEqualTo("ほか 100 件は省略しました（全 150 件）。");
    }

    @Test
    void outWritesTheCsvForExcel() throws Exception {
        snapshotThenMoveS11();
        Path file = dir.resolve("diff.csv");
        CliRun r = CliRun.run(data, "diff", "1", "1", "current", "--out", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,title,rank_a,rank_b,score_a,score_b,tier_a,tier_b")
                .contains("S1-1," + S1_1 + ",1,2,80.00,75.00,高,高");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not a number        | 1  | x       | current | 「x」は版として指定できません",
        "version 0           | 1  | 0       | current | 「0」は版として指定できません",
        "bad B               | 1  | 1       | latest  | 「latest」は版として指定できません",
        "unknown version     | 1  | 7       | current | 計画 1 に版 7 はありません",
        "unknown version B   | 1  | current | 2       | 計画 1 に版 2 はありません",
        "unknown plan        | 42 | 1       | current | ID 42 の計画はありません",
    })
    void badSidesOrAnUnknownPlanAreExit3NamingIt(String what, String plan, String a, String b, String message) {
        assertThat(CliRun.run(data, "snapshot", "1", "--name", "before").exitCode()).isZero();
        CliRun r = CliRun.run(data, "diff", plan, a, b);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("kaname: ").contains(message).hasLineCount(1).doesNotContain("Exception");
    }

    @Test
    void errorsAreInEnglishOnAnEnglishSystemAndMissingSidesAreAUsageError() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            CliRun version = CliRun.run(data, "diff", "1", "3", "current");
            assertThat(version.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(version.err()).isEqualTo("kaname: Plan 1 has no version 3 (see 'versions' for the list).\n");
            CliRun text = CliRun.run(data, "diff", "1", "x", "current");
            assertThat(text.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(text.err()).startsWith("kaname: \"x\" is not a version");
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(CliRun.run(data, "diff", "1", "1").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpListsDiffOnOneLine() {
        assertThat(CliRun.run(data, "--help").out()).containsPattern("(?m)^  diff +\\S.*\\R  \\S");
        CliRun r = CliRun.run(data, "diff", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: kaname diff");
    }
}
