package org.kaname.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kaname.UngroupedPlans;
import org.kaname.model.Plan;

/** The summaries of what lies outside the groups and pillars, so every measure is counted somewhere (issue 13). */
class SummariesOutsideTest {
    private final RankingService service = new RankingService();

    @Test
    void measuresInNoGroupAndGroupsInNoPillarAreCountedOutside() {
        Plan plan = UngroupedPlans.mixed();
        Ranking r = service.rank(plan);
        Summary groups = Summaries.outsideGroups(plan, r).orElseThrow();
        assertThat(groups.id()).isEmpty();
        assertThat(groups.measureCount()).isEqualTo(2);
        double b03 = r.find("B03").orElseThrow().score().getAsDouble();
        double b04 = r.find("B04").orElseThrow().score().getAsDouble();
        assertThat(groups.meanScore().getAsDouble()).isCloseTo((b03 + b04) / 2, org.assertj.core.data.Offset.offset(1e-9));
        // Outside the one pillar: G2's B02 and the two in no group.
        assertThat(Summaries.outsidePillars(plan, r).orElseThrow().measureCount()).isEqualTo(3);
        assertThat(Summaries.byGroup(plan, r)).extracting(Summary::measureCount).containsExactly(1, 1);
    }

    @Test
    void nothingIsOutsideWhenEveryMeasureIsPlacedOrThereAreNoPillars() {
        Plan grouped = org.kaname.TestPlans.rich();
        Ranking r = service.rank(grouped);
        assertThat(Summaries.outsideGroups(grouped, r)).isEmpty();
        assertThat(Summaries.outsidePillars(grouped, r)).isEmpty();
        Plan flat = UngroupedPlans.flat();
        Ranking f = service.rank(flat);
        assertThat(Summaries.outsideGroups(flat, f).orElseThrow().measureCount()).isEqualTo(3);
        // A plan without pillars has no summary by pillar, so nothing to add to one.
        assertThat(Summaries.outsidePillars(flat, f)).isEmpty();
    }
}
