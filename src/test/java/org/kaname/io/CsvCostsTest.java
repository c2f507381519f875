package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.model.FiscalYears;
import org.kaname.model.FollowUp;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;

/** The costs CSV on a small plan worked by hand (yen; 単価 8,000,000 yen per 人工). */
class CsvCostsTest {
    private static final CsvCosts.Labels LABELS = new CsvCosts.Labels("（支援策なし）", "（柱なし）", "合計");

    static Plan plan() {
        // A (S1): 2027 事業費 10,000,000, 人工 0.5 (4,000,000), 国庫 2,000,000, その他 500,000;
        //         2028 事業費 3,000,000, 人工 0.25 (2,000,000), 都道府県 1,000,000.
        // B (S2): simple form from the plan's start, 100,000 + 50,000 then 50,000.
        // C (no support measure): 200,000 in 2026.
        Measure a = Measure.of("A", "S1", "相談窓口").withYearCosts(List.of(
                new YearCost(2027, 10_000_000, List.of(), 0.5, 2_000_000, 0, 500_000),
                new YearCost(2028, 3_000_000, List.of(), 0.25, 0, 1_000_000, 0)));
        Measure b = Measure.of("B", "S2", "研修").withCosts(100_000, 50_000, 2);
        Measure c = Measure.of("C", null, "広報").withCosts(200_000, 0, 1);
        return Plan.empty("費用", new FiscalYears(2026, 2028))
                .withStructure(List.of(new Pillar("P1", "人材", "")),
                        List.of(new MeasureGroup("S1", "P1", "支援策一", "", List.of(), List.of()),
                                new MeasureGroup("S2", null, "支援策二", "", List.of(), List.of())),
                        List.of(a, b, c))
                .withFollowUp(FollowUp.NONE.withPersonnelRate(8_000_000));
    }

    @Test
    void oneRecordPerMeasureAndYearThenSubtotalsPerSupportMeasurePillarAndTheTotal() {
        List<List<String>> rows = CsvCosts.rows(plan(), LABELS);
        assertThat(rows.get(0)).containsExactly("id", "title", "year", "project_cost", "personnel_cost", "total",
                "national", "prefectural", "other", "general_fund", "level");
        assertThat(rows.subList(1, rows.size())).containsExactly(
                // 14,000,000 − 2,000,000 − 500,000 = 11,500,000; 5,000,000 − 1,000,000 = 4,000,000.
                List.of("A", "相談窓口", "2027", "10000000", "4000000", "14000000", "2000000", "0", "500000", "11500000",
                        "measure"),
                List.of("A", "相談窓口", "2028", "3000000", "2000000", "5000000", "0", "1000000", "0", "4000000",
                        "measure"),
                List.of("B", "研修", "2026", "150000", "0", "150000", "0", "0", "0", "150000", "measure"),
                List.of("B", "研修", "2027", "50000", "0", "50000", "0", "0", "0", "50000", "measure"),
                List.of("C", "広報", "2026", "200000", "0", "200000", "0", "0", "0", "200000", "measure"),
                List.of("S1", "支援策一", "2027", "10000000", "4000000", "14000000", "2000000", "0", "500000",
                        "11500000", "group"),
                List.of("S1", "支援策一", "2028", "3000000", "2000000", "5000000", "0", "1000000", "0", "4000000",
                        "group"),
                List.of("S2", "支援策二", "2026", "150000", "0", "150000", "0", "0", "0", "150000", "group"),
                List.of("S2", "支援策二", "2027", "50000", "0", "50000", "0", "0", "0", "50000", "group"),
                List.of("", "（支援策なし）", "2026", "200000", "0", "200000", "0", "0", "0", "200000", "group"),
                List.of("P1", "人材", "2027", "10000000", "4000000", "14000000", "2000000", "0", "500000", "11500000",
                        "pillar"),
                List.of("P1", "人材", "2028", "3000000", "2000000", "5000000", "0", "1000000", "0", "4000000",
                        "pillar"),
                // S2 has no pillar, C no support measure: both under （柱なし）. 2026: 150,000 + 200,000.
                List.of("", "（柱なし）", "2026", "350000", "0", "350000", "0", "0", "0", "350000", "pillar"),
                List.of("", "（柱なし）", "2027", "50000", "0", "50000", "0", "0", "0", "50000", "pillar"),
                List.of("", "合計", "2026", "350000", "0", "350000", "0", "0", "0", "350000", "total"),
                List.of("", "合計", "2027", "10050000", "4000000", "14050000", "2000000", "0", "500000", "11550000",
                        "total"),
                List.of("", "合計", "2028", "3000000", "2000000", "5000000", "0", "1000000", "0", "4000000", "total"));
    }
}
