package org.kaname.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids from owner, kind code and a number within both; existing ids kept and never reused. */
class IndicatorIdsTest {
    static Indicator text(IndicatorKind kind) {
        return new Indicator(kind, kind.name(), "", "", "", null);
    }

    @Test
    void ownerKindAndNumberWithBothKpiKindsCountedTogether() {
        MeasureGroup s1 = new MeasureGroup("S1", null, "支援策①", "", List.of(text(IndicatorKind.KGI),
                text(IndicatorKind.KSI), text(IndicatorKind.KPI_OUTCOME), text(IndicatorKind.KPI_OUTPUT)), List.of());
        Measure m = Measure.of("S1-1", "S1", "戦略").withIndicators(List.of(text(IndicatorKind.KPI_OUTPUT)));
        Plan plan = IndicatorIds.assignMissing(Plan.empty("t", new FiscalYears(2026, 2030))
                .withStructure(List.of(), List.of(s1), List.of(m)));
        assertThat(plan.groups().get(0).indicators()).extracting(Indicator::id)
                .containsExactly("S1-KGI-1", "S1-KSI-1", "S1-KPI-1", "S1-KPI-2");
        assertThat(plan.measures().get(0).indicators()).extracting(Indicator::id).containsExactly("S1-1-KPI-1");
    }

    @Test
    void idsPresentAreKeptAndNotGivenAgain() {
        // S1-KGI-1 is taken by a measure's indicator, so the group's new KGI gets 2.
        MeasureGroup s1 = new MeasureGroup("S1", null, "支援策①", "", List.of(text(IndicatorKind.KGI)), List.of());
        Measure m = Measure.of("M", "S1", "x").withIndicators(List.of(text(IndicatorKind.KGI).withId("S1-KGI-1")));
        Plan plan = IndicatorIds.assignMissing(Plan.empty("t", new FiscalYears(2026, 2030))
                .withStructure(List.of(), List.of(s1), List.of(m)));
        assertThat(plan.groups().get(0).indicators().get(0).id()).isEqualTo("S1-KGI-2");
        assertThat(plan.measures().get(0).indicators().get(0).id()).isEqualTo("S1-KGI-1");
        assertThat(IndicatorIds.assignMissing(plan)).isSameAs(plan);
    }

    @Test
    void anOwnerWithALongIdGivesIdsThatStillFitAndStayApart() {
        // 199 characters, the last a surrogate pair (𠮷): the id is cut at whole characters to fit 200.
        String owner = "M".repeat(197) + "𠮷";
        Measure m = Measure.of(owner, null, "x").withIndicators(List.of(text(IndicatorKind.KGI),
                text(IndicatorKind.KGI)));
        Plan plan = IndicatorIds.assignMissing(Plan.empty("t", new FiscalYears(2026, 2030))
                .withStructure(List.of(), List.of(), List.of(m)));
        List<String> ids = plan.measures().get(0).indicators().stream().map(Indicator::id).toList();
        assertThat(ids).allSatisfy(id -> assertThat(id.length()).isLessThanOrEqualTo(Limits.CODE_LENGTH))
                .containsExactly("M".repeat(194) + "-KGI-1", "M".repeat(194) + "-KGI-2");
    }
}
