package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.Cell;
import org.kaname.edit.ScoreEdits;
import org.kaname.model.Plan;
import org.kaname.service.Services;
import org.kaname.service.Users;

/** {@code snapshot} and {@code versions} on the sample plan. */
class VersionsCliTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void sample() {
        data = dir.resolve("data");
        assertThat(CliRun.run(data, "plans").exitCode()).isZero();
    }

    @Test
    void snapshotPrintsOnlyTheNewNumberAndVersionsListsThemWithNames() {
        CliRun first = CliRun.run(data, "snapshot", "1", "--name", "令和9年度 部長会議提出版");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEqualTo("1\n");
        assertThat(CliRun.run(data, "snapshot", "1", "--name", "議会説明用, 修正後").out()).isEqualTo("2\n");

        CliRun csv = CliRun.run(data, "versions", "1", "--format", "csv");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("version,name,time,user,history_seq");
        String user = java.util.regex.Pattern.quote(Users.systemUser());
        String time = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";
        assertThat(lines.get(1)).matches("1,令和9年度 部長会議提出版," + time + "," + user + ",2");
        assertThat(lines.get(2)).matches("2,\"議会説明用, 修正後\"," + time + "," + user + ",3");

        CliRun table = CliRun.run(data, "versions", "1");
        List<String> rows = table.out().lines().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("版").contains("名前", "保存日時", "保存者");
        assertThat(rows.get(1)).matches(" *1  令和9年度 部長会議提出版 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +.+ +2");
        assertThat(rows.get(2)).matches(" *2  議会説明用, 修正後 .*");
    }

    @Test
    void aSnapshotIsNotChangedByALaterScoreChange() throws Exception {
        assertThat(CliRun.run(data, "snapshot", "1", "--name", "before").out()).isEqualTo("1\n");
        assertThat(CliRun.run(data, "set-score", "1", "S1-1", "speed", "r1", "5").exitCode()).isZero();
        Cell cell = new Cell("S1-1", "speed", "r1");
        try (Services services = Services.open(data, Locale.JAPANESE)) {
            Plan version = services.versions().plan(1, 1);
            Plan current = services.plans().open(1).plan();
            assertThat(ScoreEdits.find(version, cell).orElseThrow().value()).isEqualTo(3.0);
            assertThat(ScoreEdits.find(current, cell).orElseThrow().value()).isEqualTo(5.0);
            assertThat(services.versions().versions(1)).singleElement()
                    .satisfies(v -> assertThat(v.journalSeq()).isEqualTo(2));
        }
        assertThat(CliRun.run(data, "snapshot", "1", "--name", "after").out()).isEqualTo("2\n");
        assertThat(CliRun.run(data, "versions", "1", "--format", "csv").out().lines().toList().get(2))
                .startsWith("2,after,").endsWith(",4");
        // Each snapshot is an entry of the history: the version holds everything up to it.
        assertThat(CliRun.run(data, "history", "1", "--format", "csv").out().lines().skip(1)
                .map(l -> l.split(",")[0] + ":" + l.split(",")[3]).toList())
                .containsExactly("1:create", "2:snapshot", "3:set-score", "4:snapshot");
    }

    @Test
    void anEmptyOrTooLongNameIsExit3AndSavesNothing() {
        CliRun empty = CliRun.run(data, "snapshot", "1", "--name", "  ");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(empty.out()).isEmpty();
        assertThat(empty.err()).contains("名前が空").hasLineCount(1);
        CliRun longName = CliRun.run(data, "snapshot", "1", "--name", "版".repeat(201));
        assertThat(longName.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(longName.err()).contains("201 文字").contains("200").hasLineCount(1);
        assertThat(CliRun.run(data, "snapshot", "1").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run(data, "versions", "1", "--format", "csv").out())
                .isEqualTo("version,name,time,user,history_seq\n");
        assertThat(CliRun.run(data, "snapshot", "1", "--name", "版".repeat(200)).out()).isEqualTo("1\n");
    }

    @Test
    void noVersionsSaysHowToSaveOneAndAnUnknownPlanIsExit3() {
        assertThat(CliRun.run(data, "versions", "1").out()).contains("snapshot").hasLineCount(1);
        for (String[] args : List.of(new String[] {"versions", "42"},
                new String[] {"snapshot", "42", "--name", "x"})) {
            CliRun r = CliRun.run(data, args);
            assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(r.err()).contains("42").hasLineCount(1);
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void helpListsTheNewCommandsOneLineEach() {
        CliRun help = CliRun.run(data, "--help");
        assertThat(help.out()).containsPattern("(?m)^  set-score +\\S.*$").containsPattern("(?m)^  history +\\S")
                .containsPattern("(?m)^  snapshot +\\S").containsPattern("(?m)^  versions +\\S");
        for (String command : List.of("set-score", "history", "snapshot", "versions")) {
            CliRun r = CliRun.run(data, command, "--help");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).startsWith("Usage: kaname " + command);
        }
    }
}
