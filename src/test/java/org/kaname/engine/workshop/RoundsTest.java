package org.kaname.engine.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kaname.engine.workshop.WorkshopPlans.T0;
import static org.kaname.engine.workshop.WorkshopPlans.T1;
import static org.kaname.engine.workshop.WorkshopPlans.T2;
import static org.kaname.engine.workshop.WorkshopPlans.T3;
import static org.kaname.engine.workshop.WorkshopPlans.plan;
import static org.kaname.engine.workshop.WorkshopPlans.s;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.engine.EngineException;
import org.kaname.engine.RankedMeasure;
import org.kaname.engine.RankingService;
import org.kaname.model.Plan;
import org.kaname.model.RoundState;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;

class RoundsTest {
    /** A scored before the workshop: r1 gives 2 on q, 3 on w; B scored 4 / 8 by r1; C unscored. */
    private static final Plan BEFORE = plan(s("A", "q", "r1", 2), s("A", "w", "r1", 3),
            s("B", "q", "r1", 4), s("B", "w", "r1", 8));

    private static Plan openAB() {
        return Rounds.open(BEFORE, "First", List.of("A", "B"), List.of("r1", "r2"), false, false, T0);
    }

    private static List<String> rankOrder(Plan plan) {
        return new RankingService().rank(plan).measures().stream().map(RankedMeasure::measureId).toList();
    }

    @Test
    void openAddsRoundOneOpenWithTheGivenMeasuresAndRaters() {
        Plan plan = Rounds.open(BEFORE, "First", List.of("B", "A", "B"), List.of("r2", "r1"), true, false, T0);

        assertThat(plan.rounds()).hasSize(1);
        ScoringRound round = plan.openRound().orElseThrow();
        assertThat(round.number()).isEqualTo(1);
        assertThat(round.title()).isEqualTo("First");
        assertThat(round.measures()).containsExactly("B", "A");
        assertThat(round.raters()).containsExactly("r2", "r1");
        assertThat(round.anonymous()).isTrue();
        assertThat(round.state()).isEqualTo(RoundState.OPEN);
        assertThat(round.opened()).isEqualTo(T0);
        assertThat(round.revealed()).isNull();
        assertThat(round.scores()).isEmpty();
        assertThat(plan.scores()).isEqualTo(BEFORE.scores());
    }

    @Test
    void scoresEnteredWhileOpenAreHiddenFromThePlanAndTheRanking() {
        // Before: A = mean(normalised) lower than B, so B ranks first.
        assertThat(rankOrder(BEFORE)).containsExactly("B", "A", "C");

        Plan plan = openAB();
        // r2 rates A at the top and B at the bottom: revealed, this would put A first.
        plan = Rounds.enter(plan, "A", "q", "r2", 5.0, "urgent", T1);
        plan = Rounds.enter(plan, "A", "w", "r2", 10.0, "", T1);
        plan = Rounds.enter(plan, "B", "q", "r2", 1.0, "", T1);
        plan = Rounds.enter(plan, "B", "w", "r2", 0.0, "", T1);
        plan = Rounds.enter(plan, "A", "q", "r1", 5.0, "", T1);

        assertThat(plan.scores()).isEqualTo(BEFORE.scores());
        assertThat(rankOrder(plan)).containsExactly("B", "A", "C");
        assertThat(plan.openRound().orElseThrow().scores()).hasSize(5);
    }

    @Test
    void revealReplacesExactlyTheEnteredCellsAndAddsNewOnes() {
        Plan plan = openAB();
        plan = Rounds.enter(plan, "A", "q", "r1", 4.0, "changed my mind", T1); // replaces r1's 2
        plan = Rounds.enter(plan, "A", "q", "r2", 3.0, "", T1);               // new cell
        plan = Rounds.reveal(plan, T2);

        assertThat(plan.scores()).containsExactly(
                new Score("A", "q", "r1", 4.0, "changed my mind", T1), // in place of the old value
                s("A", "w", "r1", 3), s("B", "q", "r1", 4), s("B", "w", "r1", 8),
                new Score("A", "q", "r2", 3.0, "", T1));
        ScoringRound round = plan.rounds().get(0);
        assertThat(round.state()).isEqualTo(RoundState.REVEALED);
        assertThat(round.revealed()).isEqualTo(T2);
        assertThat(round.opened()).isEqualTo(T0);
        assertThat(plan.openRound()).isEmpty();
        // Now A: q mean (4+3)/2 = 3.5 → 0.625, w 3 → 0.3: 0.4625; B: q 4 → 0.75, w 0.8: 0.775. B still first.
        assertThat(rankOrder(plan)).containsExactly("B", "A", "C");
    }

    @Test
    void revealedValuesReachTheRanking() {
        Plan plan = openAB();
        plan = Rounds.enter(plan, "A", "q", "r1", 5.0, "", T1);
        plan = Rounds.enter(plan, "A", "w", "r1", 10.0, "", T1);
        plan = Rounds.reveal(plan, T2);
        // A: 1.0 and 1.0 against B's 0.75 and 0.8.
        assertThat(rankOrder(plan)).containsExactly("A", "B", "C");
    }

    @Test
    void enterAgainReplacesAndNullClearsTheCell() {
        Plan plan = openAB();
        plan = Rounds.enter(plan, "A", "q", "r1", 3.0, "first", T1);
        plan = Rounds.enter(plan, "B", "q", "r1", 2.0, "", T1);
        plan = Rounds.enter(plan, "A", "q", "r1", 4.0, "second", T2);
        assertThat(plan.openRound().orElseThrow().scores()).containsExactly(
                new Score("A", "q", "r1", 4.0, "second", T2), new Score("B", "q", "r1", 2.0, "", T1));

        plan = Rounds.enter(plan, "A", "q", "r1", null, null, T3);
        assertThat(plan.openRound().orElseThrow().scores()).containsExactly(new Score("B", "q", "r1", 2.0, "", T1));
    }

    @Test
    void aSecondRoundLeavesTheRevealedOneUnchanged() {
        Plan plan = openAB();
        plan = Rounds.enter(plan, "A", "q", "r1", 1.0, "", T1);
        plan = Rounds.enter(plan, "A", "q", "r2", 5.0, "", T1);
        plan = Rounds.reveal(plan, T1);
        ScoringRound first = plan.rounds().get(0);

        plan = Rounds.open(plan, "Second", List.of("A"), List.of("r1", "r2"), false, false, T2);
        assertThat(plan.openRound().orElseThrow().number()).isEqualTo(2);
        plan = Rounds.enter(plan, "A", "q", "r1", 3.0, "", T2);
        plan = Rounds.enter(plan, "A", "q", "r2", 4.0, "", T2);
        plan = Rounds.reveal(plan, T3);

        assertThat(plan.rounds()).hasSize(2);
        assertThat(plan.rounds().get(0)).isEqualTo(first);
        assertThat(plan.rounds().get(1).state()).isEqualTo(RoundState.REVEALED);
        assertThat(plan.scores()).filteredOn(x -> x.measure().equals("A") && x.criterion().equals("q"))
                .extracting(Score::rater, Score::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("r1", 3.0),
                        org.assertj.core.groups.Tuple.tuple("r2", 4.0));
    }

    @Test
    void numberFollowsTheHighestExistingRoundEvenAfterADiscard() {
        Plan plan = Rounds.reveal(openAB(), T1);
        plan = Rounds.discard(Rounds.open(plan, "x", List.of("A"), List.of("r1"), false, false, T2));
        plan = Rounds.open(plan, "y", List.of("A"), List.of("r1"), false, false, T3);
        assertThat(plan.openRound().orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void prefillCopiesTheRatersPlanScoresForTheRoundsMeasuresOnly() {
        Plan before = plan(s("A", "q", "r1", 2), s("A", "q", "r3", 5), s("B", "q", "r1", 4), s("A", "w", "r2", 7));
        Plan plan = Rounds.open(before, "Second", List.of("A"), List.of("r1", "r2"), false, true, T0);

        // r3 is not in the round and B is not in the round: their scores stay out.
        assertThat(plan.openRound().orElseThrow().scores())
                .containsExactly(s("A", "q", "r1", 2), s("A", "w", "r2", 7));
        assertThat(plan.scores()).isEqualTo(before.scores());
    }

    @Test
    void discardRemovesTheOpenRoundAndKeepsPlanScores() {
        Plan plan = Rounds.enter(openAB(), "A", "q", "r1", 5.0, "", T1);
        Plan discarded = Rounds.discard(plan);
        assertThat(discarded.rounds()).isEmpty();
        assertThat(discarded.scores()).isEqualTo(BEFORE.scores());
        assertThat(Rounds.discard(BEFORE)).isSameAs(BEFORE);
    }

    @Test
    void progressCountsCellsPerRaterWithoutValues() {
        Plan plan = openAB();
        plan = Rounds.enter(plan, "A", "q", "r1", 5.0, "", T1);
        plan = Rounds.enter(plan, "A", "w", "r1", 5.0, "", T1);
        plan = Rounds.enter(plan, "B", "q", "r1", 5.0, "", T1);
        plan = Rounds.enter(plan, "B", "w", "r1", 5.0, "", T1);
        plan = Rounds.enter(plan, "A", "q", "r2", 1.0, "", T1);

        RoundProgress progress = Rounds.progress(plan, plan.openRound().orElseThrow());
        // 2 measures × 2 criteria = 4 cells per rater, 2 raters.
        assertThat(progress.expected()).isEqualTo(8);
        assertThat(progress.entered()).isEqualTo(5);
        assertThat(progress.complete()).isFalse();
        assertThat(progress.raters()).containsExactly(new RaterProgress("r1", "Aoki", 4, 4),
                new RaterProgress("r2", "Baba", 4, 1));
        assertThat(progress.raters().get(0).complete()).isTrue();
        assertThat(progress.raters().get(1).complete()).isFalse();
    }

    @Test
    void openIsRefusedWhileARoundIsOpenOrWithoutMeasuresOrRatersOrWithUnknownOnes() {
        Plan open = openAB();
        assertRefused(() -> Rounds.open(open, "", List.of("A"), List.of("r1"), false, false, T1),
                EngineException.Kind.INVALID_INPUT, "still open");
        assertRefused(() -> Rounds.open(BEFORE, "", List.of(), List.of("r1"), false, false, T1),
                EngineException.Kind.INVALID_INPUT, "measure");
        assertRefused(() -> Rounds.open(BEFORE, "", null, List.of("r1"), false, false, T1),
                EngineException.Kind.INVALID_INPUT, "measure");
        assertRefused(() -> Rounds.open(BEFORE, "", List.of("A"), List.of(), false, false, T1),
                EngineException.Kind.INVALID_INPUT, "rater");
        assertRefused(() -> Rounds.open(BEFORE, "", List.of("A", "Z"), List.of("r1"), false, false, T1),
                EngineException.Kind.UNKNOWN_NAME, "'Z'");
        assertRefused(() -> Rounds.open(BEFORE, "", List.of("A"), List.of("r9"), false, false, T1),
                EngineException.Kind.UNKNOWN_NAME, "'r9'");
    }

    @Test
    void enterIsRefusedOutsideTheRoundOrOffTheScale() {
        assertRefused(() -> Rounds.enter(BEFORE, "A", "q", "r1", 3.0, "", T1),
                EngineException.Kind.INVALID_INPUT, "No round is open");
        Plan open = openAB();
        assertRefused(() -> Rounds.enter(open, "C", "q", "r1", 3.0, "", T1),
                EngineException.Kind.UNKNOWN_NAME, "'C'");
        assertRefused(() -> Rounds.enter(open, "A", "q", "r3", 3.0, "", T1),
                EngineException.Kind.UNKNOWN_NAME, "'r3'");
        assertRefused(() -> Rounds.enter(open, "A", "zz", "r1", 3.0, "", T1),
                EngineException.Kind.UNKNOWN_NAME, "'zz'");
        assertRefused(() -> Rounds.enter(open, "A", "q", "r1", 6.0, "", T1),
                EngineException.Kind.INVALID_INPUT, "1–5");
        assertRefused(() -> Rounds.enter(open, "A", "q", "r1", 0.0, "", T1),
                EngineException.Kind.INVALID_INPUT, "1–5");
        assertRefused(() -> Rounds.enter(open, "A", "w", "r1", 10.5, "", T1),
                EngineException.Kind.INVALID_INPUT, "0–10");
        assertRefused(() -> Rounds.enter(open, "A", "w", "r1", Double.NaN, "", T1),
                EngineException.Kind.INVALID_INPUT, "outside");
        // The ends of the scales are on it.
        assertThat(Rounds.enter(open, "A", "w", "r1", 0.0, "", T1).openRound().orElseThrow().scores()).hasSize(1);
        assertThat(Rounds.enter(open, "A", "q", "r1", 5.0, "", T1).openRound().orElseThrow().scores()).hasSize(1);
    }

    @Test
    void revealIsRefusedWithoutAnOpenRound() {
        assertRefused(() -> Rounds.reveal(BEFORE, T1), EngineException.Kind.INVALID_INPUT, "No round is open");
        Plan revealed = Rounds.reveal(openAB(), T1);
        assertRefused(() -> Rounds.reveal(revealed, T2), EngineException.Kind.INVALID_INPUT, "No round is open");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
                                      EngineException.Kind kind, String messagePart) {
        assertThatThrownBy(call).isInstanceOf(EngineException.class)
                .hasMessageContaining(messagePart)
                .satisfies(e -> assertThat(((EngineException) e).kind()).isEqualTo(kind));
    }
}
