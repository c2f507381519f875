package org.kaname.engine.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaname.engine.EngineException;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.RoundState;
import org.kaname.model.ScoringRound;

/** How consensus moved over a workshop's revealed rounds, for the report and the workshop screen. */
public final class ConsensusHistory {
    private ConsensusHistory() {
    }

    /** One summary per revealed round, in number order; an open round is not history yet and is left out. */
    public static List<RoundSummary> summaries(Plan plan) {
        return plan.rounds().stream()
                .filter(r -> r.state() == RoundState.REVEALED)
                .sorted(Comparator.comparingInt(ScoringRound::number))
                .map(r -> summary(plan, r))
                .toList();
    }

    private static RoundSummary summary(Plan plan, ScoringRound round) {
        List<CellSpread> spreads = Disagreements.of(plan, round.scores());
        double mean = spreads.stream().mapToDouble(CellSpread::relativeSd).average().orElse(0);
        int strong = (int) spreads.stream().filter(CellSpread::strong).count();
        return new RoundSummary(round.number(), round.title(), round.state(), spreads.size(), mean, strong);
    }

    /**
     * Cells with a spread (two values or more) in both revealed rounds {@code roundA} and {@code roundB}, the one
     * whose sd fell most first (ties in plan order). Refuses a round number that is not a revealed round.
     */
    public static List<CellMovement> movement(Plan plan, int roundA, int roundB) {
        List<CellSpread> before = Disagreements.of(plan, revealed(plan, roundA).scores());
        Map<String, CellSpread> after = new HashMap<>();
        for (CellSpread s : Disagreements.of(plan, revealed(plan, roundB).scores())) {
            after.put(s.measureId() + '\u0000' + s.criterionId(), s);
        }
        Map<String, Integer> measureOrder = order(plan.measures().stream().map(Measure::id).toList());
        Map<String, Integer> criterionOrder = order(plan.criteria().stream().map(Criterion::id).toList());
        List<CellMovement> moves = new ArrayList<>();
        for (CellSpread b : before) {
            CellSpread a = after.get(b.measureId() + '\u0000' + b.criterionId());
            if (a != null) {
                moves.add(new CellMovement(b.measureId(), b.criterionId(), b.stats().sd(), a.stats().sd()));
            }
        }
        moves.sort(Comparator.comparingDouble(CellMovement::fall).reversed()
                .thenComparingInt(m -> measureOrder.get(m.measureId()))
                .thenComparingInt(m -> criterionOrder.get(m.criterionId())));
        return List.copyOf(moves);
    }

    private static ScoringRound revealed(Plan plan, int number) {
        return plan.rounds().stream()
                .filter(r -> r.number() == number && r.state() == RoundState.REVEALED)
                .findFirst()
                .orElseThrow(() -> EngineException.unknown("round.notRevealed",
                        "There is no revealed round " + number + " in the plan.", number));
    }

    private static Map<String, Integer> order(List<String> ids) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.putIfAbsent(ids.get(i), i);
        }
        return order;
    }
}
