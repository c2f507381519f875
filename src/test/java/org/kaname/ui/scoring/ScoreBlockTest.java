package org.kaname.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kaname.edit.Cell;
import org.kaname.edit.PasteScores;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.Scale;

/** Reading and writing a block of cells as Excel puts it on the clipboard, and checking a pasted block. */
class ScoreBlockTest {
    private static final Messages JA = Messages.of("org.kaname.ui.scoring.messages", Locale.JAPANESE);
    private static final Messages EN = Messages.of("org.kaname.ui.scoring.messages", Locale.ENGLISH);
    private static final List<ScoringRow> ROWS = List.of(new ScoringRow("S1-1", "施策1", "g", "支援策", true),
            new ScoringRow("S1-2", "施策2", "g", "支援策", false), new ScoringRow("S1-3", "施策3", "g", "支援策", false));
    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("speed", "即効性", "", 1, Direction.BENEFIT, Scale.DEFAULT),
            new Criterion("feasibility", "実現可能性", "", 1, Direction.BENEFIT, Scale.DEFAULT),
            new Criterion("cost", "費用", "", 1, Direction.COST, Scale.DEFAULT));

    @Test
    void excelsClipboardTextIsReadAsRowsOfCells() {
        assertThat(ScoreBlock.parse("3\t4\r\n5\t\r\n")).containsExactly(List.of("3", "4"), List.of("5", ""));
        assertThat(ScoreBlock.parse("3")).containsExactly(List.of("3"));
        assertThat(ScoreBlock.parse("1\n2")).containsExactly(List.of("1"), List.of("2"));
        assertThat(ScoreBlock.parse("\r\n")).as("one blank cell copied").containsExactly(List.of(""));
        assertThat(ScoreBlock.parse("\"a\tb\"\"c\"\t2\r\n")).containsExactly(List.of("a\tb\"c", "2"));
        assertThat(ScoreBlock.parse("")).isEmpty();
    }

    @Test
    void aBlockIsWrittenAsTabsAndLineBreaksWithoutHeaders() {
        String text = ScoreBlock.format(List.of(List.of("3", ""), List.of("4.50", "5")));
        assertThat(text).isEqualTo("3\t\r\n4.50\t5\r\n");
        assertThat(ScoreBlock.parse(text)).containsExactly(List.of("3", ""), List.of("4.50", "5"));
    }

    @Test
    void fullWidthDigitsCountAndABlankCellClearsItsScore() {
        ScoreBlock.Checked checked = ScoreBlock.check(ScoreBlock.parse("３\t \r\n4.0\t+2\r\n"), ROWS, CRITERIA, 1, 1,
                "r1", JA);
        assertThat(checked.ok()).isTrue();
        assertThat(checked.entries()).containsExactly(
                new PasteScores.Entry(new Cell("S1-2", "feasibility", "r1"), 3.0),
                new PasteScores.Entry(new Cell("S1-2", "cost", "r1"), null),
                new PasteScores.Entry(new Cell("S1-3", "feasibility", "r1"), 4.0),
                new PasteScores.Entry(new Cell("S1-3", "cost", "r1"), 2.0));
    }

    @Test
    void everyBadCellIsNamedByMeasureAndCriterionAndNothingIsKept() {
        ScoreBlock.Checked checked = ScoreBlock.check(ScoreBlock.parse("3\t高\r\n6\t2.5\r\n"), ROWS, CRITERIA, 0, 0,
                "r1", JA);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.entries()).isEmpty();
        assertThat(checked.refusal().split("\n")).containsExactly(
                "貼り付けませんでした。次の 3 セルの値が評点として使えません（評点は変わっていません）。",
                "S1-1 × 実現可能性：「高」は 1〜5 の整数ではありません",
                "S1-2 × 即効性：「6」は 1〜5 の整数ではありません",
                "S1-2 × 実現可能性：「2.5」は 1〜5 の整数ではありません");
        assertThat(ScoreBlock.check(ScoreBlock.parse("x"), ROWS, CRITERIA, 0, 0, "r1", EN).refusal())
                .contains("S1-1 × 即効性: \"x\" is not a whole number from 1 to 5");
    }

    @Test
    void manyBadCellsAreCountedAfterTheFirstTen() {
        String text = "a\ta\ta\r\n".repeat(4);
        List<ScoringRow> rows = new java.util.ArrayList<>(ROWS);
        rows.add(new ScoringRow("S1-4", "施策4", "g", "支援策", false));
        String refusal = ScoreBlock.check(ScoreBlock.parse(text), rows, CRITERIA, 0, 0, "r1", JA).refusal();
        assertThat(refusal.split("\n")).hasSize(1 + ScoreBlock.LISTED + 1);
        assertThat(refusal).endsWith("ほか 2 セル");
    }

    @Test
    void aBlockLargerThanTheRoomLeftIsRefusedWhole() {
        ScoreBlock.Checked checked = ScoreBlock.check(ScoreBlock.parse("1\t2\r\n3\t4\r\n"), ROWS, CRITERIA, 2, 2,
                "r1", JA);
        assertThat(checked.ok()).isFalse();
        assertThat(checked.refusal()).contains("2 行 × 2 列", "S1-3 × 費用", "1 行 × 1 列");
    }
}
