package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kaname.engine.roadmap.RoadmapTexts;

class CsvRoadmapTest {
    private final List<List<String>> rows =
            CsvRoadmap.rows(CsvRoadmapFixture.roadmap(), RoadmapTexts.of(Locale.JAPANESE));

    @Test
    void theHeaderStartsWithTheFiveContractColumnsThenReasonRankAndCostsPerYear() {
        assertThat(rows.get(0)).containsExactly("id", "title", "start", "end", "status", "reason", "rank", "tier",
                "pinned", "total_cost", "cost_2026", "cost_2027", "cost_2028");
    }

    @Test
    void oneRecordPerMeasureInPlanOrderWithYearsAmountsAndReasons() {
        assertThat(rows).hasSize(6);
        assertThat(rows.get(1)).containsExactly("A", "窓口の改革", "2026", "2027", "scheduled", "", "1", "高",
                "false", "110", "80", "30", "");
        assertThat(rows.get(2).subList(0, 5)).containsExactly("B", "研修, \"基礎\"\n二行目", "2027", "2027", "scheduled");
        assertThat(rows.get(3).subList(0, 5)).containsExactly("C", "拠点の整備", "2028", "2028", "scheduled");
        assertThat(rows.get(4)).containsExactly("D", "大型投資", "", "", "deferred",
                "予算超過: 2026〜2028年度のどの年度に開始しても予算を超えます（最も近い 2027年度開始で 2027年度 1千円超過）",
                "4", "中", "false", "", "", "", "");
        assertThat(rows.get(5).subList(0, 6)).containsExactly("U", "未評価の施策", "", "", "unscored",
                "評価（得点）がそろっていないため配置しません");
        assertThat(rows.get(5).get(6)).isEmpty();
    }

    @Test
    void theBudgetRowsGiveSpentCapAndRemainingPerYear() {
        assertThat(CsvRoadmap.budgetRows(CsvRoadmapFixture.roadmap())).containsExactly(
                List.of("year", "spent", "cap", "remaining"),
                List.of("2026", "80", "100", "20"),
                List.of("2027", "70", "100", "30"),
                List.of("2028", "80", "100", "20"));
    }

    @Test
    void aMeasureEndedByItsEvaluationIsListedAsEndedWithTheEvaluationAsReasonAndNoCosts() {
        var plan = CsvRoadmapFixture.planWithCEnded();
        List<List<String>> ended = CsvRoadmap.rows(new org.kaname.engine.roadmap.RoadmapScheduler().schedule(plan),
                RoadmapTexts.of(Locale.JAPANESE));
        assertThat(ended.get(3).subList(0, 6)).containsExactly("C", "拠点の整備", "", "", "ended",
                "評価結果: 2026年度の評価で今後の方向性が「廃止」とされたため、ロードマップから外しています（再開すると戻ります）");
        assertThat(ended.get(3).subList(9, 13)).containsExactly("", "", "", "");
        // D (90) now fits in 2028, which C no longer takes.
        assertThat(ended.get(4).subList(0, 5)).containsExactly("D", "大型投資", "2028", "2028", "scheduled");
    }
}
