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
import org.kaname.model.ScoringRound;

/** Workshop rounds: opened, filled, revealed and discarded as edits, refused in words before the engine would. */
class RoundEditsTest {
    private static final Instant T = Instant.parse("2026-12-01T01:00:00Z");
    private final Plan plan = TestPlans.rich();

    private Plan opened() throws EditRefusedException {
        return apply(plan, new OpenRound("第1回", List.of("B01", "B02"), List.of("r1", "r2"), false, false, T));
    }

    @Test
    void aRoundIsOpenedOnceAndChecked() throws Exception {
        Plan open = opened();
        assertThat(open.openRound()).map(ScoringRound::number).contains(1);
        assertThat(open.scores()).isEqualTo(plan.scores());
        EditRefusedException again = refused(open, new OpenRound("2", List.of("B01"), List.of("r1"), false, false, T),
                "roundOpen");
        assertThat(again.arguments()).containsExactly("1");
        refused(plan, new OpenRound("x", List.of(), List.of("r1"), false, false, T), "noMeasures");
        refused(plan, new OpenRound("x", List.of("B01"), List.of(), false, false, T), "noRaters");
        refused(plan, new OpenRound("x", List.of("B09"), List.of("r1"), false, false, T), "unknownMeasure");
        refused(plan, new OpenRound("x", List.of("B01"), List.of("r9"), false, false, T), "unknownRater");
        assertThat(JA.describe(new OpenRound("第1回", List.of("B01", "B02"), List.of("r1"), false, false, T)))
                .isEqualTo("ラウンド「第1回」を開始（施策 2 件・評価者 1 名）");
    }

    @Test
    void roundCellsAreSetNotedAndClearedWithoutTouchingThePlanScores() throws Exception {
        Plan open = opened();
        Cell cell = new Cell("B02", "speed", "r1");
        Plan set = apply(open, new SetRoundScore(cell, 4, null, T));
        assertThat(set.openRound().orElseThrow().scores()).extracting(Score::value).containsExactly(4.0);
        assertThat(set.scores()).isEqualTo(plan.scores());
        Plan noted = apply(set, new SetRoundNote(cell, "研修の実績あり", T));
        assertThat(noted.openRound().orElseThrow().scores().get(0).note()).isEqualTo("研修の実績あり");
        Plan kept = apply(noted, new SetRoundScore(cell, 5, null, T));
        assertThat(kept.openRound().orElseThrow().scores().get(0).note()).as("note kept").isEqualTo("研修の実績あり");
        Plan cleared = apply(kept, new ClearRoundScore(cell, T));
        assertThat(cleared.openRound().orElseThrow().scores()).isEmpty();
        assertThat(new ClearRoundScore(cell, T).resolve(cleared).isEmpty()).isTrue();
        refused(open, new SetRoundNote(cell, "x", T), "noScore");
        refused(open, new SetRoundScore(new Cell("B03", "speed", "r1"), 3, null, T), "measureNotInRound");
        refused(open, new SetRoundScore(cell, 9, null, T), "outOfScale");
        refused(plan, new SetRoundScore(cell, 3, null, T), "noOpenRound");
        assertThat(EN.describe(new SetRoundScore(cell, 4, null, T)))
                .isEqualTo("Round score set to 4: B02 / speed / r1");
    }

    @Test
    void revealingPutsTheRoundsValuesIntoThePlanAndDiscardingDoesNot() throws Exception {
        Cell cell = new Cell("B01", "speed", "r1");
        Plan filled = apply(opened(), new SetRoundScore(cell, 2, "議論の結果", T));
        Plan revealed = apply(filled, new RevealRound(1, T));
        assertThat(revealed.openRound()).isEmpty();
        assertThat(ScoreEdits.find(revealed, cell)).map(Score::value).contains(2.0);
        refused(filled, new RevealRound(2, T), "roundNotOpen");
        refused(revealed, new RevealRound(1, T), "noOpenRound");
        Plan discarded = apply(filled, new DiscardRound(1));
        assertThat(discarded.rounds()).isEmpty();
        assertThat(discarded.scores()).isEqualTo(plan.scores());
        assertThat(JA.describe(new RevealRound(1, T))).isEqualTo("第1回ラウンドを開示（評価を計画に反映）");
    }
}
