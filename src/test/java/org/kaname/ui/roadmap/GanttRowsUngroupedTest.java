package org.kaname.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kaname.UngroupedPlans;
import org.kaname.chart.GanttChart;
import org.kaname.engine.roadmap.RoadmapScheduler;
import org.kaname.engine.roadmap.RoadmapTexts;
import org.kaname.i18n.Messages;
import org.kaname.model.Plan;

/** The roadmap screen's rows for plans with a group outside the pillars and measures in no group (issue 13). */
class GanttRowsUngroupedTest {
    private static List<String> rows(Plan plan) {
        GanttRows rows = new GanttRows(Messages.of("org.kaname.ui.roadmap.messages", Locale.JAPANESE),
                RoadmapTexts.of(Locale.JAPANESE));
        GanttChart chart = rows.chart(plan, new RoadmapScheduler().schedule(plan));
        return chart.rows().stream().map(r -> "  ".repeat(r.indent()) + (r.kind() == GanttChart.Kind.HEADING
                ? "# " + r.label() : r.id())).toList();
    }

    @Test
    void whatLiesOutsideThePillarsComesLastUnderNoPillarAndNoSupportMeasure() {
        assertThat(rows(UngroupedPlans.mixed())).containsExactly(
                "# 人材・組織",
                "  # G1  DX推進リーダーの育成",
                "    B01",
                "# 柱なし",
                "  # G2  窓口の改善",
                "    B02",
                "  # 支援策なし",
                "    B03",
                "    B04");
    }

    @Test
    void aPlanWithoutPillarsOrGroupsIsAPlainList() {
        assertThat(rows(UngroupedPlans.flat())).containsExactly("A1", "A2", "A3");
    }
}
