package org.kaname.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaname.model.Plan;

class SummariesTest {
    /**
     * One criterion 1–5: 5 → 100, 4 → 75, 3 → 50, 2 → 25. Pillar P has groups G1 (A 100, B 25, U unscored) and G2
     * (C 75); pillar Q has group G3 with nothing ranked.
     */
    private final Plan plan = TestPlans.plan().benefit("x", 1)
            .pillar("P").pillar("Q").group("G1", "P").group("G2", "P").group("G3", "Q")
            .measure("A", "G1").scores("A", "x", 5.0)
            .measure("B", "G1").scores("B", "x", 2.0)
            .measure("U", "G1")
            .measure("C", "G2").scores("C", "x", 4.0)
            .measure("V", "G3")
            .build();
    private final Ranking ranking = new RankingService().rank(plan);

    @Test
    void groupMeanIsOverItsRankedMeasuresWithTheTierOfTheMean() {
        List<Summary> groups = Summaries.byGroup(plan, ranking);
        assertThat(groups).extracting(Summary::id).containsExactly("G1", "G2", "G3");
        Summary g1 = groups.get(0);
        assertThat(g1.meanScore().getAsDouble()).isCloseTo(62.5, within(1e-9)); // (100 + 25) / 2
        assertThat(g1.tier()).isEqualTo("中");
        assertThat(g1.measureCount()).isEqualTo(3);
        assertThat(g1.countByTier()).containsExactly(Map.entry("高", 1), Map.entry("中", 0), Map.entry("低", 1),
                Map.entry("未評価", 1));
        assertThat(groups.get(1).tier()).isEqualTo("高");
        assertThat(groups.get(2).meanScore()).isEmpty();
        assertThat(groups.get(2).tier()).isEqualTo("未評価");
    }

    @Test
    void pillarMeanIsOverAllRankedMeasuresOfItsGroups() {
        List<Summary> pillars = Summaries.byPillar(plan, ranking);
        // (100 + 25 + 75) / 3 = 66.67, not the mean of group means (62.5 + 75) / 2 = 68.75
        assertThat(pillars.get(0).meanScore().getAsDouble()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(pillars.get(0).tier()).isEqualTo("中");
        assertThat(pillars.get(0).measureCount()).isEqualTo(4);
        assertThat(pillars.get(1).tier()).isEqualTo("未評価");
    }
}
