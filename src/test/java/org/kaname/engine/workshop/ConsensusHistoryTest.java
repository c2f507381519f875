package org.kaname.engine.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kaname.engine.workshop.WorkshopPlans.T0;
import static org.kaname.engine.workshop.WorkshopPlans.T1;
import static org.kaname.engine.workshop.WorkshopPlans.T2;
import static org.kaname.engine.workshop.WorkshopPlans.T3;
import static org.kaname.engine.workshop.WorkshopPlans.plan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.engine.EngineException;
import org.kaname.model.Plan;
import org.kaname.model.RoundState;

class ConsensusHistoryTest {
    private static final double R2 = Math.sqrt(2);

    /**
     * Round 1: A q 1, 5 (sd 2√2); A w 2, 8 (sd 3√2); B q 2, 3 (sd √2/2).
     * Round 2: A q 3, 4 (sd √2/2); A w 4, 6 (sd √2); B q 2, 4 (sd √2) — the room moved apart on B q.
     */
    static Plan twoRounds() {
        Plan plan = Rounds.open(plan(), "Before discussion", List.of("A", "B"), List.of("r1", "r2"), false, false,
                T0);
        plan = enter(plan, "A", "q", 1, 5);
        plan = enter(plan, "A", "w", 2, 8);
        plan = enter(plan, "B", "q", 2, 3);
        plan = Rounds.reveal(plan, T1);
        plan = Rounds.open(plan, "After discussion", List.of("A", "B"), List.of("r1", "r2"), false, true, T2);
        plan = enter(plan, "A", "q", 3, 4);
        plan = enter(plan, "A", "w", 4, 6);
        plan = enter(plan, "B", "q", 2, 4);
        return Rounds.reveal(plan, T3);
    }

    private static Plan enter(Plan plan, String measure, String criterion, double r1, double r2) {
        plan = Rounds.enter(plan, measure, criterion, "r1", r1, "", T1);
        return Rounds.enter(plan, measure, criterion, "r2", r2, "", T1);
    }

    @Test
    void summariesDescribeEachRevealedRound() {
        List<RoundSummary> summaries = ConsensusHistory.summaries(twoRounds());

        assertThat(summaries).extracting(RoundSummary::number).containsExactly(1, 2);
        RoundSummary first = summaries.get(0);
        assertThat(first.title()).isEqualTo("Before discussion");
        assertThat(first.state()).isEqualTo(RoundState.REVEALED);
        assertThat(first.cells()).isEqualTo(3);
        // Relative sd: 2√2/4, 3√2/10, (√2/2)/4.
        assertThat(first.meanRelativeSd()).isCloseTo((2 * R2 / 4 + 3 * R2 / 10 + R2 / 8) / 3, within(1e-12));
        assertThat(first.strongCells()).isEqualTo(2); // A q (range 4 of 4), A w (range 6 of 10)
        RoundSummary second = summaries.get(1);
        assertThat(second.cells()).isEqualTo(3);
        assertThat(second.meanRelativeSd()).isCloseTo((R2 / 8 + R2 / 10 + R2 / 4) / 3, within(1e-12));
        assertThat(second.strongCells()).isEqualTo(1); // B q: range 2 of 4
    }

    @Test
    void anOpenRoundIsNotHistory() {
        Plan plan = Rounds.open(twoRounds(), "Third", List.of("A"), List.of("r1"), false, true, T3);
        assertThat(ConsensusHistory.summaries(plan)).extracting(RoundSummary::number).containsExactly(1, 2);
        assertThat(ConsensusHistory.summaries(plan(WorkshopPlans.s("A", "q", "r1", 1)))).isEmpty();
    }

    @Test
    void movementPutsTheCellWhoseSpreadFellMostFirst() {
        List<CellMovement> moves = ConsensusHistory.movement(twoRounds(), 1, 2);

        // Falls: A w 3√2 − √2 = 2.83, A q 2√2 − √2/2 = 2.12, B q √2/2 − √2 = −0.71.
        assertThat(moves).extracting(m -> m.measureId() + m.criterionId()).containsExactly("Aw", "Aq", "Bq");
        assertThat(moves.get(0).sdBefore()).isCloseTo(3 * R2, within(1e-12));
        assertThat(moves.get(0).sdAfter()).isCloseTo(R2, within(1e-12));
        assertThat(moves.get(2).fall()).isCloseTo(-R2 / 2, within(1e-12));
    }

    @Test
    void movementOnlyComparesCellsWithASpreadInBothRounds() {
        Plan plan = Rounds.open(twoRounds(), "Third", List.of("A"), List.of("r1", "r2"), false, false, T3);
        plan = enter(plan, "A", "q", 2, 2);
        plan = Rounds.reveal(plan, T3);
        List<CellMovement> moves = ConsensusHistory.movement(plan, 2, 3);
        assertThat(moves).hasSize(1);
        assertThat(moves.get(0).sdBefore()).isCloseTo(R2 / 2, within(1e-12));
        assertThat(moves.get(0).sdAfter()).isZero();
    }

    @Test
    void movementRefusesARoundThatIsNotRevealed() {
        Plan plan = Rounds.open(twoRounds(), "Third", List.of("A"), List.of("r1"), false, false, T3);
        assertThatThrownBy(() -> ConsensusHistory.movement(plan, 1, 3)).isInstanceOf(EngineException.class)
                .hasMessageContaining("round 3");
        assertThatThrownBy(() -> ConsensusHistory.movement(plan, 7, 2)).isInstanceOf(EngineException.class)
                .hasMessageContaining("round 7");
    }
}
