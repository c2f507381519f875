package org.kaname.engine.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The "priority first" rule of docs/roadmap.md on cases worked out by hand (costs in yen, caps per year). */
class PriorityFirstSchedulerTest {

    /** "2026-2027", "deferred" or "unscored": enough to read a whole schedule at a glance. */
    private static String placement(Roadmap roadmap, String id) {
        ScheduledMeasure row = roadmap.find(id).orElseThrow();
        return row.isScheduled() ? row.start().getAsInt() + "-" + row.end().getAsInt() : row.status().code();
    }

    private static DeferralReason reason(Roadmap roadmap, String id) {
        return roadmap.find(id).orElseThrow().reason().orElseThrow();
    }

    @Test
    void aMeasureThatFitsNoYearIsDeferredWithTheYearsAndAmountsOverBudget() {
        // cap 100 a year. A (rank 1): 50+30 in 2026, 30 in 2027. B (rank 2) 40: 2026 would be 120, so 2027 (70).
        // C (rank 3) 80: 2026 160, 2027 150, so 2028. D (rank 4) 50: 2026 +30 over, 2027 +20, 2028 +30: deferred,
        // closest start 2027 (20 over).
        Roadmap r = RoadmapFixture.years(2026, 2028).cap(100)
                .measure("A", 90, 50, 30, 2)
                .measure("B", 80, 40, 0, 1)
                .measure("C", 70, 80, 0, 1)
                .measure("D", 60, 50, 0, 1)
                .schedule();
        assertThat(placement(r, "A")).isEqualTo("2026-2027");
        assertThat(placement(r, "B")).isEqualTo("2027-2027");
        assertThat(placement(r, "C")).isEqualTo("2028-2028");
        assertThat(placement(r, "D")).isEqualTo("deferred");
        assertThat(reason(r, "D")).isEqualTo(new DeferralReason.OverBudget(2026, 2028, 2027,
                List.of(new YearOverrun(2027, 20))));
        assertThat(r.budget().values()).extracting(YearBudget::spent).containsExactly(80L, 70L, 80L);
        assertThat(r.budget().get(2027).remaining()).isEqualTo(OptionalLong.of(30));
        assertThat(r.find("A").orElseThrow().costByYear()).isEqualTo(new TreeMap<>(Map.of(2026, 80L, 2027, 30L)));
        assertThat(r.find("D").orElseThrow().costByYear()).isEmpty();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void theOverrunReportedIsTheClosestStartAndListsEveryYearOver() {
        // cap 100. A (rank 1) 90 in 2026 and 2027. B (rank 2): 30+20 then 20: start 2026 is over by 40 and 10
        // (total 50), start 2027 over by 40 only, then 2028 is past the end (duration 2, horizon to 2028).
        Roadmap r = RoadmapFixture.years(2026, 2028).cap(100)
                .measure("A", 90, 0, 90, 2)
                .measure("B", 80, 30, 20, 2)
                .schedule();
        assertThat(reason(r, "B")).isEqualTo(new DeferralReason.OverBudget(2026, 2027, 2027,
                List.of(new YearOverrun(2027, 40))));
        Roadmap onlyOneStart = RoadmapFixture.years(2026, 2027).cap(100)
                .measure("A", 90, 0, 90, 2)
                .measure("B", 80, 30, 20, 2)
                .schedule();
        assertThat(reason(onlyOneStart, "B")).isEqualTo(new DeferralReason.OverBudget(2026, 2026, 2026,
                List.of(new YearOverrun(2026, 40), new YearOverrun(2027, 10))));
        Roadmap tie = RoadmapFixture.years(2026, 2028).cap(100)
                .measure("A", 90, 0, 90, 2)
                .measure("B", 80, 0, 20, 2)
                .schedule();
        // Start 2026: 2026 and 2027 each 10 over (20); start 2027: only 2027, 10 over. 2027 is closer.
        assertThat(reason(tie, "B")).isEqualTo(new DeferralReason.OverBudget(2026, 2027, 2027,
                List.of(new YearOverrun(2027, 10))));
    }

    @Test
    void aLowerRankedPrerequisiteIsPlacedBeforeTheHigherRankedMeasureThatNeedsIt() {
        // cap 100, every measure 60 for one year: one measure a year. H (rank 1) needs L (rank 3); M is rank 2.
        // H pulls L into 2026 and follows in 2027; M, though ranked above L, gets 2028.
        Roadmap r = RoadmapFixture.years(2026, 2030).cap(100)
                .measure("H", 90, 60, 0, 1, "L")
                .measure("M", 70, 60, 0, 1)
                .measure("L", 50, 60, 0, 1)
                .schedule();
        assertThat(placement(r, "L")).isEqualTo("2026-2026");
        assertThat(placement(r, "H")).isEqualTo("2027-2027");
        assertThat(placement(r, "M")).isEqualTo("2028-2028");
    }

    @Test
    void prerequisitesArePlacedInTheirOwnRankOrderNotTheOrderListed() {
        // X lists P3 before P2, but P2 ranks higher, so P2 takes 2026 and P3 2027; X follows both, in 2028.
        // P1 is X's prerequisite's prerequisite: P3 needs P1, so P1 (rank 5) comes before P3.
        Roadmap r = RoadmapFixture.years(2026, 2031).cap(100)
                .measure("X", 90, 60, 0, 1, "P3", "P2")
                .measure("P3", 50, 60, 0, 1, "P1")
                .measure("P2", 70, 60, 0, 1)
                .measure("P1", 10, 60, 0, 1)
                .schedule();
        assertThat(placement(r, "P2")).isEqualTo("2026-2026");
        assertThat(placement(r, "P1")).isEqualTo("2027-2027");
        assertThat(placement(r, "P3")).isEqualTo("2028-2028");
        assertThat(placement(r, "X")).isEqualTo("2029-2029");
    }

    @Test
    void aMeasureStartsTheYearAfterItsPrerequisiteEnds() {
        Roadmap r = RoadmapFixture.years(2026, 2030)
                .measure("B", 90, 10, 10, 2, "A")
                .measure("A", 50, 10, 10, 3)
                .schedule();
        assertThat(placement(r, "A")).isEqualTo("2026-2028");
        assertThat(placement(r, "B")).isEqualTo("2029-2030");
    }

    @Test
    void earliestStartIsRespectedAndOneBeforeTheHorizonMeansTheHorizonStart() {
        Roadmap r = RoadmapFixture.years(2026, 2030)
                .measure("A", 90, 10, 10, 2).earliest(2028)
                .measure("B", 80, 10, 10, 2).earliest(2020)
                .schedule();
        assertThat(placement(r, "A")).isEqualTo("2028-2029");
        assertThat(placement(r, "B")).isEqualTo("2026-2027");
    }

    @Test
    void aMeasureTooLongForTheRemainingHorizonIsDeferredWithItsEarliestStart() {
        Roadmap r = RoadmapFixture.years(2026, 2030)
                .measure("LONG", 90, 0, 10, 6)
                .measure("LATE", 80, 0, 10, 4).earliest(2028)
                .measure("FIRST", 70, 0, 10, 4)
                .measure("AFTER", 60, 0, 10, 2, "FIRST")
                .measure("FITS", 50, 0, 10, 1, "FIRST")
                .schedule();
        assertThat(reason(r, "LONG")).isEqualTo(new DeferralReason.NoRoomInHorizon(2026, 6, 2030));
        assertThat(reason(r, "LATE")).isEqualTo(new DeferralReason.NoRoomInHorizon(2028, 4, 2030));
        assertThat(placement(r, "FIRST")).isEqualTo("2026-2029");
        assertThat(reason(r, "AFTER")).isEqualTo(new DeferralReason.NoRoomInHorizon(2030, 2, 2030));
        assertThat(placement(r, "FITS")).isEqualTo("2030-2030");
    }

    @Test
    void aDeferredOrUnscoredPrerequisiteDefersItsDependantsDownTheChain() {
        // P costs 200 against a cap of 100: deferred. Q needs P, R needs Q; V needs the unscored U.
        Roadmap r = RoadmapFixture.years(2026, 2030).cap(100)
                .measure("R", 90, 10, 0, 1, "Q")
                .measure("Q", 80, 10, 0, 1, "P")
                .measure("P", 70, 200, 0, 1)
                .measure("U", null, 10, 0, 1)
                .measure("V", 60, 10, 0, 1, "U")
                .measure("W", 50, 10, 0, 1)
                .schedule();
        assertThat(reason(r, "P")).isInstanceOf(DeferralReason.OverBudget.class);
        assertThat(reason(r, "Q")).isEqualTo(new DeferralReason.PrerequisiteNotScheduled("P", RoadmapStatus.DEFERRED));
        assertThat(reason(r, "R")).isEqualTo(new DeferralReason.PrerequisiteNotScheduled("Q", RoadmapStatus.DEFERRED));
        assertThat(reason(r, "V")).isEqualTo(new DeferralReason.PrerequisiteNotScheduled("U", RoadmapStatus.UNSCORED));
        assertThat(placement(r, "U")).isEqualTo("unscored");
        assertThat(r.find("U").orElseThrow().reason()).isEmpty();
        assertThat(placement(r, "W")).isEqualTo("2026-2026");
        assertThat(r.budget().get(2026).spent()).isEqualTo(10);
    }

    @Test
    void aPrerequisiteCycleIsAnErrorThatNamesIt() {
        RoadmapFixture f = RoadmapFixture.years(2026, 2030)
                .measure("A", 90, 0, 0, 1)
                .measure("B", 80, 0, 0, 1, "C")
                .measure("C", 70, 0, 0, 1, "D")
                .measure("D", 60, 0, 0, 1, "B");
        assertThatThrownBy(f::schedule).isInstanceOfSatisfying(RoadmapCycleException.class, e -> {
            assertThat(e.cycle()).containsExactly("B", "C", "D", "B");
            assertThat(e.getMessage()).contains("B → C → D → B");
        });
        assertThat(RoadmapTexts.of(java.util.Locale.JAPANESE).cycle(List.of("B", "C", "B")))
                .isEqualTo("前提施策が循環しています: B → C → B。いずれかの前提を外してください。");
    }

    @Test
    void eachYearHasItsOwnCapAndAYearWithoutOneHasNoLimit() {
        // 2026 cap 50, 2027 cap 200, 2028 none. M1 100: 2027. M2 150: 2027 would be 250, so 2028.
        // M3 40: fits 2026. M4 60 for 2 years from 2026: 2026 over 50 (90 vs 50? 40+60=100, 50 over).
        Roadmap r = RoadmapFixture.years(2026, 2028).caps(Map.of(2026, 50L, 2027, 200L))
                .measure("M1", 90, 100, 0, 1)
                .measure("M2", 80, 150, 0, 1)
                .measure("M3", 70, 40, 0, 1)
                .measure("M4", 60, 0, 60, 2)
                .schedule();
        assertThat(placement(r, "M1")).isEqualTo("2027-2027");
        assertThat(placement(r, "M2")).isEqualTo("2028-2028");
        assertThat(placement(r, "M3")).isEqualTo("2026-2026");
        // M4 from 2026: 2026 40+60 = 100 > 50; from 2027: 2027 100+60 = 160 ≤ 200, 2028 no cap: fits.
        assertThat(placement(r, "M4")).isEqualTo("2027-2028");
        assertThat(r.budget().get(2026)).isEqualTo(new YearBudget(2026, 40, OptionalLong.of(50)));
        assertThat(r.budget().get(2027)).isEqualTo(new YearBudget(2027, 160, OptionalLong.of(200)));
        assertThat(r.budget().get(2028)).isEqualTo(new YearBudget(2028, 210, OptionalLong.empty()));
        assertThat(r.budget().get(2028).remaining()).isEmpty();
    }

    @Test
    void pinnedMeasuresGoFirstExactlyWhereTheyArePinnedAndTheirOverrunsAreWarnings() {
        // cap 100. P1 (rank 3) pinned 2027 costs 80; P2 (rank 4) pinned 2027 costs 50: 2027 spends 130.
        // A (rank 1) 100 would take 2026. B (rank 2) 100 then cannot have 2027 (pinned full), so 2028.
        // C (rank 5) costs nothing a year: a year already over the cap does not block what adds nothing.
        Roadmap r = RoadmapFixture.years(2026, 2028).cap(100)
                .measure("A", 90, 100, 0, 1)
                .measure("B", 80, 100, 0, 1)
                .measure("P1", 70, 80, 0, 1).pinned(2027)
                .measure("P2", 60, 50, 0, 1).pinned(2027)
                .measure("C", 50, 0, 0, 3)
                .schedule();
        assertThat(placement(r, "P1")).isEqualTo("2027-2027");
        assertThat(placement(r, "P2")).isEqualTo("2027-2027");
        assertThat(r.find("P1").orElseThrow().pinned()).isTrue();
        assertThat(r.find("A").orElseThrow().pinned()).isFalse();
        assertThat(placement(r, "A")).isEqualTo("2026-2026");
        assertThat(placement(r, "B")).isEqualTo("2028-2028");
        assertThat(placement(r, "C")).isEqualTo("2026-2028");
        assertThat(r.budget().get(2027).isOverBudget()).isTrue();
        assertThat(r.budget().get(2027).remaining()).isEqualTo(OptionalLong.of(-30));
        assertThat(r.warnings()).containsExactly(
                new RoadmapWarning.PinnedOverBudget(2027, 130, 100, List.of("P1", "P2")));
    }

    @Test
    void aPinTakesTheYearBeforeAHigherRankedMeasure() {
        Roadmap r = RoadmapFixture.years(2026, 2028).cap(100)
                .measure("A", 90, 100, 0, 1)
                .measure("P", 10, 100, 0, 1).pinned(2026)
                .schedule();
        assertThat(placement(r, "P")).isEqualTo("2026-2026");
        assertThat(placement(r, "A")).isEqualTo("2027-2027");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void brokenPrerequisitesEarlyPinsAndPinsOutsideTheHorizonAreWarnings() {
        Roadmap r = RoadmapFixture.years(2026, 2030).cap(100)
                .measure("A", 90, 10, 0, 2)
                .measure("P", 80, 10, 0, 1, "A").pinned(2027).earliest(2029)
                .measure("Q", 70, 10, 0, 1, "Z").pinned(2026)
                .measure("Z", 60, 200, 0, 1)
                .measure("O", 50, 10, 10, 3).pinned(2029)
                .measure("U", null, 10, 0, 1).pinned(2026)
                .schedule();
        assertThat(placement(r, "A")).isEqualTo("2026-2027");
        assertThat(placement(r, "P")).isEqualTo("2027-2027");
        assertThat(placement(r, "O")).isEqualTo("2029-2031");
        assertThat(placement(r, "U")).isEqualTo("unscored");
        // O's 2031 cost is outside the horizon: the budget by year covers 2026–2030 only.
        assertThat(r.budget().keySet()).containsExactly(2026, 2027, 2028, 2029, 2030);
        assertThat(r.budget().get(2029).spent()).isEqualTo(20);
        assertThat(r.budget().get(2030).spent()).isEqualTo(10);
        assertThat(r.find("O").orElseThrow().costIn(2031)).isEqualTo(10);
        assertThat(r.warnings()).containsExactlyInAnyOrder(
                new RoadmapWarning.PinnedButUnscored("U", 2026),
                new RoadmapWarning.PinnedBeforeEarliestStart("P", 2027, 2029),
                new RoadmapWarning.PinnedOutsideHorizon("O", 2029, 2031),
                new RoadmapWarning.PinnedBeforePrerequisite("P", 2027, "A", RoadmapStatus.SCHEDULED, 2027),
                new RoadmapWarning.PinnedBeforePrerequisite("Q", 2026, "Z", RoadmapStatus.DEFERRED, null));
    }

    @Test
    void aMeasureNeedingAPinnedOneStartsAfterThePin() {
        Roadmap r = RoadmapFixture.years(2026, 2030)
                .measure("B", 90, 10, 0, 1, "P")
                .measure("P", 10, 10, 0, 2).pinned(2027)
                .schedule();
        assertThat(placement(r, "B")).isEqualTo("2029-2029");
    }

    @Test
    void tiesInScoreGoInPlanOrder() {
        Roadmap r = RoadmapFixture.years(2026, 2028).cap(100)
                .measure("FIRST", 70, 100, 0, 1)
                .measure("SECOND", 70, 100, 0, 1)
                .measure("TOP", 90, 100, 0, 1)
                .schedule();
        assertThat(placement(r, "TOP")).isEqualTo("2026-2026");
        assertThat(placement(r, "FIRST")).isEqualTo("2027-2027");
        assertThat(placement(r, "SECOND")).isEqualTo("2028-2028");
    }

    @Test
    void rowsAreInPlanOrderAndCarryRankScoreAndTier() {
        Roadmap r = RoadmapFixture.years(2026, 2028)
                .measure("LOW", 40, 0, 0, 1)
                .measure("HIGH", 80, 0, 0, 1)
                .measure("NONE", null, 0, 0, 1)
                .schedule();
        assertThat(r.rows()).extracting(ScheduledMeasure::measureId).containsExactly("LOW", "HIGH", "NONE");
        ScheduledMeasure high = r.find("HIGH").orElseThrow();
        assertThat(high.rank().getAsInt()).isEqualTo(1);
        assertThat(high.score().getAsDouble()).isEqualTo(80.0);
        assertThat(high.tier()).isEqualTo("高");
        assertThat(r.find("LOW").orElseThrow().tier()).isEqualTo("低");
        assertThat(r.find("NONE").orElseThrow().rank()).isEmpty();
        assertThat(r.rule()).isEqualTo(RoadmapRule.PRIORITY_FIRST);
    }

    @Test
    void anUnknownPrerequisiteIsIgnoredWithAWarning() {
        Roadmap r = RoadmapFixture.years(2026, 2028)
                .measure("A", 90, 0, 0, 1, "GHOST")
                .schedule();
        assertThat(placement(r, "A")).isEqualTo("2026-2026");
        assertThat(r.warnings()).containsExactly(new RoadmapWarning.UnknownPrerequisite("A", "GHOST"));
    }

    @Test
    void aLongChainOfPrerequisitesDoesNotOverflowTheStack() {
        RoadmapFixture f = RoadmapFixture.years(2026, 2035);
        int n = 20_000;
        f.measure("M0", 1, 0, 0, 1);
        for (int i = 1; i < n; i++) {
            f.measure("M" + i, 100, 0, 0, 1, "M" + (i - 1));
        }
        Roadmap r = f.schedule();
        assertThat(placement(r, "M0")).isEqualTo("2026-2026");
        assertThat(placement(r, "M9")).isEqualTo("2035-2035");
        assertThat(reason(r, "M10")).isEqualTo(new DeferralReason.NoRoomInHorizon(2036, 1, 2035));
        assertThat(reason(r, "M11")).isEqualTo(new DeferralReason.PrerequisiteNotScheduled("M10", RoadmapStatus.DEFERRED));
    }
}
