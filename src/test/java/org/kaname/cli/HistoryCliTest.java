package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.service.Users;

/**
 * {@code history} on the sample plan after three score changes: S1-1/speed/r1 3 → 5, S1-2/cost/r2 3 → 2 with a note,
 * S1-1/cost/r2 → 1. The sample's creation is the plan's first entry.
 */
class HistoryCliTest {
    static final String HEADER = "seq,time,user,edit,target,before,after,reason,description";

    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void threeChanges() {
        data = dir.resolve("data");
        assertThat(CliRun.run(data, "set-score", "1", "S1-1", "speed", "r1", "5").exitCode()).isZero();
        assertThat(CliRun.run(data, "set-score", "1", "S1-2", "cost", "r2", "2", "--note", "予算未確保").exitCode())
                .isZero();
        assertThat(CliRun.run(data, "set-score", "1", "S1-1", "cost", "r2", "1").exitCode()).isZero();
    }

    @Test
    void csvHasTheHeaderAndOneRowPerChangeOldestFirst() {
        CliRun r = CliRun.run(data, "history", "1", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).contains(",create,,,,,");
        String user = java.util.regex.Pattern.quote(Users.systemUser());
        String time = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";
        assertThat(lines.get(2)).matches("2," + time + "," + user + ",set-score,S1-1/speed/r1,3,5,,.*");
        assertThat(lines.get(3)).matches("3," + time + "," + user + ",set-score,S1-2/cost/r2,3,2,予算未確保,"
                + "評価を 2 に変更: S1-2 / cost / r2");
        assertThat(lines.get(4)).matches("4," + time + "," + user + ",set-score,S1-1/cost/r2,\\d,1,,.*");
        assertThat(r.out()).doesNotStartWith("\uFEFF").doesNotContain("\r");
    }

    @Test
    void limitGivesTheNewestRowsStillOldestFirst() {
        List<String> lines = CliRun.run(data, "history", "1", "--format", "csv", "--limit", "2").out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("3,");
        assertThat(lines.get(2)).startsWith("4,");
        assertThat(CliRun.run(data, "history", "1", "--format", "csv", "--limit", "100").out().lines()).hasSize(5);
    }

    @Test
    void filtersByMeasureRaterAndUser() {
        assertThat(seqs("--measure", "S1-1")).containsExactly("2", "4");
        assertThat(seqs("--rater", "r2")).containsExactly("3", "4");
        assertThat(seqs("--measure", "S1-1", "--rater", "r2")).containsExactly("4");
        assertThat(seqs("--measure", "S1-1", "--limit", "1")).containsExactly("4");
        assertThat(seqs("--user", Users.systemUser())).containsExactly("1", "2", "3", "4");
        assertThat(seqs("--user", "someone-else")).isEmpty();
        assertThat(seqs("--measure", "S9-9")).isEmpty();
    }

    @Test
    void theTableShowsTheLocalTimeAndTheLocalisedNameOfTheEdit() {
        CliRun csv = CliRun.run(data, "history", "1", "--format", "csv", "--limit", "1");
        Instant time = Instant.parse(csv.out().lines().toList().get(1).split(",")[1]);
        CliRun r = CliRun.run(data, "history", "1", "--limit", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("番号").contains("日時", "変更者", "操作", "対象", "変更前", "変更後");
        String local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(time.atZone(ZoneId.systemDefault()));
        assertThat(lines.get(1)).matches(" *4  " + local + " +.+ +評価の変更 +S1-1/cost/r2 +\\d +1 +評価を 1 に変更.*");
    }

    @Test
    void nothingMatchingSaysSoAndCsvGivesTheHeaderAlone() {
        assertThat(CliRun.run(data, "history", "1", "--user", "nobody").out()).isEqualTo("該当する履歴はありません。\n");
        assertThat(CliRun.run(data, "history", "1", "--user", "nobody", "--format", "csv").out())
                .isEqualTo(HEADER + "\n");
    }

    @Test
    void anUnknownPlanIsExit3AndABadLimitAUsageError() {
        CliRun unknown = CliRun.run(data, "history", "42");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).contains("42").hasLineCount(1);
        assertThat(unknown.out()).isEmpty();
        CliRun zero = CliRun.run(data, "history", "1", "--limit", "0");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).contains("--limit").hasLineCount(1);
        assertThat(CliRun.run(data, "history", "1", "--limit", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run(data, "history", "1", "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    private List<String> seqs(String... filter) {
        List<String> args = new java.util.ArrayList<>(List.of("history", "1", "--format", "csv"));
        args.addAll(List.of(filter));
        CliRun r = CliRun.run(data, args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    }
}
