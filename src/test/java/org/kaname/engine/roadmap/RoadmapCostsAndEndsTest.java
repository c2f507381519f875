package org.kaname.engine.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kaname.model.Evaluation;
import org.kaname.model.FollowUp;
import org.kaname.model.FutureDirection;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;

/**
 * Issue 16 on the roadmap, worked out by hand: costs by 年度 are phases that move with the start the roadmap gives
 * (事業費 + 人件費 at the plan's 単価 count against the cap), and measures ended by their evaluation leave it.
 */
class RoadmapCostsAndEndsTest {

    private static String placement(Roadmap roadmap, String id) {
        ScheduledMeasure row = roadmap.find(id).orElseThrow();
        return row.isScheduled() ? row.start().getAsInt() + "-" + row.end().getAsInt() : row.status().code();
    }

    private static Evaluation evaluated(String id, int year, FutureDirection direction, boolean reopened) {
        return new Evaluation(id, year, "", "", direction, "理由", "", reopened);
    }

    private static Roadmap schedule(Plan plan) {
        return new RoadmapScheduler().schedule(plan);
    }

    @Test
    void costsByYearArePhasesPlacedWhereTheyFitWithPersonnelAtThePlansRate() {
        // cap 100 a year, 単価 40 yen per 人工. A (rank 1): 60 a year for 2026–2027. B (rank 2) is planned for
        // 2030–2031: 事業費 10 + 人工 0.5 × 40 = 30, then 80 (its simple-form 10 for one year is not used).
        // Start 2026: 2027 would be 60 + 80 = 140. Start 2027: 60 + 30 = 90, then 80 in 2028. So 2027–2028.
        Measure b = Measure.of("B", "G", "施策B").withCosts(0, 10, 1).withYearCosts(List.of(
                new YearCost(2030, 10, List.of(), 0.5, 0, 0, 0), YearCost.project(2031, 80)));
        Plan plan = RoadmapFixture.years(2026, 2028).cap(100)
                .measure("A", 90, 0, 60, 2)
                .add(b, 80)
                .plan().withFollowUp(FollowUp.NONE.withPersonnelRate(40));
        Roadmap r = schedule(plan);
        assertThat(placement(r, "A")).isEqualTo("2026-2027");
        assertThat(placement(r, "B")).isEqualTo("2027-2028");
        assertThat(r.find("B").orElseThrow().costByYear()).isEqualTo(new TreeMap<>(Map.of(2027, 30L, 2028, 80L)));
        assertThat(r.budget().values()).extracting(YearBudget::spent).containsExactly(60L, 90L, 80L);

        // With a cap of 85 no start is left: from 2026, 2026 is 5 over and 2027 55 over; from 2027, 2027 is 5 over.
        Roadmap tight = schedule(RoadmapFixture.years(2026, 2028).cap(85)
                .measure("A", 90, 0, 60, 2).add(b, 80).plan().withFollowUp(FollowUp.NONE.withPersonnelRate(40)));
        assertThat(tight.find("B").orElseThrow().reason()).contains(new DeferralReason.OverBudget(2026, 2027, 2027,
                List.of(new YearOverrun(2027, 5))));
    }

    @Test
    void aGapBetweenPhasesCostsNothingButCountsAsAYearOfTheMeasure() {
        // cap 100. A (rank 1) 100 in 2027 only (earliest 2027). B (rank 2): 50 in its first year, nothing in the
        // second, 50 in the third: start 2026 puts its gap on A's year; it runs 2026–2028.
        Measure b = Measure.of("B", "G", "施策B").withYearCosts(List.of(
                YearCost.project(2026, 50), YearCost.project(2028, 50)));
        Roadmap r = schedule(RoadmapFixture.years(2026, 2028).cap(100)
                .measure("A", 90, 100, 0, 1).earliest(2027)
                .add(b, 80).plan());
        assertThat(placement(r, "B")).isEqualTo("2026-2028");
        assertThat(r.find("B").orElseThrow().costByYear()).isEqualTo(
                new TreeMap<>(Map.of(2026, 50L, 2027, 0L, 2028, 50L)));
        assertThat(r.budget().values()).extracting(YearBudget::spent).containsExactly(50L, 100L, 50L);
    }

    @Test
    void aMeasureEndedByItsLatestEvaluationLeavesTheRoadmapUntilReopened() {
        // cap 100, every measure 60 for one year: one a year. A (rank 1) evaluated 廃止 in 2026: it leaves, and
        // B (rank 2) takes 2026. C was 拡充 in 2025 and then 完了 in 2026: ended too. D was 廃止 in 2025 but 継続
        // in 2026: it goes on. E is pinned, but 完了: no pin, no warning.
        Plan plan = RoadmapFixture.years(2026, 2028).cap(100)
                .measure("A", 90, 60, 0, 1)
                .measure("B", 80, 60, 0, 1)
                .measure("C", 70, 60, 0, 1)
                .measure("D", 60, 60, 0, 1)
                .measure("E", 50, 60, 0, 1).pinned(2026)
                .plan();
        List<Evaluation> evaluations = List.of(
                evaluated("A", 2026, FutureDirection.ABOLISH, false),
                evaluated("C", 2025, FutureDirection.EXPAND, false),
                evaluated("C", 2026, FutureDirection.COMPLETE, false),
                evaluated("D", 2025, FutureDirection.ABOLISH, false),
                evaluated("D", 2026, FutureDirection.CONTINUE, false),
                evaluated("E", 2025, FutureDirection.COMPLETE, false));
        Roadmap r = schedule(plan.withFollowUp(FollowUp.NONE.withEvaluations(evaluations)));
        assertThat(placement(r, "A")).isEqualTo("ended");
        assertThat(r.find("A").orElseThrow().reason()).contains(new DeferralReason.Ended(2026, FutureDirection.ABOLISH));
        assertThat(r.find("A").orElseThrow().costByYear()).isEmpty();
        assertThat(placement(r, "B")).isEqualTo("2026-2026");
        assertThat(placement(r, "C")).isEqualTo("ended");
        assertThat(r.find("C").orElseThrow().reason()).contains(new DeferralReason.Ended(2026, FutureDirection.COMPLETE));
        assertThat(placement(r, "D")).isEqualTo("2027-2027");
        assertThat(placement(r, "E")).isEqualTo("ended");
        assertThat(r.find("E").orElseThrow().pinned()).isFalse();
        assertThat(r.warnings()).isEmpty();
        assertThat(r.budget().values()).extracting(YearBudget::spent).containsExactly(60L, 60L, 0L);
        assertThat(r.withStatus(RoadmapStatus.ENDED)).extracting(ScheduledMeasure::measureId)
                .containsExactly("A", "C", "E");

        // Re-opened, A comes back in its rank's place; B moves to 2027, D to 2028.
        List<Evaluation> reopened = new java.util.ArrayList<>(evaluations);
        reopened.set(0, evaluated("A", 2026, FutureDirection.ABOLISH, true));
        Roadmap back = schedule(plan.withFollowUp(FollowUp.NONE.withEvaluations(reopened)));
        assertThat(placement(back, "A")).isEqualTo("2026-2026");
        assertThat(placement(back, "B")).isEqualTo("2027-2027");
        assertThat(placement(back, "D")).isEqualTo("2028-2028");
    }

    @Test
    void aMeasureNeedingACompletedOneGoesAheadButOneNeedingAnAbolishedOneIsDeferred() {
        // P (rank 3) needs C, which is 完了: P need not wait for it, so it starts in 2026. Q needs A (廃止): deferred.
        Plan plan = RoadmapFixture.years(2026, 2028)
                .measure("C", 90, 60, 0, 2).earliest(2027)
                .measure("A", 80, 60, 0, 1)
                .measure("P", 70, 60, 0, 1, "C")
                .measure("Q", 60, 60, 0, 1, "A")
                .plan().withFollowUp(FollowUp.NONE.withEvaluations(List.of(
                        evaluated("C", 2026, FutureDirection.COMPLETE, false),
                        evaluated("A", 2026, FutureDirection.ABOLISH, false))));
        Roadmap r = schedule(plan);
        assertThat(placement(r, "P")).isEqualTo("2026-2026");
        assertThat(placement(r, "Q")).isEqualTo("deferred");
        assertThat(r.find("Q").orElseThrow().reason())
                .contains(new DeferralReason.PrerequisiteNotScheduled("A", RoadmapStatus.ENDED));
    }

    @Test
    void theEndedReasonSaysWhichEvaluationEndedItInBothLanguages() {
        RoadmapTexts ja = RoadmapTexts.of(Locale.JAPANESE);
        RoadmapTexts en = RoadmapTexts.of(Locale.ENGLISH);
        DeferralReason ended = new DeferralReason.Ended(2026, FutureDirection.ABOLISH);
        assertThat(ja.status(RoadmapStatus.ENDED)).isEqualTo("終了");
        assertThat(ja.reason(ended)).isEqualTo("評価結果: 2026年度の評価で今後の方向性が「廃止」とされたため、"
                + "ロードマップから外しています（再開すると戻ります）");
        assertThat(en.reason(new DeferralReason.Ended(2027, FutureDirection.COMPLETE))).isEqualTo("Evaluated:"
                + " the FY2027 evaluation set its future direction to \u201ccomplete\u201d, so it leaves the"
                + " roadmap (re-open it to bring it back)");
        assertThat(ja.reason(new DeferralReason.PrerequisiteNotScheduled("A", RoadmapStatus.ENDED)))
                .isEqualTo("前提施策 A が終了のため実施できません");
    }
}
