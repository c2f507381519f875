package org.kaname.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaname.edit.EditCheck.EN;
import static org.kaname.edit.EditCheck.JA;
import static org.kaname.edit.EditCheck.apply;
import static org.kaname.edit.EditCheck.refused;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scenario;
import org.kaname.model.Score;

/** Raters (評価者) and weight scenarios. */
class RaterAndScenarioEditsTest {
    // rich(): raters r1 企画課, r2 情報政策課; scenarios 財政重視, 均等.
    private final Plan plan = TestPlans.rich();

    @Test
    void ratersAreAddedRenamedAndRemovedWithTheirScores() throws Exception {
        assertThat(AddRater.newId(plan)).isEqualTo("r3");
        assertThat(AddRater.newId(plan.withRatersAndScores(List.of(new Rater("r1", "a"), new Rater("r7", "b"),
                new Rater("finance", "c")), List.of()))).as("after the largest number").isEqualTo("r8");
        Plan added = apply(plan, new AddRater(new Rater("r3", " 財政課 ")));
        assertThat(added.raters()).extracting(Rater::name).containsExactly("企画課", "情報政策課", "財政課");
        refused(plan, new AddRater(new Rater("r3", "企画課")), "raterNameTaken");
        refused(plan, new AddRater(new Rater("r1", "新")), "duplicateId");
        Plan renamed = apply(plan, new RenameRater("r2", "DX推進課"));
        assertThat(renamed.raters().get(1).name()).isEqualTo("DX推進課");
        refused(plan, new RenameRater("r2", "企画課"), "raterNameTaken");
        refused(plan, new RenameRater("r9", "x"), "unknownRater");
        Plan removed = apply(plan, new RemoveRater("r1"));
        assertThat(removed.scores()).extracting(Score::rater).containsOnly("r2");
        assertThat(JA.describe(new RemoveRater("r1"))).isEqualTo("評価者 r1 を削除（その評価を含む）");
        assertThat(EN.describe(new RenameRater("r2", "DX"))).isEqualTo("Rater r2 renamed to \"DX\"");
    }

    @Test
    void scenariosHaveUniqueNames() throws Exception {
        Plan added = apply(plan, new AddScenario(new Scenario("速さ重視", Map.of("speed", 60.0))));
        assertThat(added.scenarios()).extracting(Scenario::name).containsExactly("財政重視", "均等", "速さ重視");
        refused(plan, new AddScenario(new Scenario("均等", Map.of())), "duplicateScenario");
        refused(plan, new AddScenario(new Scenario("新", Map.of("nope", 1.0))), "unknownCriterion");
        Plan renamed = apply(plan, new RenameScenario("均等", "バランス"));
        assertThat(renamed.scenarios()).extracting(Scenario::name).containsExactly("財政重視", "バランス");
        refused(plan, new RenameScenario("均等", "財政重視"), "duplicateScenario");
        refused(plan, new RenameScenario("均等", " "), "nameBlank");
        Plan removed = apply(plan, new RemoveScenario("財政重視"));
        assertThat(removed.scenarios()).extracting(Scenario::name).containsExactly("均等");
        refused(plan, new RemoveScenario("なし"), "unknownScenario");
    }
}
