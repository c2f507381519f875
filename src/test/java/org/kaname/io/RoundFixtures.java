package org.kaname.io;

import java.time.Instant;
import java.util.List;

import org.kaname.model.Plan;
import org.kaname.model.RoundState;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;

/** {@link PlanFixtures#rich()} after a workshop: round 1 revealed (anonymous, titled), round 2 still open. */
final class RoundFixtures {
    static final Instant OPENED_1 = Instant.parse("2026-11-10T01:00:00Z");
    static final Instant REVEALED_1 = Instant.parse("2026-11-10T02:30:00.5Z");
    static final Instant OPENED_2 = Instant.parse("2026-11-10T03:00:00Z");

    private RoundFixtures() {
    }

    static ScoringRound revealed() {
        return new ScoringRound(1, "第1回", List.of("S1-1", "S2-1"), List.of("r1", "r2"), true, RoundState.REVEALED,
                OPENED_1, REVEALED_1, List.of(
                        new Score("S1-1", "speed", "r1", 4, "すぐ始められる", Instant.parse("2026-11-10T01:10:00Z")),
                        Score.of("S1-1", "speed", "r2", 2),
                        Score.of("S2-1", "cost", "r2", 7.25)));
    }

    static ScoringRound open() {
        return new ScoringRound(2, "", List.of("S1-1"), List.of("r1"), false, RoundState.OPEN, OPENED_2, null,
                List.of(Score.of("S1-1", "speed", "r1", 5)));
    }

    static Plan withRounds() {
        return PlanFixtures.rich().withRounds(List.of(revealed(), open()));
    }
}
