package org.kaname.engine.workshop;

import java.time.Instant;
import java.util.List;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;

/**
 * A small workshop plan: criteria q (1–5) and w (0–10), measures A, B, C, raters r1 Aoki, r2 Baba, r3 Chiba.
 */
final class WorkshopPlans {
    static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
    static final Instant T1 = Instant.parse("2026-05-01T09:30:00Z");
    static final Instant T2 = Instant.parse("2026-05-01T10:00:00Z");
    static final Instant T3 = Instant.parse("2026-05-01T10:30:00Z");

    private WorkshopPlans() {
    }

    static Plan plan(Score... scores) {
        Plan plan = Plan.empty("Workshop", new FiscalYears(2026, 2030));
        return plan.withCriteria(List.of(
                        new Criterion("q", "Quality", "", 1, Direction.BENEFIT, new Scale(1, 5, null)),
                        new Criterion("w", "Worth", "", 1, Direction.BENEFIT, new Scale(0, 10, null))))
                .withMeasures(List.of(Measure.of("A", "G", "Alpha"), Measure.of("B", "G", "Beta"),
                        Measure.of("C", "G", "Gamma")))
                .withRatersAndScores(List.of(new Rater("r1", "Aoki"), new Rater("r2", "Baba"),
                        new Rater("r3", "Chiba")), List.of(scores));
    }

    static Score s(String measure, String criterion, String rater, double value) {
        return Score.of(measure, criterion, rater, value);
    }
}
