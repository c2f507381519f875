package org.kaname.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.Plan;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.TestEdits;

/** The criteria view model on the sample plan (5 criteria, 10 measures × 3 raters scored), without a screen. */
class CriteriaViewModelTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;
    CriteriaViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        vm = new CriteriaViewModel(fixture.context, fixture.context.messages(CriteriaScreen.BUNDLE));
        fixture.editor.addListener(vm::refresh);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void addStoresANewCriterionAndSelectsIt() throws Exception {
        String id = vm.add().orElseThrow();
        Plan stored = fixture.storedPlan();
        assertThat(stored.criteria()).hasSize(6);
        Criterion added = stored.criteria().get(5);
        assertThat(added.id()).isEqualTo(id);
        assertThat(added.name()).isEqualTo("新しい評価基準 6");
        // Sample weights are 20 each: the new one gets their mean, so all are equal again.
        assertThat(added.weight()).isEqualTo(20.0);
        assertThat(vm.criteria()).hasSize(6);
        assertThat(vm.selectedIdProperty().get()).isEqualTo(id);
        assertThat(fixture.editor.undoDescription()).contains("評価基準 c6「新しい評価基準 6」を追加");
    }

    @Test
    void removingACriterionWithScoresAsksAndDeclinedChangesNothing() throws Exception {
        fixture.dialogs.answer = false;
        assertThat(vm.remove("cost")).isFalse();
        assertThat(fixture.dialogs.confirmations).singleElement().asString().contains("費用対効果").contains("30 件");
        assertThat(fixture.storedPlan().criterion("cost")).isPresent();
    }

    @Test
    void removingACriterionWithScoresRemovesThemInOneUndoableEdit() throws Exception {
        Plan before = fixture.editor.plan();
        long scoresBefore = before.scores().size();
        assertThat(vm.remove("cost")).isTrue();
        Plan stored = fixture.storedPlan();
        assertThat(stored.criterion("cost")).isEmpty();
        assertThat(stored.scores()).noneMatch(s -> s.criterion().equals("cost")).hasSize((int) scoresBefore - 30);
        assertThat(stored.scenarios()).allSatisfy(s -> assertThat(s.weights()).doesNotContainKey("cost"));
        assertThat(vm.selectedIdProperty().get()).isEqualTo("fairness");
        fixture.editor.undo();
        TestEdits.assertSameContent(fixture.storedPlan(), before);
        assertThat(vm.criteria()).extracting(Criterion::id).contains("cost");
    }

    @Test
    void removingACriterionWithoutScoresDoesNotAsk() throws Exception {
        String id = vm.add().orElseThrow();
        assertThat(vm.remove(id)).isTrue();
        assertThat(fixture.dialogs.confirmations).isEmpty();
        assertThat(fixture.storedPlan().criteria()).hasSize(5);
    }

    @Test
    void reorderMovesUpAndDownWithinTheList() throws Exception {
        assertThat(vm.moveDown("speed")).isTrue();
        assertThat(fixture.storedPlan().criteria()).extracting(Criterion::id)
                .containsExactly("feasibility", "speed", "cost", "fairness", "evidence");
        assertThat(vm.moveUp("evidence")).isTrue();
        assertThat(vm.moveUp("feasibility")).isFalse();
        assertThat(fixture.storedPlan().criteria()).extracting(Criterion::id)
                .containsExactly("feasibility", "speed", "cost", "evidence", "fairness");
    }

    @Test
    void detailsAreSavedAndAScaleThatCutsOffScoresIsRefused() throws Exception {
        assertThat(vm.rename("speed", "  即効性  ")).isTrue();
        assertThat(vm.setDirection("speed", Direction.COST)).isTrue();
        assertThat(vm.setLevelText("speed", 3, "ふつう")).isTrue();
        assertThat(vm.setLevelText("speed", 1, " ")).isTrue();
        Criterion c = fixture.storedPlan().criterion("speed").orElseThrow();
        assertThat(c.name()).isEqualTo("即効性");
        assertThat(c.direction()).isEqualTo(Direction.COST);
        assertThat(c.scale().levelText(3)).isEqualTo("ふつう");
        assertThat(c.scale().levels()).doesNotContainKey(1);

        assertThat(vm.rename("speed", "")).isFalse();
        assertThat(vm.setScale("speed", 1, 3)).isFalse();
        assertThat(vm.errorProperty().get()).isNotEmpty();
        assertThat(fixture.statusMessages).isNotEmpty();
        assertThat(fixture.storedPlan().criterion("speed").orElseThrow().scale().max()).isEqualTo(5);

        assertThat(vm.setScale("speed", 0, 10)).isTrue();
        Criterion widened = fixture.storedPlan().criterion("speed").orElseThrow();
        assertThat(widened.scale().min()).isZero();
        assertThat(widened.scale().max()).isEqualTo(10);
        assertThat(widened.scale().levelText(3)).isEqualTo("ふつう");
    }

    @Test
    void percentagesAreTheNormalisedWeights() {
        assertThat(vm.percentages()).containsEntry("speed", 20.0).hasSize(5);
    }
}
