package org.kaname.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.kaname.edit.EditCheck.EN;
import static org.kaname.edit.EditCheck.JA;
import static org.kaname.edit.EditCheck.apply;
import static org.kaname.edit.EditCheck.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.Judgment;
import org.kaname.model.Plan;
import org.kaname.model.Scale;
import org.kaname.model.Score;
import org.kaname.model.Weighting;
import org.kaname.model.WeightingMethod;

/** The criteria and their weighting, as the criteria screen changes them. */
class CriterionEditsTest {
    // rich(): speed (1–5), cost (0–10, cost direction), evidence (1–5); AHP over all three pairs.
    private final Plan plan = TestPlans.rich();

    @Test
    void criteriaAreAddedRemovedAndMoved() throws Exception {
        Criterion extra = new Criterion(AddCriterion.newId(plan), "公平性", "", 10, Direction.BENEFIT, Scale.DEFAULT);
        assertThat(extra.id()).isEqualTo("c4");
        Plan added = apply(plan, new AddCriterion(extra));
        assertThat(added.criteria()).extracting(Criterion::id).containsExactly("speed", "cost", "evidence", "c4");
        assertThat(added.weighting().judgments()).hasSize(6);
        refused(plan, new AddCriterion(new Criterion("cost", "x", "", 1, null, null)), "duplicateId");
        Plan removed = apply(plan, new RemoveCriterion("evidence"));
        assertThat(removed.scores()).extracting(Score::criterion).doesNotContain("evidence");
        assertThat(removed.weighting().judgments()).hasSize(1);
        EditRefusedException alone = refused(plan, new RemoveCriterion("cost"), "scenarioEmptied");
        assertThat(JA.refusal(alone)).contains("財政重視");
        refused(plan, new RemoveCriterion("nope"), "unknownCriterion");
        Plan moved = apply(plan, new MoveCriterion("evidence", -1));
        assertThat(moved.criteria()).extracting(Criterion::id).containsExactly("speed", "evidence", "cost");
        assertThat(new MoveCriterion("speed", -1).resolve(plan).isEmpty()).isTrue();
        assertThat(JA.describe(new RemoveCriterion("cost"))).isEqualTo("評価基準 cost を削除（評価・重み付けを含む）");
    }

    @Test
    void aCriterionsWordsDirectionScaleAndLevels() throws Exception {
        assertThat(apply(plan, new ChangeCriterion("speed", ChangeCriterion.Field.NAME, " 即効性 "))
                .criterion("speed").orElseThrow().name()).isEqualTo("即効性");
        refused(plan, new ChangeCriterion("speed", ChangeCriterion.Field.NAME, ""), "nameBlank");
        assertThat(apply(plan, ChangeCriterion.direction("speed", Direction.COST)).criterion("speed").orElseThrow()
                .direction()).isEqualTo(Direction.COST);
        refused(plan, new ChangeCriterion("speed", ChangeCriterion.Field.DIRECTION, "up"), "unknownDirection");
        Plan scaled = apply(plan, new SetScale("speed", 1, 7));
        assertThat(scaled.criterion("speed").orElseThrow().scale().max()).isEqualTo(7);
        assertThat(scaled.criterion("speed").orElseThrow().scale().levels()).containsOnlyKeys(1, 5);
        EditRefusedException outside = refused(plan, new SetScale("cost", 0, 5), "scoresOutsideScale");
        assertThat(outside.arguments()).containsExactly("cost", "1", "0", "5");
        refused(plan, new SetScale("cost", 5, 5), "scaleReversed");
        Plan described = apply(plan, new SetLevelText("speed", 3, " 2〜3年で効果 "));
        assertThat(described.criterion("speed").orElseThrow().scale().levelText(3)).isEqualTo("2〜3年で効果");
        Plan cleared = apply(plan, new SetLevelText("speed", 5, ""));
        assertThat(cleared.criterion("speed").orElseThrow().scale().levels()).containsOnlyKeys(1);
        refused(plan, new SetLevelText("speed", 9, "x"), "levelOutsideScale");
    }

    @Test
    void weightingInputsDeriveTheStoredWeights() throws Exception {
        Plan roc = apply(plan, new SetWeightingMethod(WeightingMethod.ROC));
        assertThat(roc.weighting().method()).isEqualTo(WeightingMethod.ROC);
        assertThat(new SetWeightingMethod(WeightingMethod.ROC).kind()).isEqualTo("set-weighting-roc");
        assertThat(new SetWeightingMethod(WeightingMethod.AHP).resolve(plan).isEmpty()).isTrue();
        Plan moved = apply(roc, new MoveInRanking("evidence", -2));
        assertThat(moved.weighting().ranking().get(0)).isEqualTo("evidence");
        Plan direct = apply(plan, new SetDirectPoints("cost", 7));
        assertThat(direct.criterion("cost").orElseThrow().weight()).isEqualTo(7.0);
        assertThat(direct.weighting().method()).isEqualTo(WeightingMethod.DIRECT);
        refused(plan, new SetDirectPoints("cost", -1), "points");
        Plan judged = apply(plan, new SetJudgment("cost", "speed", 3));
        assertThat(judged.weighting().judgments()).contains(new Judgment("cost", "speed", 3));
        assertThat(judged.criterion("cost").orElseThrow().weight())
                .isGreaterThan(plan.criterion("cost").orElseThrow().weight());
        refused(plan, new SetJudgment("cost", "cost", 3), "judgmentSelf");
        refused(plan, new SetJudgment("cost", "speed", 0), "judgmentValue");
        assertThat(JA.describe(new SetJudgment("speed", "cost", 1.0 / 3))).isEqualTo("一対比較を変更: speed は cost の 1/3 倍重要");
        assertThat(EN.describe(new SetJudgment("speed", "cost", 5)))
                .isEqualTo("Pairwise judgment changed: speed is 5 times as important as cost");
    }

    @Test
    void swingPointsAreWithin0To100AndWeightsThatCannotBeDerivedAreRefusedInWords() throws Exception {
        Plan swing = apply(plan, new SetWeightingMethod(WeightingMethod.SWING));
        List<String> ranking = swing.weighting().ranking();
        Plan pointed = apply(swing, new SetSwingPoints(ranking.get(2), 50));
        assertThat(pointed.weighting().points()).containsEntry(ranking.get(2), 50.0);
        refused(swing, new SetSwingPoints(ranking.get(1), 120), "swingPoints");
        // Every point 0: the engine cannot derive weights; the refusal keeps its English reason as the cause only.
        Plan zero = swing.withWeighting(new Weighting(WeightingMethod.SWING, null, ranking,
                java.util.Map.of(ranking.get(0), 0.0, ranking.get(1), 0.0, ranking.get(2), 0.0)));
        EditRefusedException e = refused(zero, new SetSwingPoints(ranking.get(2), 0), "weightsUnavailable");
        assertThat(e.getCause()).isInstanceOf(org.kaname.engine.EngineException.class);
        assertThat(JA.refusal(e)).contains("重み").doesNotContain(e.getCause().getMessage());
        assertThat(pointed.criterion(ranking.get(0)).orElseThrow().weight()).isPositive();
    }
}
