package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.workshop.Rounds;
import org.kaname.io.PlanJson;
import org.kaname.model.Plan;
import org.kaname.service.Services;

/**
 * {@code disagreements} on a stored plan with a workshop behind it, imported from a plan file: round 1 anonymous
 * (raters listed r3, r1, r2, so the letters are A = r3, B = r1, C = r2), round 2 named, round 3 still open. Every
 * expected number below is worked out by hand from the values entered (sd is the sample sd, all scales 1–5).
 */
class DisagreementsCommandTest {
    static final String HEADER =
            "measure,criterion,n,mean,sd,range,relative_sd,strong,lowest_rater,lowest,highest_rater,highest";

    @TempDir
    Path dir;
    Path data;
    String id;

    @BeforeEach
    void workshop() throws Exception {
        data = dir.resolve("data");
        id = importWorkshop(dir, data);
    }

    /**
     * Stores the sample plan with its scores cleared and three rounds behind it, through {@code import}; returns the
     * new plan's ID.
     */
    static String importWorkshop(Path dir, Path data) throws Exception {
        assertThat(CliRun.run(data, "plans").exitCode()).isZero();
        Plan p;
        try (Services services = Services.open(data, Locale.JAPANESE)) {
            p = services.plans().open(1).plan().withScores(List.of());
        }
        // Round 1, anonymous, raters in the order r3, r1, r2.
        p = Rounds.open(p, "第1回", List.of("S1-1", "S1-2"), List.of("r3", "r1", "r2"), true, false,
                at("2026-05-12T01:00:00Z"));
        p = enter(p, "S1-1", "speed", "r1", 1.0);
        p = enter(p, "S1-1", "speed", "r2", 5.0);
        p = enter(p, "S1-1", "speed", "r3", 3.0);
        p = enter(p, "S1-1", "cost", "r1", 2.0);
        p = enter(p, "S1-1", "cost", "r2", 3.0);
        p = enter(p, "S1-2", "speed", "r3", 4.0);
        p = enter(p, "S1-2", "speed", "r1", 4.0);
        p = enter(p, "S1-2", "speed", "r2", 2.0);
        p = enter(p, "S1-2", "fairness", "r1", 3.0);
        p = Rounds.reveal(p, at("2026-05-12T02:30:00Z"));
        // Round 2, named, starting from the revealed values; the discussion moved some of them.
        p = Rounds.open(p, "第2回", List.of("S1-1", "S1-2"), List.of("r1", "r2", "r3"), false, true,
                at("2026-05-12T03:00:00Z"));
        p = enter(p, "S1-1", "speed", "r1", 3.0);
        p = enter(p, "S1-1", "speed", "r2", 4.0);
        p = enter(p, "S1-1", "cost", "r2", 2.0);
        p = enter(p, "S1-2", "fairness", "r2", 5.0);
        p = Rounds.reveal(p, at("2026-05-12T04:00:00Z"));
        // Round 3 is open: a wide disagreement nobody may see yet.
        p = Rounds.open(p, "第3回", List.of("S1-1"), List.of("r1", "r2"), false, false, at("2026-05-13T01:00:00Z"));
        p = enter(p, "S1-1", "speed", "r1", 1.0);
        p = enter(p, "S1-1", "speed", "r2", 5.0);
        Path file = dir.resolve("workshop.json");
        new PlanJson(Locale.JAPANESE).write(p, file);
        CliRun imported = CliRun.run(data, "import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        return imported.out().strip();
    }

    private static Plan enter(Plan p, String measure, String criterion, String rater, double value) {
        return Rounds.enter(p, measure, criterion, rater, value, "", at("2026-05-12T01:10:00Z"));
    }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void anAnonymousRoundNamesRatersByTheirLetterInTheRoundMostSpreadFirst() {
        CliRun r = CliRun.run(data, "disagreements", id, "--round", "1", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        // S1-1 speed 1,5,3: sd 2, rel 2/4. S1-2 speed 2,4,4: mean 3.33, sd 1.1547, rel 0.2887; the two 4s are r1 then
        // r3 in plan order, so the highest is r3 = A. S1-1 cost 2,3: sd 0.7071, rel 0.1768. S1-2 fairness has one value.
        assertThat(r.out()).isEqualTo(HEADER + "\n"
                + "S1-1,speed,3,3.00,2.00,4,0.5000,yes,B,1,C,5\n"
                + "S1-2,speed,3,3.33,1.15,2,0.2887,yes,C,2,A,4\n"
                + "S1-1,cost,2,2.50,0.71,1,0.1768,no,B,2,C,3\n");
    }

    @Test
    void aNamedRoundGivesRaterIds() {
        CliRun r = CliRun.run(data, "disagreements", id, "--round", "2", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // S1-2 fairness 3,5: sd 1.4142, rel 0.3536. S1-1 speed 3,3,4: sd 0.5774, rel 0.1443. S1-1 cost 2,2: all zero.
        assertThat(r.out()).isEqualTo(HEADER + "\n"
                + "S1-2,fairness,2,4.00,1.41,2,0.3536,yes,r1,3,r2,5\n"
                + "S1-2,speed,3,3.33,1.15,2,0.2887,yes,r2,2,r3,4\n"
                + "S1-1,speed,3,3.33,0.58,1,0.1443,no,r1,3,r2,4\n"
                + "S1-1,cost,2,2.00,0.00,0,0.0000,no,r1,2,r2,2\n");
    }

    @Test
    void withoutARoundThePlanScoresAreUsedAndTheOpenRoundStaysHidden() {
        CliRun r = CliRun.run(data, "disagreements", id, "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // The plan holds round 2's revealed values; round 3's 1 and 5 on S1-1 speed must not show.
        assertThat(r.out()).isEqualTo(HEADER + "\n"
                + "S1-2,fairness,2,4.00,1.41,2,0.3536,yes,r1,3,r2,5\n"
                + "S1-2,speed,3,3.33,1.15,2,0.2887,yes,r2,2,r3,4\n"
                + "S1-1,speed,3,3.33,0.58,1,0.1443,no,r1,3,r2,4\n"
                + "S1-1,cost,2,2.00,0.00,0,0.0000,no,r1,2,r2,2\n");
    }

    @Test
    void topKeepsTheMostSpreadCells() {
        CliRun r = CliRun.run(data, "disagreements", id, "--round", "1", "--top", "2", "--format", "csv");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).containsExactly(HEADER,
                "S1-1,speed,3,3.00,2.00,4,0.5000,yes,B,1,C,5",
                "S1-2,speed,3,3.33,1.15,2,0.2887,yes,C,2,A,4");
        CliRun zero = CliRun.run(data, "disagreements", id, "--top", "0");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.out()).isEmpty();
        assertThat(zero.err()).contains("--top").hasLineCount(1);
    }

    @Test
    void anOpenRoundIsRefusedWithoutShowingAnything() {
        CliRun r = CliRun.run(data, "disagreements", id, "--round", "3", "--format", "csv");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("第3回").contains("公開").hasLineCount(1);
    }

    @Test
    void anUnknownRoundOrPlanIsInvalidInput() {
        CliRun round = CliRun.run(data, "disagreements", id, "--round", "9");
        assertThat(round.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(round.out()).isEmpty();
        assertThat(round.err()).contains("第9回").hasLineCount(1);
        CliRun plan = CliRun.run(data, "disagreements", "42");
        // The same exit code and message as rank gives for an unknown plan.
        assertThat(plan.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT)
                .isEqualTo(CliRun.run(data, "rank", "42").exitCode());
        assertThat(plan.err()).contains("42").hasLineCount(1);
        assertThat(CliRun.run(data, "disagreements", id, "--round", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theAnonymousTableShowsLettersAndNoNames() {
        CliRun r = CliRun.run(data, "disagreements", id, "--round", "1");
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).contains("第1回").contains("匿名");
        assertThat(lines.get(1)).startsWith("measure").contains("relative_sd");
        assertThat(lines).hasSize(5);
        assertThat(r.out()).doesNotContain("企画課", "情報政策課", "人事課", "r1", "r2", "r3");
        assertThat(lines.get(2)).matches("S1-1 +speed +3 +3\\.00 +2\\.00 +4 +0\\.5000 +yes +B +1 +C +5");
    }

    @Test
    void theNamedTableShowsRaterNamesAlignedByDisplayWidth() {
        CliRun r = CliRun.run(data, "disagreements", id);
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).doesNotContain("匿名");
        assertThat(lines.get(2)).matches("S1-2 +fairness +2 +4\\.00 +1\\.41 +2 +0\\.3536 +yes +企画課 +3 +情報政策課 +5");
        // The right-aligned lowest value (10th column) ends at the same display column on every line, header
        // included, whatever the width of the Japanese name before it.
        int end = endOfColumn(lines.get(1), 10);
        for (String line : lines.subList(2, lines.size())) {
            assertThat(endOfColumn(line, 10)).as(line).isEqualTo(end);
        }
    }

    /** The display width of {@code line} up to the end of its {@code n}-th column (cells hold no spaces here). */
    private static int endOfColumn(String line, int n) {
        int i = 0;
        for (int column = 0; column < n; column++) {
            while (line.charAt(i) == ' ') {
                i++;
            }
            while (i < line.length() && line.charAt(i) != ' ') {
                i++;
            }
        }
        return DisplayWidth.of(line.substring(0, i));
    }

    @Test
    void outWritesAnExcelCsvFile() throws Exception {
        Path file = dir.resolve("spread.csv");
        CliRun r = CliRun.run(data, "disagreements", id, "--round", "1", "--out", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + HEADER).contains("S1-1,speed,3,3.00,2.00,4,0.5000,yes,B,1,C,5");
        CliRun notCsv = CliRun.run(data, "disagreements", id, "--out", dir.resolve("spread.txt").toString());
        assertThat(notCsv.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theSamplePlanIsOrderedBySpreadAndNeedsNoRounds() {
        CliRun r = CliRun.run(data, "disagreements", "1", "--format", "csv");
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(HEADER);
        double previous = Double.MAX_VALUE;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f).hasSize(12);
            assertThat(f[8]).matches("r[123]");
            double rel = Double.parseDouble(f[6]);
            assertThat(rel).isLessThanOrEqualTo(previous);
            previous = rel;
        }
    }
}
