package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaname.edit.Cell;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.service.Services;
import org.kaname.service.Users;

/**
 * {@code set-score} on the sample plan (plan 1: measures S1-1 …, criteria speed … evidence on 1–5, raters r1–r3;
 * S1-1 / speed / r1 is 3).
 */
class SetScoreCommandTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void sample() {
        data = dir.resolve("data");
        assertThat(CliRun.run(data, "plans").exitCode()).isZero();
    }

    @Test
    void changesExactlyThatCellSaysFromWhatToWhatAndKeepsTheNote() throws Exception {
        Map<Cell, Score> before = scores(data);
        CliRun r = CliRun.run(data, "set-score", "1", "S1-1", "speed", "r1", "5");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("計画 1: S1-1 / speed / r1 の評価を 3 → 5 に変更しました（保存済み）。\n");

        Map<Cell, Score> after = scores(data);
        Cell cell = new Cell("S1-1", "speed", "r1");
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after.get(cell).value()).isEqualTo(5.0);
        assertThat(after.get(cell).note()).isEqualTo(before.get(cell).note()).isNotEmpty();
        Map<Cell, Score> others = new HashMap<>(after);
        others.remove(cell);
        Map<Cell, Score> othersBefore = new HashMap<>(before);
        othersBefore.remove(cell);
        assertThat(others).isEqualTo(othersBefore);
    }

    @Test
    void theChangeIsInTheHistoryWithBeforeAfterAndUser() {
        assertThat(CliRun.run(data, "set-score", "1", "S1-1", "speed", "r1", "5").exitCode()).isZero();
        CliRun h = CliRun.run(data, "history", "1", "--format", "csv", "--limit", "1");
        assertThat(h.exitCode()).as(h.err()).isZero();
        assertThat(h.out().lines().toList()).hasSize(2);
        String row = h.out().lines().toList().get(1);
        assertThat(row).matches("\\d+,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ," + java.util.regex.Pattern.quote(
                Users.systemUser()) + ",set-score,S1-1/speed/r1,3,5,,評価を 5 に変更: S1-1 / speed / r1");
    }

    @Test
    void theNoteIsStoredAsTheScoresNoteAndTheReason() throws Exception {
        CliRun r = CliRun.run(data, "set-score", "1", "S1-2", "cost", "r2", "2", "--note", "予算が確保できていない, 要再検討");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Score s = scores(data).get(new Cell("S1-2", "cost", "r2"));
        assertThat(s.value()).isEqualTo(2.0);
        assertThat(s.note()).isEqualTo("予算が確保できていない, 要再検討");
        CliRun h = CliRun.run(data, "history", "1", "--format", "csv", "--limit", "1");
        assertThat(h.out()).contains(",set-score,S1-2/cost/r2,").contains(",\"予算が確保できていない, 要再検討\",");
    }

    @Test
    void onlyANewNoteSaysSoAndTheSameValueAndNoteChangeNothing() throws Exception {
        CliRun note = CliRun.run(data, "set-score", "1", "S1-1", "speed", "r1", "3", "--note", "再確認");
        assertThat(note.exitCode()).isZero();
        assertThat(note.out()).isEqualTo("計画 1: S1-1 / speed / r1 の評価 3 の理由を変更しました（保存済み）。\n");
        String history = CliRun.run(data, "history", "1", "--format", "csv").out();
        CliRun same = CliRun.run(data, "set-score", "1", "S1-1", "speed", "r1", "3");
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).isEqualTo("計画 1: S1-1 / speed / r1 の評価は既に 3 です（変更なし）。\n");
        assertThat(CliRun.run(data, "history", "1", "--format", "csv").out()).isEqualTo(history);
    }

    @Test
    void aFullWidthOrDecimalValueIsANumber() throws Exception {
        assertThat(CliRun.run(data, "set-score", "1", "S2-1", "evidence", "r3", "４").exitCode()).isZero();
        assertThat(CliRun.run(data, "set-score", "1", "S2-2", "evidence", "r3", "2.5").exitCode()).isZero();
        Map<Cell, Score> after = scores(data);
        assertThat(after.get(new Cell("S2-1", "evidence", "r3")).value()).isEqualTo(4.0);
        assertThat(after.get(new Cell("S2-2", "evidence", "r3")).value()).isEqualTo(2.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "above the scale    | 1  | S1-1 | speed     | r1 | 6   | 値 6 は評価基準「speed」の尺度（1〜5）の外です",
        "below the scale    | 1  | S1-1 | speed     | r1 | 0   | 値 0 は評価基準「speed」の尺度（1〜5）の外です",
        "negative           | 1  | S1-1 | speed     | r1 | -1  | 値 -1 は評価基準「speed」の尺度（1〜5）の外です",
        "unknown measure    | 1  | S9-9 | speed     | r1 | 4   | 施策「S9-9」はこの計画にありません",
        "unknown criterion  | 1  | S1-1 | velocity  | r1 | 4   | 評価基準「velocity」はこの計画にありません",
        "unknown rater      | 1  | S1-1 | speed     | r9 | 4   | 評価者「r9」はこの計画にありません",
        "unknown plan       | 42 | S1-1 | speed     | r1 | 4   | ID 42 の計画はありません",
        "not a number       | 1  | S1-1 | speed     | r1 | abc | 値「abc」は数値ではありません",
        "NaN                | 1  | S1-1 | speed     | r1 | NaN | 値「NaN」は数値ではありません",
    })
    void invalidInputIsExit3NamesItAndChangesNothing(String what, String plan, String measure, String criterion,
                                                     String rater, String value, String message) throws Exception {
        Path before = dir.resolve("before.json");
        assertThat(CliRun.run(data, "export", "1", "--out", before.toString()).exitCode()).isZero();
        String history = CliRun.run(data, "history", "1", "--format", "csv").out();

        CliRun r = CliRun.run(data, "set-score", plan, measure, criterion, rater, value);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("kaname: ").contains(message).hasLineCount(1).doesNotContain("Exception");

        Path after = dir.resolve("after.json");
        assertThat(CliRun.run(data, "export", "1", "--out", after.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(before));
        assertThat(CliRun.run(data, "history", "1", "--format", "csv").out()).isEqualTo(history);
        assertThat(CliRun.run(data, "plans").out().lines()).hasSize(1);
    }

    @Test
    void theRefusalIsInEnglishOnAnEnglishSystem() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            CliRun r = CliRun.run(data, "set-score", "1", "S1-1", "speed", "r1", "7");
            assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(r.err()).isEqualTo("kaname: Cannot change the score in plan 1: The value 7 is outside the"
                    + " scale of criterion \"speed\" (1 to 5). Nothing was changed.\n");
            CliRun ok = CliRun.run(data, "set-score", "1", "S1-1", "speed", "r1", "4");
            assertThat(ok.out()).isEqualTo("Plan 1: S1-1 / speed / r1 changed from 3 to 4 (saved).\n");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void missingArgumentsAreAUsageError() {
        assertThat(CliRun.run(data, "set-score", "1", "S1-1", "speed", "r1").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run(data, "set-score", "1", "S1-1", "speed", "r1", "4", "--note").exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    static Map<Cell, Score> scores(Path data) throws Exception {
        try (Services services = Services.open(data, Locale.JAPANESE)) {
            Plan plan = services.plans().open(1).plan();
            Map<Cell, Score> byCell = new HashMap<>();
            plan.scores().forEach(s -> byCell.put(Cell.of(s), s));
            return byCell;
        }
    }
}
