package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaname.TestPlans;
import org.kaname.edit.Change;
import org.kaname.edit.PlanPart;
import org.kaname.model.CostItem;
import org.kaname.model.Evaluation;
import org.kaname.model.FollowUp;
import org.kaname.model.FutureDirection;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorKind;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;

/**
 * Everything issue 16 added to a plan (indicator ids, numbers, targets and actuals; costs by 年度 with breakdowns and
 * 財源; the follow-up with its 単価, grade rule and evaluations) is stored and read back equal, whole and by change.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Dialect.class)
class FollowUpStoreTest {
    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;
    SqlDatabase db;
    PlanStore store;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(dialect, dir);
        store = TestDigests.store(db, Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void reopen() throws Exception {
        db.close();
        open();
    }

    /** {@link TestPlans#rich()} with every new field used, each optional both set and unset somewhere. */
    static Plan followUpPlan() {
        Plan rich = TestPlans.rich();
        Indicator kgi = new Indicator("G1-KGI-1", IndicatorKind.KGI, "デジタル手続の利用率", "80", "%", "庁内システム集計",
                2030, IndicatorDirection.UP, 52.5, 2025,
                List.of(new IndicatorTarget(2027, 60, false), new IndicatorTarget(2030, 80, true)),
                List.of(new IndicatorActual(2026, 55.25, LocalDate.of(2027, 5, 31), "庁内システム集計", "速報値"),
                        IndicatorActual.of(2027, 61)));
        Indicator down = new Indicator("B01-KPI-1", IndicatorKind.KPI_OUTCOME, "窓口の待ち時間", "", "分", "", null,
                IndicatorDirection.DOWN, 30.0, null, List.of(new IndicatorTarget(2028, 15, true)),
                List.of(new IndicatorActual(2027, 22.5, null, "窓口課", "")));
        Indicator reach = new Indicator("B01-KPI-2", IndicatorKind.KPI_OUTPUT, "各区の拠点数", "各区5箇所", "箇所", "",
                2029, IndicatorDirection.REACH, null, null, List.of(new IndicatorTarget(2029, 5, false)), List.of());
        Indicator qualitative = new Indicator("B03-KSI-1", IndicatorKind.KSI, "職員の意識", "高まる", "", "", null,
                IndicatorDirection.UP, null, null, List.of(), List.of(new IndicatorActual(2027, 3, null, "", "聞き取り")));
        MeasureGroup g1 = rich.groups().get(0);
        List<MeasureGroup> groups = List.of(new MeasureGroup(g1.id(), g1.pillar(), g1.title(), g1.purpose(),
                List.of(kgi), g1.evidence()), rich.groups().get(1));
        Measure b01 = rich.measures().get(0).withIndicators(List.of(rich.measures().get(0).indicators().get(0)
                        .withId("B01-KPI-3"), down, reach))
                .withYearCosts(List.of(
                        new YearCost(2027, 12_000_000L, List.of(new CostItem("委託料", 9_000_000L),
                                new CostItem("備品購入費", 3_000_000L)), 1.5, 6_000_000L, 1_000_000L, 500_000L),
                        new YearCost(2028, 4_000_000L, List.of(), 0.25, 0, 0, 0)));
        Measure b03 = rich.measures().get(2).withIndicators(List.of(qualitative))
                .withYearCosts(List.of(YearCost.project(2028, 1_000_000L)));
        FollowUp followUp = new FollowUp(8_500_000L, new GradeRule(List.of(new GradeRule.Step("S", 1.2),
                new GradeRule.Step("A", 1.0), new GradeRule.Step("B", 0.75)), "C"), List.of(
                new Evaluation("B01", 2026, "", "", FutureDirection.CONTINUE, "順調", "コメント", false),
                new Evaluation("B01", 2027, "A", "指標外の成果", FutureDirection.EXPAND, "拡充の理由", "", false),
                new Evaluation("B02", 2027, "", "", null, "", "コメントのみ", false),
                new Evaluation("B03", 2027, "", "", FutureDirection.ABOLISH, "目的を達成", "", true)));
        return rich.withStructure(rich.pillars(), groups, List.of(b01, rich.measures().get(1), b03))
                .withFollowUp(followUp);
    }

    @Test
    void aPlanUsingEveryNewFieldComesBackEqual() throws Exception {
        Plan plan = followUpPlan();
        long id = store.insert(plan, TestDigests.CREATE);
        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(plan);
        reopen();
        Plan loaded = store.load(id).orElseThrow().plan();
        assertThat(loaded).isEqualTo(plan);
        // Spot checks on what equality covers, so a broken equals could not hide a loss.
        Indicator kgi = loaded.groups().get(0).indicators().get(0);
        assertThat(kgi.id()).isEqualTo("G1-KGI-1");
        assertThat(kgi.baseline()).isEqualTo(52.5);
        assertThat(kgi.actuals().get(0).date()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(loaded.measures().get(0).indicators().get(1).direction()).isEqualTo(IndicatorDirection.DOWN);
        assertThat(loaded.measures().get(0).indicators().get(1).baselineYear()).isNull();
        assertThat(loaded.measures().get(0).yearCosts().get(0).breakdown()).extracting(CostItem::amount)
                .containsExactly(9_000_000L, 3_000_000L);
        assertThat(loaded.measures().get(1).yearCosts()).isEmpty();
        assertThat(loaded.followUp().personnelRate()).isEqualTo(8_500_000L);
        assertThat(loaded.followUp().gradeRule().grades()).containsExactly("S", "A", "B", "C");
        assertThat(loaded.followUp().evaluations().get(2).direction()).isNull();
        assertThat(loaded.followUp().hasEnded("B03")).isFalse();
    }

    @Test
    void aPlanWithoutFollowUpReadsTheDefaultsAndAStepLessRuleStaysStepLess() {
        Plan plain = TestPlans.rich();
        long a = store.insert(plain, TestDigests.CREATE);
        assertThat(store.load(a).orElseThrow().plan().followUp()).isEqualTo(FollowUp.NONE);
        Plan stepLess = plain.withFollowUp(new FollowUp(0, new GradeRule(List.of(), "可"), List.of()));
        long b = store.insert(stepLess, TestDigests.CREATE);
        assertThat(store.load(b).orElseThrow().plan()).isEqualTo(stepLess);
    }

    @Test
    void aChangeOfOnlyTheFollowUpIsWrittenAndSurvivesReopening() throws Exception {
        Plan plan = followUpPlan();
        long id = store.insert(plan, TestDigests.CREATE);

        // An evaluation changed in place (same measures and years): the rows of that evaluation only.
        Plan edited = plan.withFollowUp(plan.followUp().withEvaluation(new Evaluation("B02", 2027, "B", "外部要因",
                FutureDirection.IMPROVE, "手順を見直す", "", false)));
        assertThat(apply(id, plan, edited)).containsExactly(PlanPart.FOLLOW_UP);
        reopen();
        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(edited);

        // A new evaluation and a new 単価 and rule: the whole part.
        Plan more = edited.withFollowUp(edited.followUp().withEvaluation(new Evaluation("B02", 2028, "", "",
                FutureDirection.COMPLETE, "", "", false)).withPersonnelRate(9_000_000L)
                .withGradeRule(GradeRule.DEFAULT));
        assertThat(apply(id, edited, more)).containsExactly(PlanPart.FOLLOW_UP);
        reopen();
        Plan loaded = store.load(id).orElseThrow().plan();
        assertThat(loaded).isEqualTo(more);
        assertThat(loaded.followUp().hasEnded("B02")).isTrue();

        // Back to no follow-up at all: no rows are left behind.
        Plan none = more.withFollowUp(FollowUp.NONE);
        assertThat(apply(id, more, none)).containsExactly(PlanPart.FOLLOW_UP);
        reopen();
        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(none);
        assertThat(count("evaluation", id)).isZero();
        assertThat(count("grade_step", id)).isEqualTo(2);
    }

    @Test
    void measuresAndGroupsChangedOneByOneKeepTheirNewFieldsAndLeaveNoRowsBehind() throws Exception {
        Plan plan = followUpPlan();
        long id = store.insert(plan, TestDigests.CREATE);

        // One measure's costs by 年度 changed (the per-measure rewrite), another's actual added.
        List<Measure> measures = new ArrayList<>(plan.measures());
        measures.set(0, measures.get(0).withYearCosts(List.of(new YearCost(2027, 1L, List.of(new CostItem("委託料", 1L)),
                0, 0, 0, 0))));
        Indicator qualitative = measures.get(2).indicators().get(0);
        measures.set(2, measures.get(2).withIndicators(List.of(qualitative.withActual(IndicatorActual.of(2028, 4)))));
        Plan changed = plan.withMeasures(measures);
        assertThat(apply(id, plan, changed)).containsExactly(PlanPart.MEASURES);
        reopen();
        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(changed);
        assertThat(count("measure_cost_item", id)).isEqualTo(1);

        // Back to the simple form, and the group's numeric indicator removed.
        measures.set(0, measures.get(0).withYearCosts(List.of()));
        MeasureGroup g1 = changed.groups().get(0);
        Plan simple = changed.withStructure(changed.pillars(), List.of(new MeasureGroup(g1.id(), g1.pillar(),
                g1.title(), g1.purpose(), List.of(), g1.evidence()), changed.groups().get(1)), measures);
        assertThat(apply(id, changed, simple)).containsExactly(PlanPart.GROUPS, PlanPart.MEASURES);
        reopen();
        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(simple);
        assertThat(count("measure_cost_item", id)).isZero();
        assertThat(count("measure_year_cost", id)).isEqualTo(1); // B03's one year
        assertThat(count("indicator_target", id)).isEqualTo(2); // B01's two numeric indicators
        assertThat(count("indicator_actual", id)).isEqualTo(3); // B01's one, B03's two

        // Only indicators changed (a target, and an indicator dropped): those rows, the measure's other rows kept.
        measures = new ArrayList<>(simple.measures());
        Indicator down = measures.get(0).indicators().get(1);
        measures.set(0, measures.get(0).withIndicators(List.of(measures.get(0).indicators().get(0),
                down.withNumbers(down.direction(), 28.0, 2026, List.of(new IndicatorTarget(2028, 12, true))))));
        Plan retargeted = simple.withMeasures(measures);
        assertThat(apply(id, simple, retargeted)).containsExactly(PlanPart.MEASURES);
        reopen();
        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(retargeted);
        assertThat(count("indicator_target", id)).isEqualTo(1);
        assertThat(count("indicator_actual", id)).isEqualTo(3);
        assertThat(count("evidence", id)).isEqualTo(4); // B01's evidence kept beside G1's, P1's and the case's
    }

    @Test
    void anImportOfActualsRewritesTheActualsOfEveryMeasureAndNothingIsLost() throws Exception {
        Plan plan = followUpPlan();
        long id = store.insert(plan, TestDigests.CREATE);
        List<Measure> measures = new ArrayList<>();
        for (Measure m : plan.measures()) {
            List<Indicator> indicators = new ArrayList<>();
            for (Indicator i : m.indicators()) {
                indicators.add(i.withActual(new IndicatorActual(2028, 7.5, LocalDate.of(2029, 4, 30), "調査", "")));
            }
            measures.add(m.withIndicators(indicators));
        }
        // B03 also drops its 2027 actual, and B02 (no indicators) stays as it was.
        Indicator b03 = measures.get(2).indicators().get(0);
        measures.set(2, measures.get(2).withIndicators(List.of(b03.withoutActual(2027))));
        Plan imported = plan.withMeasures(measures);
        assertThat(apply(id, plan, imported)).containsExactly(PlanPart.MEASURES);
        reopen();
        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(imported);
        // G1's two, B01's one old and three new, B03's one new.
        assertThat(count("indicator_actual", id)).isEqualTo(7);
        assertThat(count("indicator_target", id)).isEqualTo(4);
    }

    @Test
    void deletingAPlanRemovesItsNewRows() {
        long id = store.insert(followUpPlan(), TestDigests.CREATE);
        assertThat(store.delete(id)).isTrue();
        for (String table : new String[] {"indicator_target", "indicator_actual", "measure_year_cost",
            "measure_cost_item", "plan_follow_up", "grade_step", "evaluation"}) {
            assertThat(count(table, id)).as(table).isZero();
        }
    }

    /** Applies the change from {@code before} to {@code after} and returns the parts it replaced. */
    private java.util.Set<PlanPart> apply(long id, Plan before, Plan after) {
        Change change = Change.between(before, after);
        assertThat(store.apply(id, after, change, TestDigests.record("edit"))).isPresent();
        return change.parts();
    }

    private long count(String table, long planId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE plan_id = ?")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
