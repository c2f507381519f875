import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.kaname.io.InvalidPlanException;
import org.kaname.io.PlanJson;
import org.kaname.model.CostItem;
import org.kaname.model.Criterion;
import org.kaname.model.Evaluation;
import org.kaname.model.FollowUp;
import org.kaname.model.FutureDirection;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorKind;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.YearCost;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;
import org.kaname.sheets.ScoreJson;

/**
 * Writes a kaname-plan JSON file of MEASURES measures × 5 criteria × RATERS raters, every cell scored 1–5 by a seeded
 * random, like the plans of src/jmh/java/org/kaname/bench/GeneratedPlans.java (the last criterion is a cost criterion). The same
 * arguments always give the same bytes.
 *
 *   java -cp KANAME.jar src/bench/GeneratePlan.java OUT.json MEASURES RATERS [SEED] [SCORES.json]
 *
 * With SCORES.json it also writes a kaname-scores file (the format of export-scores / import-scores) for rater "r0"
 * in which every value differs from the plan's (v → v mod 5 + 1), so importing it changes all MEASURES × 5 cells of
 * that rater. A score file only names the plan's structure (fingerprint), so it fits whatever ID the plan gets.
 *
 * With {@code -Dkaname.followUp=true} every measure also has an owner (one of 20 担当課), two numeric indicators with
 * targets for 2026–2030 and actuals for 2026–2027, costs by 年度 for three years (事業費, 人工, 国庫支出金), and an
 * evaluation for 2027 (issue 16's features at scale); the plan's 単価 is 8,000,000 yen per 人工.
 */
public final class GeneratePlan {
    private static final int CRITERIA = 5;

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 5) {
            System.err.println("usage: GeneratePlan OUT.json MEASURES RATERS [SEED] [SCORES.json]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int measures = Integer.parseInt(args[1]);
        int raters = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
        Plan plan = generate(measures, raters, seed);
        if (Boolean.getBoolean("kaname.followUp")) {
            plan = withFollowUp(plan, seed);
        }
        PlanJson json = new PlanJson(Locale.ROOT);
        json.write(plan, out);
        try {
            // Read back with the importer's own checks, so a file that `import` would refuse is never left behind.
            json.read(out);
        } catch (InvalidPlanException e) {
            Files.delete(out);
            throw new IllegalStateException("generated plan is invalid: " + e.getMessage(), e);
        }
        System.err.printf("%s: %d measures × %d criteria × %d raters = %d scores, %,d bytes%n", out, measures,
                CRITERIA, raters, plan.scores().size(), Files.size(out));
        if (args.length > 4) {
            Path scoresOut = Path.of(args[4]);
            Rater r0 = plan.raters().get(0);
            List<Score> changed = new ArrayList<>(plan.scores().size());
            for (Score s : plan.scores()) {
                changed.add(s.rater().equals(r0.id())
                        ? Score.of(s.measure(), s.criterion(), s.rater(), (int) s.value() % 5 + 1) : s);
            }
            String text = new ScoreJson(Locale.ROOT).write(plan.withScores(changed), 0, r0,
                    Instant.parse("2026-01-01T00:00:00Z"));
            Files.writeString(scoresOut, text, StandardCharsets.UTF_8);
            System.err.printf("%s: rater %s, %d cells, every value changed, %,d bytes%n", scoresOut, r0.id(),
                    measures * CRITERIA, Files.size(scoresOut));
        }
    }

    static Plan generate(int measures, int raters, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Criterion> cs = new ArrayList<>();
        for (int c = 0; c < CRITERIA; c++) {
            cs.add(new Criterion("c" + c, "criterion " + c, "", 1 + c,
                    c == CRITERIA - 1 ? Direction.COST : Direction.BENEFIT, Scale.DEFAULT));
        }
        List<Measure> ms = new ArrayList<>();
        for (int m = 0; m < measures; m++) {
            ms.add(Measure.of("M" + m, "G", "measure " + m));
        }
        List<Rater> rs = new ArrayList<>();
        for (int r = 0; r < raters; r++) {
            rs.add(new Rater("r" + r, "rater " + r));
        }
        List<Score> scores = new ArrayList<>(measures * CRITERIA * raters);
        for (Measure m : ms) {
            for (Criterion c : cs) {
                for (Rater r : rs) {
                    scores.add(Score.of(m.id(), c.id(), r.id(), 1 + random.nextInt(5)));
                }
            }
        }
        return Plan.empty("bench " + measures + "x" + raters, new FiscalYears(2026, 2030)).withCriteria(cs)
                .withStructure(List.of(new Pillar("P", "pillar", "")),
                        List.of(new MeasureGroup("G", "P", "group", "", List.of(), List.of())), ms)
                .withRatersAndScores(rs, scores);
    }

    static Plan withFollowUp(Plan plan, long seed) {
        SplittableRandom random = new SplittableRandom(seed + 1);
        FutureDirection[] directions = FutureDirection.values();
        List<Measure> ms = new ArrayList<>();
        List<Evaluation> evaluations = new ArrayList<>();
        for (Measure m : plan.measures()) {
            List<Indicator> indicators = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                boolean up = k == 0;
                double baseline = up ? 20 : 80;
                List<IndicatorTarget> targets = new ArrayList<>();
                for (int y = 2026; y <= 2030; y++) {
                    double step = (y - 2025) * 10;
                    targets.add(new IndicatorTarget(y, up ? baseline + step : baseline - step, y == 2030));
                }
                List<IndicatorActual> actuals = new ArrayList<>();
                for (int y = 2026; y <= 2027; y++) {
                    double step = (y - 2025) * (5 + random.nextInt(10));
                    actuals.add(new IndicatorActual(y, up ? baseline + step : baseline - step, null, "調査", ""));
                }
                indicators.add(new Indicator(m.id() + (up ? "-KGI-1" : "-KPI-1"),
                        up ? IndicatorKind.KGI : IndicatorKind.KPI_OUTCOME, "indicator " + k + " of " + m.id(), "",
                        "%", "survey", 2030, up ? IndicatorDirection.UP : IndicatorDirection.DOWN, baseline, 2025,
                        targets, actuals));
            }
            List<YearCost> costs = new ArrayList<>();
            for (int y = 2026; y <= 2028; y++) {
                long project = 1_000_000L * (1 + random.nextInt(20));
                costs.add(new YearCost(y, project, List.of(new CostItem("委託料", project / 2)), 0.5, project / 4, 0, 0));
            }
            ms.add(new Measure(m.id(), m.group(), m.title(), m.description(), "課" + random.nextInt(20), 0, 0, 3,
                    null, m.dependsOn(), m.addresses(), indicators, m.evidence(), null, costs));
            evaluations.add(new Evaluation(m.id(), 2027, "", "", directions[random.nextInt(directions.length)],
                    "reason", "", false));
        }
        return plan.withMeasures(ms).withFollowUp(new FollowUp(8_000_000L, GradeRule.DEFAULT, evaluations));
    }
}
