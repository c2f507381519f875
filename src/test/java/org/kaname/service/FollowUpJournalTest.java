package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaname.ActualsTestPlans;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.Holder;
import org.kaname.edit.ReopenMeasure;
import org.kaname.edit.SetEvaluation;
import org.kaname.edit.SetGradeRule;
import org.kaname.edit.SetIndicatorNumbers;
import org.kaname.edit.SetPersonnelRate;
import org.kaname.edit.SetYearCosts;
import org.kaname.model.CostItem;
import org.kaname.model.Evaluation;
import org.kaname.model.FutureDirection;
import org.kaname.model.GradeRule;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;
import org.kaname.store.Dialect;
import org.kaname.store.JournalFilter;
import org.kaname.store.TestDatabases;

/**
 * The edits of issue 16 through the services the app and the CLI use: each is one stored, journaled action (history
 * text in Japanese and English), the store gives back what was edited, and undo works across a restart.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Dialect.class)
class FollowUpJournalTest {
    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    private static List<HistoryService.Row> history(Services services, long id, Locale locale) throws Exception {
        return services.history().rows(id, JournalFilter.ALL, locale);
    }

    @Test
    void anEvaluationIsStoredJournaledAndUndoneAndRedoneAcrossRestarts() throws Exception {
        Evaluation expected = new Evaluation("S1-1", 2027, "B", "研修の一部を翌年度に延期", FutureDirection.IMPROVE,
                "実施方法を見直す", "受講者の評価は高い", false);
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            PlanEditor editor = services.editor(1, services.plans().open(1).plan(), Runnable::run);
            editor.apply(new SetEvaluation("S1-1", 2027, "B", "研修の一部を翌年度に延期", FutureDirection.IMPROVE,
                    "実施方法を見直す", "受講者の評価は高い"));
            editor.apply(new SetPersonnelRate(8_000_000));
            assertThat(services.plans().open(1).plan().followUp().evaluations()).containsExactly(expected);
            assertThat(services.plans().open(1).plan().followUp().personnelRate()).isEqualTo(8_000_000);
        }
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            Plan stored = services.plans().open(1).plan();
            assertThat(stored.followUp().evaluations()).containsExactly(expected);
            List<HistoryService.Row> ja = history(services, 1, Locale.JAPANESE);
            assertThat(ja).extracting(r -> r.entry().kind())
                    .containsExactly("create", "set-evaluation", "set-personnel-rate");
            assertThat(ja.get(1).kindName()).isEqualTo("施策評価の変更");
            assertThat(ja.get(1).description()).isEqualTo("施策 S1-1 の2027年度の評価を変更");
            assertThat(ja.get(1).entry().measure()).isEqualTo("S1-1");
            assertThat(ja.get(1).entry().reason()).isEqualTo("研修の一部を翌年度に延期 / 実施方法を見直す");
            assertThat(ja.get(1).entry().after()).contains("S1-1 2027 B 改善");
            assertThat(ja.get(2).description()).isEqualTo("人件費単価（1人工あたり年額）を 8,000,000 円に変更");
            List<HistoryService.Row> en = history(services, 1, Locale.ENGLISH);
            assertThat(en.get(1).kindName()).isEqualTo("Evaluation changed");
            assertThat(en.get(1).description()).isEqualTo("Evaluation of measure S1-1 for FY2027 changed");
            assertThat(en.get(2).description()).isEqualTo("Personnel rate (per staff-year) changed to 8,000,000 yen");

            PlanEditor editor = services.editor(1, stored, Runnable::run);
            assertThat(editor.undoDescription()).contains("人件費単価（1人工あたり年額）を 8,000,000 円に変更");
            assertThat(editor.undo()).isEmpty();
            assertThat(services.plans().open(1).plan().followUp().personnelRate()).isZero();
            assertThat(editor.undoDescription()).contains("施策 S1-1 の2027年度の評価を変更");
            assertThat(editor.undo()).isEmpty();
            assertThat(services.plans().open(1).plan().followUp().evaluations()).isEmpty();
        }
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            assertThat(services.plans().open(1).plan().followUp().evaluations()).isEmpty();
            PlanEditor editor = services.editor(1, services.plans().open(1).plan(), Runnable::run);
            assertThat(editor.redoDescription()).contains("施策 S1-1 の2027年度の評価を変更");
            assertThat(editor.redo()).isEmpty();
            assertThat(services.plans().open(1).plan().followUp().evaluations()).containsExactly(expected);
            assertThat(history(services, 1, Locale.JAPANESE)).extracting(r -> r.entry().kind()).containsExactly(
                    "create", "set-evaluation", "set-personnel-rate", "undo", "undo", "redo");
        }
    }

    @Test
    void theCommandLinePathStoresNumbersCostsRulesAndAReopening() throws Exception {
        long id;
        Plan edited;
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            PlanService plans = services.plans();
            id = plans.create(ActualsTestPlans.numeric());
            Plan original = plans.open(id).plan();
            plans.apply(id, new SetIndicatorNumbers(Holder.MEASURE, "B03", "B03-KPI-1", IndicatorDirection.DOWN, 12.0,
                    2024, List.of(new IndicatorTarget(2028, 8, false), new IndicatorTarget(2030, 4, true))));
            plans.apply(id, new SetPersonnelRate(8_000_000));
            plans.apply(id, new SetYearCosts("B01", List.of(new YearCost(2027, 30_000_000,
                    List.of(new CostItem("委託料", 20_000_000)), 1.5, 10_000_000, 2_000_000, 0),
                    new YearCost(2028, 5_000_000, List.of(), 0.5, 9_000_000, 0, 0))));
            plans.apply(id, new SetGradeRule(new GradeRule(List.of(new GradeRule.Step("S", 1.2),
                    new GradeRule.Step("A", 1.0), new GradeRule.Step("B", 0.8)), "C")));
            plans.apply(id, new SetEvaluation("B02", 2027, "", "", FutureDirection.COMPLETE, "研修体系が整った", ""));
            edited = plans.apply(id, new ReopenMeasure("B02", 2027, "新任職員向けの研修が必要になった"));
            assertThat(plans.open(id).plan()).isEqualTo(edited);
            assertThat(edited).isNotEqualTo(original);
            // A refused edit stores nothing and is not journaled.
            long entries = history(services, id, Locale.JAPANESE).size();
            assertThatThrownBy(() -> plans.apply(id, new ReopenMeasure("B02", 2027, "")))
                    .isInstanceOf(EditRefusedException.class);
            assertThat(history(services, id, Locale.JAPANESE)).hasSize((int) entries);
        }
        try (Services services = TestDatabases.services(dialect, dir, Locale.JAPANESE)) {
            Plan stored = services.plans().open(id).plan();
            assertThat(stored).isEqualTo(edited);
            assertThat(stored.measure("B03").orElseThrow().indicators().get(0).targets())
                    .containsExactly(new IndicatorTarget(2028, 8, false), new IndicatorTarget(2030, 4, true));
            assertThat(stored.measure("B01").orElseThrow().yearCosts().get(0).generalFund(8_000_000))
                    .isEqualTo(30_000_000);
            assertThat(stored.followUp().gradeRule().grades()).containsExactly("S", "A", "B", "C");
            assertThat(stored.followUp().hasEnded("B02")).isFalse();
            assertThat(history(services, id, Locale.JAPANESE)).extracting(HistoryService.Row::description)
                    .contains("B03 の指標 B03-KPI-1 の現状値・目標値を変更（目標値 2 件）",
                            "施策 B01 の年度別事業費を設定（2027年度〜2028年度、2 年度分）",
                            "評価区分の基準を変更: S ≥ 120%, A ≥ 100%, B ≥ 80%, C",
                            "施策 B02 を再開（2027年度の評価による廃止・完了を解除）");
            PlanEditor editor = services.editor(id, stored, Runnable::run);
            assertThat(editor.undo()).isEmpty();
            assertThat(services.plans().open(id).plan().followUp().hasEnded("B02")).isTrue();
        }
    }
}
