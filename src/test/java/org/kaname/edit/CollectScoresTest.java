package org.kaname.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaname.edit.EditCheck.JA;
import static org.kaname.edit.EditCheck.apply;
import static org.kaname.edit.EditCheck.refused;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/** Collected score sheets as one edit: set, unchanged, emptied; one bad cell refuses them all. */
class CollectScoresTest {
    private static final Instant T = Instant.parse("2026-12-02T01:00:00Z");
    private final Plan plan = TestPlans.rich();

    @Test
    void filledCellsSetEmptiedCellsClearAndEqualOnesStay() throws Exception {
        Score unchanged = ScoreEdits.find(plan, new Cell("B01", "cost", "r1")).orElseThrow();
        Score newer = new Score(unchanged.measure(), unchanged.criterion(), unchanged.rater(), unchanged.value(),
                unchanged.note(), T);
        CollectScores collect = new CollectScores(List.of("企画課.xlsx", "情報政策課.xlsx"), List.of(
                CollectScores.Entry.filled(new Score("B03", "speed", "r1", 2, "", T)),
                CollectScores.Entry.filled(newer),
                CollectScores.Entry.emptied(new Cell("B02", "evidence", "r2"))));
        Change change = collect.resolve(plan);
        assertThat(change.cells()).hasSize(2);
        Plan after = apply(plan, collect);
        assertThat(ScoreEdits.find(after, new Cell("B03", "speed", "r1"))).map(Score::value).contains(2.0);
        assertThat(ScoreEdits.find(after, new Cell("B02", "evidence", "r2"))).isEmpty();
        assertThat(ScoreEdits.find(after, Cell.of(unchanged)))
                .as("an equal cell keeps its time").contains(unchanged);
        assertThat(JA.describe(collect)).isEqualTo("採点表を回収: 企画課.xlsx, 情報政策課.xlsx");
    }

    @Test
    void theLaterEntryForACellWinsAndABadCellRefusesTheWhole() throws Exception {
        Cell cell = new Cell("B03", "speed", "r2");
        CollectScores twice = new CollectScores(List.of("a.xlsx"), List.of(
                CollectScores.Entry.filled(new Score("B03", "speed", "r2", 2, "", T)),
                CollectScores.Entry.emptied(cell),
                CollectScores.Entry.filled(new Score("B03", "speed", "r2", 5, "", T))));
        assertThat(ScoreEdits.find(apply(plan, twice), cell)).map(Score::value).contains(5.0);
        refused(plan, new CollectScores(List.of("a.xlsx"), List.of(
                CollectScores.Entry.filled(new Score("B03", "speed", "r2", 2, "", T)),
                CollectScores.Entry.filled(new Score("B03", "speed", "r2", 8, "", T)))), "outOfScale");
        refused(plan, new CollectScores(List.of("a.xlsx"), List.of(
                CollectScores.Entry.emptied(new Cell("B03", "speed", "r7")))), "unknownRater");
    }
}
