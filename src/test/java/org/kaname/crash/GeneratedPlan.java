package org.kaname.crash;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.kaname.model.Budget;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Scenario;
import org.kaname.model.Score;

/**
 * Seeded plans of a chosen size for the crash tests. Besides scores they carry texts, costs, prerequisites, groups,
 * scenarios and score rationales, so a plan stored only in part (a table missing, a text cut) differs from the whole
 * plan and is caught by comparing exports. About one cell in twenty is left unscored, so a score import can add,
 * change and remove scores.
 */
public final class GeneratedPlan {
    /** Fraction of measure × criterion × rater cells without a score. */
    static final double HOLE_RATE = 0.05;

    private GeneratedPlan() {
    }

    /** The medium plan of issue 11's crash tests: 200 measures × 5 criteria × 10 raters, about 9,500 scores. */
    static Plan medium(String title, long seed) {
        return generate(title, 200, 5, 10, seed);
    }

    public static Plan generate(String title, int measures, int criteria, int raters, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Criterion> cs = new ArrayList<>();
        for (int c = 0; c < criteria; c++) {
            cs.add(new Criterion("c" + c, "評価基準 " + c, "基準 " + c + " の説明（生成）", 1 + c,
                    c == criteria - 1 ? Direction.COST : Direction.BENEFIT, Scale.DEFAULT));
        }
        List<Pillar> pillars = List.of(new Pillar("p0", "人材・組織", "人の面"), new Pillar("p1", "サービス", "住民の面"));
        List<MeasureGroup> groups = new ArrayList<>();
        for (int g = 0; g < 8; g++) {
            groups.add(new MeasureGroup("G" + g, "p" + (g % 2), "支援策 " + g, "目的 " + g, List.of(), List.of()));
        }
        List<Measure> ms = new ArrayList<>();
        for (int m = 0; m < measures; m++) {
            List<String> prerequisites = m > 0 && random.nextInt(10) == 0
                    ? List.of("M" + random.nextInt(m)) : List.of();
            ms.add(new Measure("M" + m, "G" + (m % groups.size()), "施策 " + m + "（" + title + "）",
                    "施策 " + m + " の説明。seed " + seed + "、乱数 " + random.nextLong(), "担当課 " + (m % 7),
                    1_000_000L * random.nextInt(50), 100_000L * random.nextInt(30), 1 + random.nextInt(3), null,
                    prerequisites, List.of(), List.of(), List.of(), null));
        }
        List<Rater> rs = new ArrayList<>();
        for (int r = 0; r < raters; r++) {
            rs.add(new Rater("r" + r, "評価者 " + r));
        }
        List<Score> scores = new ArrayList<>(measures * criteria * raters);
        Instant scoredAt = Instant.parse("2026-01-10T00:00:00Z");
        for (Measure m : ms) {
            for (Criterion c : cs) {
                for (Rater r : rs) {
                    int value = 1 + random.nextInt(5);
                    if (random.nextDouble() < HOLE_RATE) {
                        continue;
                    }
                    String note = random.nextInt(8) == 0 ? "根拠 " + m.id() + "/" + c.id() + "/" + r.id() : "";
                    Instant time = random.nextBoolean() ? scoredAt.plusSeconds(random.nextInt(86_400)) : null;
                    scores.add(new Score(m.id(), c.id(), r.id(), value, note, time));
                }
            }
        }
        Map<String, Double> even = new LinkedHashMap<>();
        cs.forEach(c -> even.put(c.id(), 1.0));
        return Plan.empty(title, new FiscalYears(2026, 2030))
                .withBudget(Budget.uniform(500_000_000L))
                .withCriteria(cs)
                .withStructure(pillars, groups, ms)
                .withRatersAndScores(rs, scores)
                .withScenarios(List.of(new Scenario("均等", even), new Scenario("費用重視", Map.of("c" + (criteria - 1), 5.0))));
    }
}
