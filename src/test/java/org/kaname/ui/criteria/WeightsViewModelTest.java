package org.kaname.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.Ahp;
import org.kaname.engine.AhpResult;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.WeightingMethod;
import org.kaname.ui.ScreenFixture;

class WeightsViewModelTest {
    private static final List<String> IDS = List.of("speed", "feasibility", "cost", "fairness", "evidence");
    @TempDir
    Path dir;
    ScreenFixture fixture;
    WeightsViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        vm = new WeightsViewModel(fixture.context, fixture.context.messages(CriteriaScreen.BUNDLE));
        fixture.editor.addListener(vm::refresh);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void directPointsShowTheirNormalisedShare() throws Exception {
        assertThat(vm.methodProperty().get()).isEqualTo(WeightingMethod.DIRECT);
        assertThat(vm.setDirectPoints("speed", 40)).isTrue();
        // 40 of 40 + 4 × 20 = 120.
        WeightRow speed = vm.rows().get(0);
        assertThat(speed.points()).isEqualTo(40.0);
        assertThat(speed.percent()).isCloseTo(100 * 40.0 / 120, within(1e-9));
        assertThat(vm.rows().get(1).percent()).isCloseTo(100 * 20.0 / 120, within(1e-9));
        assertThat(fixture.storedPlan().criterion("speed").orElseThrow().weight()).isEqualTo(40.0);
        assertThat(vm.setDirectPoints("speed", -1)).isFalse();
    }

    @Test
    void aConsistentAhpMatrixGivesTheImpliedWeightsAndCrZero() throws Exception {
        assertThat(vm.setMethod(WeightingMethod.AHP)).isTrue();
        // Equal weights: every judgment starts at 1.
        assertThat(vm.ahpProperty().get().matrix()[0][1]).isEqualTo(1.0);
        for (String other : IDS.subList(1, IDS.size())) {
            vm.setJudgment("speed", other, 2);
        }
        // speed is twice each of the others and they are equal: 2/6 and 1/6, perfectly consistent.
        AhpState state = vm.ahpProperty().get();
        assertThat(state.matrix()[1][0]).isEqualTo(0.5);
        AhpResult r = state.result().orElseThrow();
        assertThat(r.weights().get("speed")).isCloseTo(2.0 / 6, within(1e-9));
        assertThat(r.weights().get("cost")).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(r.lambdaMax()).isCloseTo(5.0, within(1e-9));
        assertThat(r.consistencyRatio().getAsDouble()).isCloseTo(0, within(1e-9));
        assertThat(r.isInconsistent()).isFalse();
        assertThat(vm.suggestionText()).isEmpty();
        // Weighting and stored weights change together.
        Plan stored = fixture.storedPlan();
        assertThat(stored.weighting().method()).isEqualTo(WeightingMethod.AHP);
        assertThat(stored.criterion("speed").orElseThrow().weight()).isCloseTo(100 * 2.0 / 6, within(1e-3));
        assertThat(vm.rows().get(0).percent()).isCloseTo(100 * 2.0 / 6, within(1e-6));
    }

    @Test
    void editingOneCellMatchesTheEnginesAnalysisOfTheSameMatrix() throws Exception {
        vm.setMethod(WeightingMethod.AHP);
        vm.setJudgment("speed", "feasibility", 3);
        Plan plan = fixture.editor.plan();
        AhpResult expected = Ahp.analyse(plan.criteria(), plan.weighting().judgments());
        AhpResult shown = vm.ahpProperty().get().result().orElseThrow();
        assertThat(shown.weights()).isEqualTo(expected.weights());
        assertThat(shown.consistencyRatio()).isEqualTo(expected.consistencyRatio());
        assertThat(vm.ahpProperty().get().matrix()[1][0]).isCloseTo(1.0 / 3, within(1e-12));
        // Speed now outweighs feasibility.
        assertThat(shown.weights().get("speed")).isGreaterThan(shown.weights().get("feasibility"));
    }

    @Test
    void anInconsistentMatrixIsFlaggedWithASuggestionThatCanBeApplied() throws Exception {
        vm.setMethod(WeightingMethod.AHP);
        // speed > feasibility > cost > speed, strongly: a cycle no weights can satisfy.
        vm.setJudgment("speed", "feasibility", 9);
        vm.setJudgment("feasibility", "cost", 9);
        vm.setJudgment("cost", "speed", 9);
        AhpResult r = vm.ahpProperty().get().result().orElseThrow();
        assertThat(r.consistencyRatio().getAsDouble()).isGreaterThan(0.10);
        assertThat(r.isInconsistent()).isTrue();
        assertThat(vm.ahpProperty().get().mostInconsistentCell()).isPresent();
        assertThat(vm.suggestionText()).contains("最も整合しない判断");
        double crBefore = r.consistencyRatio().getAsDouble();
        assertThat(vm.applySuggestion()).isTrue();
        double crAfter = vm.ahpProperty().get().result().orElseThrow().consistencyRatio().getAsDouble();
        assertThat(crAfter).isLessThan(crBefore);
    }

    @Test
    void rankOrderCentroidOrdersAndWeighs() throws Exception {
        vm.setDirectPoints("evidence", 30);
        vm.setMethod(WeightingMethod.ROC);
        // evidence has the largest weight, so it leads; the others keep plan order.
        assertThat(vm.rows()).extracting(WeightRow::id)
                .containsExactly("evidence", "speed", "feasibility", "cost", "fairness");
        vm.moveInRanking("cost", -1);
        assertThat(vm.rows()).extracting(WeightRow::id)
                .containsExactly("evidence", "speed", "cost", "feasibility", "fairness");
        // ROC n = 5, rank 3: (1/3 + 1/4 + 1/5)/5.
        WeightRow cost = vm.rows().get(2);
        assertThat(cost.rank()).isEqualTo(3);
        assertThat(cost.percent()).isCloseTo(100 * (1.0 / 3 + 1.0 / 4 + 1.0 / 5) / 5, within(1e-9));
        assertThat(fixture.storedPlan().weighting().ranking()).containsExactly("evidence", "speed", "cost",
                "feasibility", "fairness");
    }

    @Test
    void swingPointsAreRelativeToTheFirst() throws Exception {
        vm.setMethod(WeightingMethod.SWING);
        assertThat(vm.rows().get(0).points()).isEqualTo(100.0);
        vm.setSwingPoints("feasibility", 50);
        // 100 + 50 + 3 × 100 = 450.
        WeightRow feasibility = vm.rows().stream().filter(r -> r.id().equals("feasibility")).findFirst().orElseThrow();
        assertThat(feasibility.percent()).isCloseTo(100 * 50.0 / 450, within(1e-9));
        assertThat(vm.setSwingPoints("feasibility", 120)).isFalse();
        assertThat(fixture.storedPlan().criterion("feasibility").map(Criterion::weight).orElseThrow())
                .isCloseTo(100 * 50.0 / 450, within(1e-3));
    }

    @Test
    void weightsThatAreAllZeroAreExplainedInJapaneseNotInTheEnginesEnglish() throws Exception {
        // The editor refuses such a plan, so the view is shown one directly, as from a file made elsewhere.
        Plan zero = zeroWeights(fixture.editor.plan());
        assertThat(zero.criteria()).extracting(Criterion::weight).containsOnly(0.0);
        vm.refresh(zero);
        assertThat(vm.weightsProblemProperty().get())
                .isEqualTo("重みがすべて0です。少なくとも1つの評価基準に0より大きい重みを付けてください。");
        assertThat(vm.rows()).extracting(WeightRow::percent).allMatch(p -> p.isNaN());
    }

    @Test
    void anEnglishScreenSaysItInEnglish() throws Exception {
        try (ScreenFixture english = new ScreenFixture(dir.resolve("en"), Locale.ENGLISH)) {
            WeightsViewModel en = new WeightsViewModel(english.context, english.context.messages(CriteriaScreen.BUNDLE));
            english.editor.addListener(en::refresh);
            en.refresh(zeroWeights(english.editor.plan()));
            assertThat(en.weightsProblemProperty().get())
                    .isEqualTo("Every weight is 0. Give at least one criterion a weight above 0.");
        }
    }

    /** {@code plan} with every criterion's weight 0. */
    private static Plan zeroWeights(Plan plan) {
        return plan.withCriteria(plan.criteria().stream()
                .map(c -> new Criterion(c.id(), c.name(), c.description(), 0, c.direction(), c.scale())).toList());
    }

    @Test
    void undoRestoresTheMethodAndTheViewFollows() {
        vm.setMethod(WeightingMethod.AHP);
        fixture.editor.undo();
        assertThat(vm.methodProperty().get()).isEqualTo(WeightingMethod.DIRECT);
        assertThat(vm.ahpProperty().get().ids()).isEmpty();
    }

    @Test
    void aPlanTypedInFromScratchCanBeWeightedByEveryMethod() throws Exception {
        fixture.editor.apply(org.kaname.ui.TestEdits.rewrite("new", p -> Plan.empty("新しい計画", p.fiscalYears())));
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.weightsProblemProperty().get()).isEqualTo("評価基準がありません。先に評価基準を追加してください。");
        CriteriaViewModel criteria = new CriteriaViewModel(fixture.context,
                fixture.context.messages(CriteriaScreen.BUNDLE));
        criteria.add();
        criteria.add();
        for (WeightingMethod m : WeightingMethod.values()) {
            assertThat(vm.setMethod(m)).as(m.code()).isTrue();
            // Two criteria added with equal weights; rank-order centroid alone splits them (1 + 1/2)/2 and (1/2)/2.
            assertThat(vm.rows()).extracting(WeightRow::percent).as(m.code())
                    .containsExactly(m == WeightingMethod.ROC ? new Double[] {75.0, 25.0} : new Double[] {50.0, 50.0});
        }
        vm.setMethod(WeightingMethod.AHP);
        assertThat(vm.setJudgment("c1", "c2", 3)).isTrue();
        assertThat(vm.rows().get(0).percent()).isCloseTo(75.0, within(1e-9));
        assertThat(vm.ahpProperty().get().result().orElseThrow().consistencyRatio().getAsDouble()).isZero();
        assertThat(fixture.storedPlan().criteria()).extracting(Criterion::weight).containsExactly(75.0, 25.0);
    }
}
