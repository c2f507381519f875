package org.kaname.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.i18n.Messages;
import org.kaname.model.Budget;
import org.kaname.model.FiscalYears;
import org.kaname.model.Plan;
import org.kaname.model.Tier;
import org.kaname.ui.ScreenFixture;

/** The Overview view model without a screen: checks, commits as single edits, refresh on undo. */
class OverviewViewModelTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;
    OverviewViewModel vm;
    Plan before;

    @BeforeEach
    void open() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        vm = new OverviewViewModel(fixture.context, Messages.of(OverviewScreen.BUNDLE, Locale.JAPANESE));
        before = fixture.editor.plan();
    }

    @AfterEach
    void close() {
        vm.dispose();
        fixture.close();
    }

    @Test
    void reversedYearsAreNamedInTheScreensLanguage() {
        assertThat(vm.yearsError(2030, 2026)).get().asString().contains("2030年度（令和12年度）", "2026年度（令和8年度）");
        OverviewViewModel english = new OverviewViewModel(fixture.context,
                Messages.of(OverviewScreen.BUNDLE, Locale.ENGLISH));
        try {
            // The roadmap's form, FY2030 (Reiwa 12), not the Japanese one inside an English sentence.
            assertThat(english.yearsError(2030, 2026)).get().asString()
                    .contains("FY2030 (Reiwa 12)", "FY2026 (Reiwa 8)").doesNotContain("年度");
        } finally {
            english.dispose();
        }
    }

    @Test
    void thePersonnelRateIsOneEditInYenAndBlankUnsetsIt() throws Exception {
        assertThat(vm.personnelRateProperty().get()).isEmpty();
        vm.personnelRateProperty().set("８，０００，０００円");
        assertThat(vm.commitPersonnelRate()).isEmpty();
        assertThat(fixture.storedPlan().followUp().personnelRate()).isEqualTo(8_000_000);
        vm.personnelRateProperty().set("-1");
        assertThat(vm.commitPersonnelRate()).isPresent();
        vm.personnelRateProperty().set("八百万");
        assertThat(vm.commitPersonnelRate()).isPresent();
        assertThat(fixture.storedPlan().followUp().personnelRate()).isEqualTo(8_000_000);
        vm.refresh(fixture.editor.plan());
        assertThat(vm.personnelRateProperty().get()).isEqualTo("8,000,000");
        vm.personnelRateProperty().set("");
        assertThat(vm.commitPersonnelRate()).isEmpty();
        assertThat(fixture.storedPlan().followUp().personnelRate()).isZero();
    }

    @Test
    void showsThePlansValues() {
        // The sample plan: 2026–2030, one cap of 200,000,000 yen, tiers 高 70 / 中 50 / 低 0.
        assertThat(vm.startYearProperty().get()).isEqualTo(2026);
        assertThat(vm.endYearProperty().get()).isEqualTo(2030);
        assertThat(vm.budgetModeProperty().get()).isEqualTo(BudgetMode.UNIFORM);
        assertThat(vm.uniformBudgetProperty().get()).isEqualTo("200,000,000");
        assertThat(vm.thousandYen(vm.uniformBudgetProperty().get())).isEqualTo("200,000千円");
        assertThat(vm.tiers()).extracting(t -> t.nameProperty().get() + ":" + t.minScoreProperty().get())
                .containsExactly("高:70", "中:50", "低:0");
    }

    @Test
    void aTitleIsStoredTrimmedAsOneUndoableEdit() throws Exception {
        vm.titleProperty().set("  新しい計画名 ");
        assertThat(vm.commitTitle()).isEmpty();
        assertThat(fixture.storedPlan().title()).isEqualTo("新しい計画名");
        assertThat(fixture.editor.undoDescription()).contains("計画名を「新しい計画名」に変更");
        fixture.editor.undo();
        assertThat(vm.titleProperty().get()).isEqualTo(before.title());
    }

    @Test
    void aBlankTitleIsRefusedAndThePlanKept() throws Exception {
        vm.titleProperty().set("   ");
        assertThat(vm.commitTitle()).contains("計画名を入力してください。");
        assertThat(fixture.storedPlan()).isEqualTo(before);
        assertThat(fixture.editor.canUndo()).isFalse();
    }

    @Test
    void aStartAfterTheEndIsRefusedWithBothYearsNamed() throws Exception {
        vm.startYearProperty().set(2031);
        assertThat(vm.commitYears()).hasValueSatisfying(m -> assertThat(m)
                .contains("2031年度（令和13年度）").contains("2030年度（令和12年度）"));
        assertThat(fixture.storedPlan().fiscalYears()).isEqualTo(new FiscalYears(2026, 2030));

        vm.startYearProperty().set(2027);
        vm.endYearProperty().set(2029);
        assertThat(vm.commitYears()).isEmpty();
        assertThat(fixture.storedPlan().fiscalYears()).isEqualTo(new FiscalYears(2027, 2029));
        assertThat(vm.yearBudgets()).extracting(YearBudgetRow::year).containsExactly(2027, 2028, 2029);
    }

    @Test
    void aUniformBudgetAcceptsSeparatorsAndRefusesTextAndNegatives() throws Exception {
        vm.uniformBudgetProperty().set("１，５００，０００");
        assertThat(vm.commitUniformBudget()).isEmpty();
        assertThat(fixture.storedPlan().budget()).isEqualTo(Budget.uniform(1_500_000L));
        assertThat(vm.uniformBudgetProperty().get()).isEqualTo("1,500,000");

        Plan stored = fixture.storedPlan();
        vm.uniformBudgetProperty().set("たくさん");
        assertThat(vm.commitUniformBudget()).hasValueSatisfying(m -> assertThat(m).contains("たくさん"));
        vm.uniformBudgetProperty().set("-1");
        assertThat(vm.commitUniformBudget()).contains("金額に負の値は入力できません。");
        assertThat(fixture.storedPlan()).isEqualTo(stored);
    }

    @Test
    void switchingToPerYearCarriesTheUniformAmountIntoEveryYear() throws Exception {
        vm.budgetModeProperty().set(BudgetMode.PER_YEAR);
        assertThat(vm.commitBudgetMode()).isEmpty();
        assertThat(fixture.storedPlan().budget().byYear()).isEqualTo(Map.of(2026, 200_000_000L, 2027, 200_000_000L,
                2028, 200_000_000L, 2029, 200_000_000L, 2030, 200_000_000L));
        assertThat(fixture.storedPlan().budget().uniform()).isNull();

        vm.yearBudgets().get(1).amountProperty().set("");
        vm.yearBudgets().get(2).amountProperty().set("90,000,000");
        assertThat(vm.commitYearBudgets()).isEmpty();
        Budget b = fixture.storedPlan().budget();
        assertThat(b.capFor(2027)).isEmpty();
        assertThat(b.capFor(2028).getAsLong()).isEqualTo(90_000_000L);

        vm.budgetModeProperty().set(BudgetMode.NONE);
        assertThat(vm.commitBudgetMode()).isEmpty();
        assertThat(fixture.storedPlan().budget().isUnlimited()).isTrue();
    }

    @Test
    void tiersCanBeAddedRenamedAndRemovedButNotDuplicatedOrEmptied() throws Exception {
        assertThat(vm.addTier()).isEmpty();
        assertThat(fixture.storedPlan().tiers()).extracting(Tier::name).containsExactly("高", "中", "低", "区分4");

        vm.tiers().get(3).nameProperty().set("中");
        assertThat(vm.commitTiers()).contains("区分名「中」はすでに使われています。");
        vm.tiers().get(3).nameProperty().set("保留");
        vm.tiers().get(3).minScoreProperty().set("abc");
        assertThat(vm.commitTiers()).hasValueSatisfying(m -> assertThat(m).contains("abc"));
        vm.tiers().get(3).minScoreProperty().set("２０.５");
        assertThat(vm.commitTiers()).isEmpty();
        assertThat(fixture.storedPlan().tiers().get(3)).isEqualTo(new Tier("保留", 20.5));

        for (int i = 0; i < 3; i++) {
            assertThat(vm.removeTier(0)).isEmpty();
        }
        assertThat(vm.removeTier(0)).contains("区分は一つ以上必要です。");
        assertThat(fixture.storedPlan().tiers()).isEqualTo(List.of(new Tier("保留", 20.5)));
    }
}
