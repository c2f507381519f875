package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rounds} on the workshop plan of {@link DisagreementsCommandTest#importWorkshop}: round 1 (anonymous) and 2
 * revealed, round 3 open. The numbers are worked out by hand from the values entered there (all scales 1–5, span 4).
 */
class RoundsCommandTest {
    static final String HEADER = "round,title,state,opened,revealed,cells,mean_relative_sd,strong_cells";

    @TempDir
    Path dir;
    Path data;
    String id;

    @BeforeEach
    void workshop() throws Exception {
        data = dir.resolve("data");
        id = DisagreementsCommandTest.importWorkshop(dir, data);
    }

    @Test
    void oneRowPerRoundAndNothingComputedFromTheOpenRound() {
        CliRun r = CliRun.run(data, "rounds", id, "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        // Round 1: relative sd 0.5, 0.2887, 0.1768 → mean 0.3218; strong: both speed cells.
        // Round 2: 0.3536, 0.2887, 0.1443, 0 → mean 0.1966; strong: S1-2 fairness and S1-2 speed.
        assertThat(r.out()).isEqualTo(HEADER + "\n"
                + "1,第1回,revealed,2026-05-12T01:00:00Z,2026-05-12T02:30:00Z,3,0.3218,2\n"
                + "2,第2回,revealed,2026-05-12T03:00:00Z,2026-05-12T04:00:00Z,4,0.1966,2\n"
                + "3,第3回,open,2026-05-13T01:00:00Z,,,,\n");
    }

    @Test
    void movementListsTheCellsInBothRoundsWhoseSpreadFellMostFirst() {
        CliRun r = CliRun.run(data, "rounds", id, "--movement", "1", "2", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // S1-1 speed 2 → 0.58 (fell 1.42), S1-1 cost 0.71 → 0 (0.71), S1-2 speed unchanged; S1-2 fairness had one
        // value in round 1, so it is not in both.
        assertThat(r.out()).isEqualTo("measure,criterion,sd_before,sd_after\n"
                + "S1-1,speed,2.00,0.58\n"
                + "S1-1,cost,0.71,0.00\n"
                + "S1-2,speed,1.15,1.15\n");
    }

    @Test
    void movementRefusesAnOpenOrUnknownRound() {
        CliRun open = CliRun.run(data, "rounds", id, "--movement", "2", "3", "--format", "csv");
        assertThat(open.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(open.out()).isEmpty();
        assertThat(open.err()).contains("第3回").hasLineCount(1);
        CliRun unknown = CliRun.run(data, "rounds", id, "--movement", "1", "7");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).contains("第7回").hasLineCount(1);
        assertThat(CliRun.run(data, "rounds", id, "--movement", "1").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theTableMarksTheAnonymousRoundAndLeavesTheOpenRoundBlank() {
        CliRun r = CliRun.run(data, "rounds", id);
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("round").endsWith("strong_cells");
        assertThat(lines.get(1)).matches(" *1 +第1回（匿名） +revealed +2026-05-12T01:00:00Z +2026-05-12T02:30:00Z +3"
                + " +0\\.3218 +2");
        assertThat(lines.get(2)).matches(" *2 +第2回 +revealed .* +4 +0\\.1966 +2");
        assertThat(lines.get(3)).matches(" *3 +第3回 +open +2026-05-13T01:00:00Z");
    }

    @Test
    void aPlanWithoutRoundsGivesTheHeaderAlone() {
        CliRun r = CliRun.run(data, "rounds", "1", "--format", "csv");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(HEADER + "\n");
    }

    @Test
    void anUnknownPlanIsInvalidInputLikeForTheOtherCommands() {
        CliRun r = CliRun.run(data, "rounds", "42");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT)
                .isEqualTo(CliRun.run(data, "weights", "42").exitCode());
        assertThat(r.err()).contains("42").hasLineCount(1);
        assertThat(CliRun.run(data, "rounds", id, "--format", "json").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void bothCommandsAreListedInTheHelp() {
        CliRun help = CliRun.run(data, "--help");
        assertThat(help.out()).contains("disagreements").contains("rounds");
    }
}
