package org.kaname.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaname.edit.EditCheck.EN;
import static org.kaname.edit.EditCheck.JA;
import static org.kaname.edit.EditCheck.apply;
import static org.kaname.edit.EditCheck.refused;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/** A pasted block as one edit: values set (rationale kept), blanks clear, one bad cell refuses the whole block. */
class PasteScoresTest {
    private static final Instant T = Instant.parse("2026-12-05T01:00:00Z");
    private final Plan plan = TestPlans.rich();

    private static PasteScores.Entry set(String measure, String criterion, double value) {
        return new PasteScores.Entry(new Cell(measure, criterion, "r1"), value);
    }

    private static PasteScores.Entry blank(String measure, String criterion) {
        return new PasteScores.Entry(new Cell(measure, criterion, "r1"), null);
    }

    @Test
    void valuesSetKeepingTheRationaleBlanksClearAndEqualValuesStay() throws Exception {
        Score noted = ScoreEdits.find(plan, new Cell("B01", "speed", "r1")).orElseThrow(); // 4, 「早い」
        Score cleared = ScoreEdits.find(plan, new Cell("B01", "cost", "r1")).orElseThrow();
        Score same = ScoreEdits.find(plan, new Cell("B02", "evidence", "r2")).orElseThrow();
        PasteScores paste = new PasteScores(List.of(set("B01", "speed", 2), blank("B01", "cost"),
                set("B03", "speed", 3), new PasteScores.Entry(Cell.of(same), same.value())), T);

        assertThat(paste.resolve(plan).cells()).as("the equal cell is no change").hasSize(3);
        Plan after = apply(plan, paste);

        Score now = ScoreEdits.find(after, Cell.of(noted)).orElseThrow();
        assertThat(now.value()).isEqualTo(2);
        assertThat(now.note()).as("the rationale is kept, as typing keeps it").isEqualTo("早い");
        assertThat(now.time()).isEqualTo(T);
        assertThat(ScoreEdits.find(after, Cell.of(cleared))).isEmpty();
        assertThat(ScoreEdits.find(after, new Cell("B03", "speed", "r1"))).map(Score::value).contains(3.0);
        assertThat(ScoreEdits.find(after, Cell.of(same))).contains(same);
        assertThat(JA.describe(paste)).isEqualTo("評価を貼り付け: 4 セル（B01 / speed から）/ r1");
        assertThat(EN.describe(paste)).isEqualTo("Scores pasted: 4 cells (from B01 / speed) / r1");
        assertThat(paste.target()).isEqualTo(EditTarget.rater("r1"));
    }

    @Test
    void oneCellOffTheScaleOrOutsideThePlanRefusesTheWholeBlock() {
        refused(plan, new PasteScores(List.of(set("B01", "speed", 1), set("B02", "speed", 9)), T), "outOfScale");
        refused(plan, new PasteScores(List.of(set("B01", "speed", 1), blank("NOPE", "speed")), T), "unknownMeasure");
    }
}
