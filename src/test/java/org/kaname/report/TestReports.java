package org.kaname.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.kaname.io.PlanJson;
import org.kaname.model.Criterion;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorKind;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;
import org.kaname.service.SamplePlan;

/** Plans to report on and a way to write their reports into memory. */
final class TestReports {
    static final Instant LAST_CHANGE = Instant.parse("2026-11-20T01:15:00Z");
    static final Instant PRINTED = Instant.parse("2026-11-28T00:00:00Z");

    private TestReports() {
    }

    record Written(byte[] pdf, ReportResult result) {
    }

    static Plan sample() {
        return SamplePlan.load(new PlanJson(Locale.JAPANESE));
    }

    static ReportOptions options() {
        return ReportOptions.defaults().withGeneratedAt(PRINTED);
    }

    static Written write(Plan plan, ReportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportResult result = new ReportService().write(plan, LAST_CHANGE, options, out);
        return new Written(out.toByteArray(), result);
    }

    /**
     * A large plan: {@code n} measures in groups of 50 under two pillars, five 1–5 criteria, three raters with
     * seeded random values and rationales (each rater's different), costs, and a prerequisite every tenth measure.
     */
    static Plan large(int n) {
        Random random = new Random(42);
        List<Criterion> criteria = new ArrayList<>();
        for (int c = 1; c <= 5; c++) {
            criteria.add(new Criterion("c" + c, "評価基準" + c, "基準" + c + "の定義", 1 + c % 3, null,
                    Scale.of(1, 5, Map.of(1, "低い", 3, "中程度", 5, "高い"))));
        }
        List<Pillar> pillars = List.of(new Pillar("p1", "人材・組織", ""), new Pillar("p2", "業務・技術", ""));
        List<MeasureGroup> groups = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        List<Rater> raters = List.of(new Rater("r1", "企画課"), new Rater("r2", "情報政策課"), new Rater("r3", "人事課"));
        int groupCount = (n + 49) / 50;
        for (int g = 1; g <= groupCount; g++) {
            groups.add(new MeasureGroup("G" + g, g % 2 == 0 ? "p2" : "p1", "支援策" + g + "：業務改革の推進その" + g,
                    "目的" + g, List.of(new Indicator(IndicatorKind.KGI, "指標" + g, "100", "%", "調査", null)),
                    List.of()));
        }
        for (int i = 1; i <= n; i++) {
            String id = "M" + i;
            Measure m = Measure.of(id, "G" + ((i - 1) / 50 + 1), "取組" + i + "：窓口のデジタル化と業務の見直し")
                    .withCosts(1_000_000L * (1 + random.nextInt(20)), 500_000L * random.nextInt(10),
                            1 + random.nextInt(3));
            if (i % 10 == 0) {
                m = m.withDependsOn(List.of("M" + (i - 1)));
            }
            measures.add(m);
            for (Criterion c : criteria) {
                for (Rater r : raters) {
                    int value = 1 + random.nextInt(5);
                    // A rationale of realistic length, different for every rater and criterion.
                    scores.add(new Score(id, c.id(), r.id(), value, r.name() + "として、" + c.name() + "は"
                            + value + "と評価。取組" + i + "は既存の仕組みを活用でき、効果の発現も見込める", null));
                }
            }
        }
        Plan plan = Plan.empty("大規模計画（" + n + "施策）", new org.kaname.model.FiscalYears(2026, 2030))
                .withCriteria(criteria).withStructure(pillars, groups, measures).withRatersAndScores(raters, scores)
                .withBudget(org.kaname.model.Budget.uniform(300_000_000L));
        return plan;
    }
}
