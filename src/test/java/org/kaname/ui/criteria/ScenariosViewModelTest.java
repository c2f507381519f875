package org.kaname.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.ScenarioComparison;
import org.kaname.model.Scenario;
import org.kaname.ui.ScreenFixture;

class ScenariosViewModelTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;
    ScenariosViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        vm = new ScenariosViewModel(fixture.context, fixture.context.messages(CriteriaScreen.BUNDLE));
        fixture.editor.addListener(vm::refresh);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void theSampleScenariosAreComparedWithThePlansWeights() {
        ScenarioComparison c = vm.comparisonProperty().get().orElseThrow();
        assertThat(c.columns()).containsExactly("", "財政重視", "即効性重視");
        assertThat(vm.columnTitle("")).isEqualTo("現在の重み");
        assertThat(c.rows()).hasSize(10);
        // Largest changes first.
        for (int i = 1; i < c.rows().size(); i++) {
            assertThat(c.rows().get(i - 1).rankChange()).isGreaterThanOrEqualTo(c.rows().get(i).rankChange());
        }
    }

    @Test
    void createCopyRenameDelete() throws Exception {
        fixture.editor.apply(new org.kaname.edit.SetDirectPoints("speed", 60));
        String name = vm.createFromCurrent().orElseThrow();
        assertThat(name).isEqualTo("シナリオ 3");
        Scenario created = fixture.storedPlan().scenarios().get(2);
        // 60 of 60 + 4 × 20 = 140, in percent rounded to 2 decimals.
        assertThat(created.weights()).containsEntry("speed", 42.86).containsEntry("cost", 14.29);
        assertThat(vm.comparisonProperty().get().orElseThrow().columns()).hasSize(4);

        assertThat(vm.copy(name)).contains("シナリオ 3 のコピー");
        assertThat(vm.copy(name)).contains("シナリオ 3 のコピー (2)");
        assertThat(vm.rename("シナリオ 3 のコピー", "福祉重視")).isTrue();
        assertThat(vm.rename("福祉重視", "財政重視")).isFalse();
        assertThat(fixture.statusMessages).isNotEmpty();
        assertThat(fixture.storedPlan().scenarios()).extracting(Scenario::name)
                .containsExactly("財政重視", "即効性重視", "シナリオ 3", "福祉重視", "シナリオ 3 のコピー (2)");
        assertThat(fixture.storedPlan().scenarios().get(3).weights()).isEqualTo(created.weights());

        fixture.dialogs.answer = false;
        assertThat(vm.delete("福祉重視")).isFalse();
        fixture.dialogs.answer = true;
        assertThat(vm.delete("福祉重視")).isTrue();
        assertThat(fixture.dialogs.confirmations).hasSize(2);
        assertThat(fixture.storedPlan().scenarios()).extracting(Scenario::name).doesNotContain("福祉重視");
    }
}
