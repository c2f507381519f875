package org.kaname.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;

class ScenarioComparisonTest {
    @Test
    void ranksSideBySideWithLargestChangesFirst() {
        // Own weights x only: A (5,1) 1st, B (4,2) 2nd, C (3,3) 3rd, D (1,5) 4th. Scenario y only: reversed.
        Plan plan = TestPlans.plan().benefit("x", 1).benefit("y", 0)
                .scored("A", 5, 1).scored("B", 4, 2).scored("C", 3, 3).scored("D", 1, 5).measure("U")
                .scenario(new Scenario("y重視", Map.of("y", 1.0)))
                .build();
        ScenarioComparison cmp = ScenarioComparison.of(plan, ModelKind.WEIGHTED_SUM, Aggregation.MEAN);

        assertThat(cmp.columns()).containsExactly("", "y重視");
        // Changes: A 1→4 (3), D 4→1 (3), B 2→3 (1), C 3→2 (1), U unscored (0); ties by own rank.
        assertThat(cmp.rows()).extracting(ScenarioComparison.Row::measureId).containsExactly("A", "D", "B", "C", "U");
        assertThat(cmp.rows()).extracting(ScenarioComparison.Row::rankChange).containsExactly(3, 3, 1, 1, 0);
        assertThat(cmp.rows().get(0).ranks()).containsExactly(OptionalInt.of(1), OptionalInt.of(4));
        assertThat(cmp.rows().get(4).ranks()).containsExactly(OptionalInt.empty(), OptionalInt.empty());
        assertThat(cmp.rankings().get(1).scenario()).isEqualTo("y重視");
    }
}
