package org.kaname.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kaname.chart.Chart;
import org.kaname.chart.RankRangeChart;
import org.kaname.chart.TierProbabilityChart;
import org.kaname.engine.MeasureOutcome;
import org.kaname.engine.MonteCarloResult;
import org.kaname.engine.RankedMeasure;

/**
 * How firm the ranking is: a Monte Carlo run (raters' values redrawn, weights shaken) read out in plain sentences —
 * "S1-1 は 97% のサンプルで「高」のまま" — then the tier probabilities and rank ranges as charts and a table.
 */
final class RobustnessSection {
    /** Sentences are written for this many measures from the top; the table covers all. */
    static final int SENTENCES = 30;

    private final ReportContext ctx;

    RobustnessSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write() throws IOException {
        ReportTexts t = ctx.texts;
        ctx.startSection(t.get("robust.title"));
        if (ctx.data.monteCarlo().isEmpty()) {
            ctx.empty(ctx.data.ranking().isEmpty()
                    ? t.get("ranking.unavailable", ctx.data.rankingProblem().orElse(""))
                    : t.get("robust.none"));
            return;
        }
        MonteCarloResult mc = ctx.data.monteCarlo().get();
        ctx.para(t.get("robust.method", ReportTexts.integer(mc.options().samples()),
                Math.round(mc.options().spread() * 100), String.valueOf(mc.options().seed())));
        ctx.h2(t.get("robust.reading"));
        List<MeasureOutcome> outcomes = mc.outcomes();
        for (MeasureOutcome o : outcomes.subList(0, Math.min(SENTENCES, outcomes.size()))) {
            ctx.bullet(sentence(o, mc.tierNames()));
        }
        if (outcomes.size() > SENTENCES) {
            ctx.bullet(t.get("robust.moreInTable", outcomes.size() - SENTENCES));
        }
        List<String> tiers = mc.tierNames().stream().map(ctx.layout.font()::clean).toList();
        Function<List<MeasureOutcome>, Chart> tierChart = chunk -> new TierProbabilityChart(tiers, chunk.stream()
                .map(o -> new TierProbabilityChart.Row(label(o), tiers(o, mc.tierNames()))).toList(),
                ctx.chartStyle());
        ctx.h2(t.get("robust.tiers"), ChartPager.minHeight(ctx.layout, outcomes, tierChart));
        ChartPager.draw(ctx.layout, outcomes, tierChart);
        int maxRank = outcomes.size();
        Function<List<MeasureOutcome>, Chart> rankChart = chunk -> new RankRangeChart(chunk.stream()
                .map(o -> new RankRangeChart.Row(label(o), o.baseRank(), o.rankP5(), o.rankP95(), o.meanRank()))
                .toList(), maxRank, t.get("robust.legend.range"), t.get("robust.legend.base"),
                t.get("robust.legend.mean"), t.get("robust.axis"), ctx.chartStyle());
        ctx.h2(t.get("robust.ranks"), ChartPager.minHeight(ctx.layout, outcomes, rankChart));
        ChartPager.draw(ctx.layout, outcomes, rankChart);
        ctx.h2(t.get("robust.table"));
        List<Table.Column> cols = new ArrayList<>();
        cols.add(Table.Column.right(t.get("col.rank"), 6));
        cols.add(Table.Column.left(t.get("col.measure"), 36));
        cols.add(Table.Column.right(t.get("col.meanRank"), 9));
        cols.add(Table.Column.right(t.get("col.range90"), 10));
        for (String tier : mc.tierNames()) {
            cols.add(Table.Column.right(t.get("col.probTier", tier), 9));
        }
        cols.add(Table.Column.right(t.get("col.probFirst"), 10.5f));
        Table table = new Table(cols);
        for (MeasureOutcome o : outcomes) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(o.baseRank()));
            row.add(o.measureId() + " " + o.title());
            row.add(String.format(java.util.Locale.ROOT, "%.1f", o.meanRank()));
            row.add(range(o));
            for (String tier : mc.tierNames()) {
                row.add(ReportTexts.percent(o.tierProbabilities().getOrDefault(tier, 0.0)));
            }
            row.add(ReportTexts.percent(o.probabilityFirst()));
            table.row(row);
        }
        ctx.table(table);
        if (!mc.unscored().isEmpty()) {
            ctx.note(t.get("robust.unscored", t.list(mc.unscored())));
        }
    }

    /** The plain-language reading of one measure's outcome. */
    String sentence(MeasureOutcome o, List<String> tierNames) {
        ReportTexts t = ctx.texts;
        String tier = ctx.data.ranking().flatMap(r -> r.find(o.measureId())).map(RankedMeasure::tier).orElse("");
        double stay = o.tierProbabilities().getOrDefault(tier, 0.0);
        String ranks = o.rankP5() == o.rankP95() ? t.get("robust.rankExact", o.rankP5())
                : t.get("robust.rankRange", o.rankP5(), o.rankP95());
        StringBuilder b = new StringBuilder();
        if (stay >= 0.95) {
            b.append(t.get("robust.stays", o.measureId(), ReportTexts.percent(stay), tier));
        } else {
            String other = "";
            double otherP = -1;
            for (Map.Entry<String, Double> e : o.tierProbabilities().entrySet()) {
                if (!e.getKey().equals(tier) && e.getValue() > otherP) {
                    other = e.getKey();
                    otherP = e.getValue();
                }
            }
            b.append(t.get("robust.moves", o.measureId(), ReportTexts.percent(stay), tier, ReportTexts.percent(otherP),
                    other));
        }
        b.append(ranks);
        if (o.probabilityFirst() >= 0.05) {
            b.append(t.get("robust.first", ReportTexts.percent(o.probabilityFirst())));
        }
        return b.toString();
    }

    private String label(MeasureOutcome o) {
        return ctx.layout.font().clean(o.baseRank() + ". " + o.measureId() + " " + o.title());
    }

    private static List<Double> tiers(MeasureOutcome o, List<String> names) {
        return names.stream().map(n -> o.tierProbabilities().getOrDefault(n, 0.0)).toList();
    }

    private String range(MeasureOutcome o) {
        return o.rankP5() == o.rankP95() ? String.valueOf(o.rankP5()) : o.rankP5() + "–" + o.rankP95();
    }
}
