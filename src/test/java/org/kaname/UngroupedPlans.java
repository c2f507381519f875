package org.kaname;

import java.util.List;
import java.util.Map;
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
import org.kaname.model.Score;

/**
 * Plans using what the format leaves optional (issue 13): a group without pillar and measures without group, or no
 * pillars and groups at all. Both are valid kaname-plan and must work everywhere a plan does.
 */
public final class UngroupedPlans {
    /** The measure in no support measure that screens and reports must still list. */
    public static final String UNGROUPED = "B03";

    private static final List<Rater> RATERS = List.of(new Rater("r1", "企画課"), new Rater("r2", "情報政策課"));

    private UngroupedPlans() {
    }

    /**
     * Pillar {@code people} with group G1; group G2 in no pillar; B01 in G1, B02 in G2, B03 (after B01) and B04 in
     * no group; every measure scored.
     */
    public static Plan mixed() {
        List<Measure> measures = List.of(
                Measure.of("B01", "G1", "研修プログラムの実施").withCosts(30_000_000L, 5_000_000L, 2),
                Measure.of("B02", "G2", "書かない窓口").withCosts(10_000_000L, 0, 1),
                Measure.of(UNGROUPED, null, "庁内チャットの導入").withCosts(5_000_000L, 1_000_000L, 1)
                        .withDependsOn(List.of("B01")),
                Measure.of("B04", null, "ペーパーレス会議").withCosts(2_000_000L, 0, 1));
        return base("柱のない支援策を含む計画")
                .withStructure(List.of(new Pillar("people", "人材・組織", "")),
                        List.of(new MeasureGroup("G1", "people", "DX推進リーダーの育成", "目的", List.of(), List.of()),
                                new MeasureGroup("G2", null, "窓口の改善", "", List.of(), List.of())),
                        measures)
                .withRatersAndScores(RATERS, scores(measures));
    }

    /** No pillars, no groups: a plain list of measures, scored. */
    public static Plan flat() {
        List<Measure> measures = List.of(
                Measure.of("A1", null, "庁内チャットの導入").withCosts(5_000_000L, 1_000_000L, 1),
                Measure.of("A2", null, "ペーパーレス会議").withCosts(2_000_000L, 0, 1),
                Measure.of("A3", null, "書かない窓口").withCosts(10_000_000L, 0, 2));
        return base("柱も支援策もない計画").withStructure(List.of(), List.of(), measures)
                .withRatersAndScores(RATERS, scores(measures));
    }

    private static Plan base(String title) {
        return Plan.empty(title, new FiscalYears(2026, 2030)).withBudget(Budget.uniform(40_000_000L))
                .withCriteria(List.of(
                        new Criterion("speed", "即効性", "", 60, Direction.BENEFIT, Scale.of(1, 5, Map.of())),
                        new Criterion("cost", "費用", "", 40, Direction.COST, Scale.of(1, 5, Map.of()))));
    }

    private static List<Score> scores(List<Measure> measures) {
        List<Score> out = new java.util.ArrayList<>();
        int i = 0;
        for (Measure m : measures) {
            out.add(Score.of(m.id(), "speed", "r1", 1 + i % 5));
            out.add(Score.of(m.id(), "cost", "r2", 1 + (i + 2) % 5));
            i++;
        }
        return out;
    }
}
