package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaname.TestPlans;
import org.kaname.io.PlanJson;
import org.kaname.model.Criterion;
import org.kaname.model.FiscalYears;
import org.kaname.model.Plan;
import org.kaname.model.WeightingMethod;
import org.kaname.store.Dialect;
import org.kaname.store.TestDatabases;

/** A new plan starts empty, from the five standard criteria of the seed, or from another plan's criteria. */
@ParameterizedClass(name = "{0}")
@EnumSource(Dialect.class)
class NewPlanStartTest {
    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;
    Services services;

    @BeforeEach
    void open() throws Exception {
        services = TestDatabases.services(dialect, dir, Locale.JAPANESE);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Plan created(PlanStart start) throws Exception {
        long id = services.plans().create(Plan.empty("新しい計画", new FiscalYears(2027, 2031)), start);
        return services.plans().open(id).plan();
    }

    @Test
    void theStandardStartHasTheFiveCriteriaOfTheSeedWithTheirLevelDefinitions() throws Exception {
        Plan plan = created(PlanStart.standardCriteria());
        assertThat(plan.title()).isEqualTo("新しい計画");
        assertThat(plan.criteria()).extracting(Criterion::name).containsExactly("即効性・波及効果", "実現可能性",
                "費用対効果", "公平性・持続可能性", "客観的根拠の有無");
        assertThat(plan.criteria()).allSatisfy(c -> {
            assertThat(c.scale().levels()).as("levels of %s", c.name()).containsOnlyKeys(1, 2, 3, 4, 5);
            assertThat(c.scale().levels().values()).allSatisfy(text -> assertThat(text).isNotBlank());
            assertThat(c.weight()).isEqualTo(20);
        });
        assertThat(plan.criteria()).isEqualTo(SamplePlan.load(new PlanJson(Locale.JAPANESE)).criteria());
        assertThat(plan.measures()).isEmpty();
        assertThat(plan.pillars()).isEmpty();
        assertThat(plan.raters()).isEmpty();
        assertThat(plan.scores()).isEmpty();
    }

    @Test
    void copyingAnotherPlanTakesItsCriteriaAndWeightingButNotItsMeasures() throws Exception {
        Plan source = TestPlans.rich();
        assertThat(source.measures()).isNotEmpty();
        long sourceId = services.plans().create(source);
        Plan plan = created(PlanStart.criteriaOf(sourceId));
        assertThat(plan.criteria()).isEqualTo(services.plans().open(sourceId).plan().criteria());
        assertThat(plan.weighting().method()).isEqualTo(WeightingMethod.AHP);
        assertThat(plan.weighting()).isEqualTo(services.plans().open(sourceId).plan().weighting());
        assertThat(plan.measures()).isEmpty();
        assertThat(plan.pillars()).isEmpty();
        assertThat(plan.groups()).isEmpty();
        assertThat(plan.raters()).isEmpty();
        assertThat(plan.scores()).isEmpty();
        assertThat(plan.fiscalYears()).isEqualTo(new FiscalYears(2027, 2031));
        assertThat(plan.title()).isEqualTo("新しい計画");
    }

    @Test
    void theEmptyStartHasNoCriteriaAndAMissingSourceStoresNothing() throws Exception {
        assertThat(created(PlanStart.empty()).criteria()).isEmpty();
        int before = services.plans().plans().size();
        assertThatThrownBy(() -> created(PlanStart.criteriaOf(9999))).isInstanceOf(PlanNotFoundException.class);
        assertThat(services.plans().plans()).hasSize(before);
    }
}
