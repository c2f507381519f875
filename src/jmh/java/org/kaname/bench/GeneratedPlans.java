package org.kaname.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;

/** Plans of a given size with seeded random scores (1–5, every rater scores every cell) for the benchmarks. */
final class GeneratedPlans {
    private GeneratedPlans() {
    }

    static Plan generate(int measures, int criteria, int raters, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Criterion> cs = new ArrayList<>();
        for (int c = 0; c < criteria; c++) {
            cs.add(new Criterion("c" + c, "criterion " + c, "", 1 + c, c == criteria - 1 ? Direction.COST
                    : Direction.BENEFIT, Scale.DEFAULT));
        }
        List<Measure> ms = new ArrayList<>();
        for (int m = 0; m < measures; m++) {
            ms.add(Measure.of("M" + m, "G", "measure " + m));
        }
        List<Rater> rs = new ArrayList<>();
        for (int r = 0; r < raters; r++) {
            rs.add(new Rater("r" + r, "rater " + r));
        }
        List<Score> scores = new ArrayList<>(measures * criteria * raters);
        for (Measure m : ms) {
            for (Criterion c : cs) {
                for (Rater r : rs) {
                    scores.add(Score.of(m.id(), c.id(), r.id(), 1 + random.nextInt(5)));
                }
            }
        }
        return Plan.empty("bench", new FiscalYears(2026, 2030)).withCriteria(cs).withMeasures(ms)
                .withRatersAndScores(rs, scores);
    }
}
