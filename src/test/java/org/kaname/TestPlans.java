package org.kaname;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaname.model.Budget;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.Evidence;
import org.kaname.model.EvidenceKind;
import org.kaname.model.FiscalYears;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorKind;
import org.kaname.model.Judgment;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.PeerCase;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Scenario;
import org.kaname.model.Score;
import org.kaname.model.Significance;
import org.kaname.model.Stakeholder;
import org.kaname.model.Tier;
import org.kaname.model.TimelineEntry;
import org.kaname.model.Weighting;
import org.kaname.model.WeightingMethod;

/** Plans built by hand for storage and CLI tests: every field filled, every optional shape used once. */
public final class TestPlans {
    private TestPlans() {
    }

    /** A plan using per-year budgets, AHP weighting, a cost criterion, a 0–10 scale and every kind of child. */
    public static Plan rich() {
        Map<Integer, Long> budget = new LinkedHashMap<>();
        budget.put(2027, 80_000_000L);
        budget.put(2028, 120_000_000L);
        List<Criterion> criteria = List.of(
                new Criterion("speed", "即効性・波及効果", "効果が早く広く及ぶ", 3, Direction.BENEFIT,
                        Scale.of(1, 5, Map.of(1, "効果まで5年以上", 5, "1年以内に効果"))),
                new Criterion("cost", "費用", "総費用（低いほど良い）", 1.5, Direction.COST, Scale.of(0, 10, Map.of())),
                new Criterion("evidence", "客観的根拠の有無", "", 0, Direction.BENEFIT, null));
        Weighting ahp = new Weighting(WeightingMethod.AHP, List.of(new Judgment("speed", "cost", 3),
                new Judgment("speed", "evidence", 5), new Judgment("cost", "evidence", 2)), null, null);
        Evidence ev = new Evidence("自治体DX推進計画", "https://www.soumu.go.jp/", EvidenceKind.NATIONAL_PLAN, "第4.0版");
        Indicator kgi = new Indicator(IndicatorKind.KGI, "デジタル手続の利用率", "80", "%", "庁内システム集計", 2030);
        Indicator kpi = new Indicator(IndicatorKind.KPI_OUTPUT, "研修受講者数", "200", "人", "研修記録", null);
        Measure m1 = new Measure("B01", "G1", "推進リーダーの任命", "各課に1名", "人事課", 30_000_000L, 5_000_000L, 2,
                2027, List.of("B02"), List.of("P1"), List.of(kpi), List.of(ev), null);
        Measure m2 = new Measure("B02", "G1", "研修体系の整備", "", "情報政策課", 10_000_000L, 0, 1, null, List.of(),
                List.of(), List.of(), List.of(), 2027);
        Measure m3 = Measure.of("B03", "G2", "窓口のオンライン化");
        return new Plan("テスト計画", "テスト区", "説明\n二行目", "まとめ", new FiscalYears(2026, 2030),
                Budget.byYear(budget), List.of(new Tier("S", 85), new Tier("A", 60), new Tier("B", 0)), criteria, ahp,
                List.of(new Pillar("people", "人材・組織", "人の面"), new Pillar("service", "サービス", "")),
                List.of(new MeasureGroup("G1", "people", "支援策①", "目的", List.of(kgi), List.of(ev)),
                        new MeasureGroup("G2", "service", "支援策②", "", List.of(), List.of())),
                List.of(m1, m2, m3),
                List.of(new Significance(Stakeholder.RESIDENTS, "住民の利便性")),
                List.of(new Problem("P1", Stakeholder.ADMINISTRATION, "人材不足", "DX人材が足りない", "サービス低下",
                        List.of(ev))),
                List.of(new PeerCase("渋谷区", "ノーコード活用", "職員が自ら開発", "トップの理解", "年間5万時間削減",
                        List.of(new Evidence("事例記事", "https://example.jp/a", EvidenceKind.PEER_CASE, "")),
                        List.of("G1"))),
                List.of(new TimelineEntry(2021, "デジタル庁発足", "デジタル庁")),
                List.of(new Rater("r1", "企画課"), new Rater("r2", "情報政策課")),
                List.of(new Score("B01", "speed", "r1", 4, "早い", Instant.parse("2026-11-01T09:00:00Z")),
                        Score.of("B01", "speed", "r2", 3.5),
                        Score.of("B01", "cost", "r1", 7),
                        new Score("B02", "evidence", "r2", 5, "国の計画あり", null)),
                List.of(new Scenario("財政重視", Map.of("cost", 40.0)),
                        new Scenario("均等", new LinkedHashMap<>(Map.of("speed", 1.0)))));
    }
}
