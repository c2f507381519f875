package org.kaname.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kaname.chart.ContributionChart;
import org.kaname.engine.RankedMeasure;
import org.kaname.engine.Ranking;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.Tier;

/** The ranking table (rank, measure, support measure, score, tier with a mark) and the contribution chart. */
final class RankingSection {
    private final ReportContext ctx;

    RankingSection(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write() throws IOException {
        ReportTexts t = ctx.texts;
        ctx.startSection(t.get("ranking.title"));
        if (ctx.data.ranking().isEmpty()) {
            ctx.empty(t.get("ranking.unavailable", ctx.data.rankingProblem().orElse("")));
            return;
        }
        Ranking ranking = ctx.data.ranking().get();
        if (ranking.measures().isEmpty()) {
            ctx.empty(t.get("ranking.noMeasures"));
            return;
        }
        ctx.para(t.get("ranking.lead", tiersText(ranking)));
        // A plan without support measures has no column for them (it would say 支援策なし on every row).
        boolean grouped = !ctx.data.plan().groups().isEmpty();
        Table table = grouped
                ? Table.of(Table.Column.right(t.get("col.rank"), 7), Table.Column.left(t.get("col.id"), 9),
                        Table.Column.left(t.get("col.measure"), 48), Table.Column.left(t.get("col.groupShort"), 14),
                        Table.Column.right(t.get("col.score"), 10), Table.Column.left(t.get("col.tier"), 12))
                : Table.of(Table.Column.right(t.get("col.rank"), 7), Table.Column.left(t.get("col.id"), 9),
                        Table.Column.left(t.get("col.measure"), 62),
                        Table.Column.right(t.get("col.score"), 10), Table.Column.left(t.get("col.tier"), 12));
        for (RankedMeasure m : ranking.measures()) {
            if (grouped) {
                table.row(ctx.rankText(m), m.measureId(), m.title(), shortGroup(m.groupId()), ctx.scoreText(m),
                        ctx.tierWithMark(m.tier()));
            } else {
                table.row(ctx.rankText(m), m.measureId(), m.title(), ctx.scoreText(m), ctx.tierWithMark(m.tier()));
            }
        }
        ctx.table(table, t.get("ranking.note"));
        List<RankedMeasure> withParts = ranking.ranked().stream().filter(m -> !m.contributionByCriterion().isEmpty())
                .toList();
        if (withParts.isEmpty()) {
            return;
        }
        Plan plan = ctx.data.plan();
        List<String> series = plan.criteria().stream().map(c -> ctx.layout.font().clean(c.name())).toList();
        java.util.function.Function<List<RankedMeasure>, org.kaname.chart.Chart> chart = chunk ->
                new ContributionChart(series, bars(plan, chunk), 100, t.get("ranking.axis"), ctx.chartStyle());
        ctx.h2(t.get("ranking.contribution"), 2 * Styles.BODY_LEADING + ChartPager.minHeight(ctx.layout, withParts, chart));
        ctx.para(t.get("ranking.contribution.text"));
        ChartPager.draw(ctx.layout, withParts, chart);
    }

    private List<ContributionChart.Bar> bars(Plan plan, List<RankedMeasure> measures) {
        List<ContributionChart.Bar> bars = new ArrayList<>();
        for (RankedMeasure m : measures) {
            List<Double> values = new ArrayList<>();
            for (Criterion c : plan.criteria()) {
                values.add(m.contributionByCriterion().getOrDefault(c.id(), 0.0));
            }
            bars.add(new ContributionChart.Bar(ctx.layout.font().clean(ctx.rankText(m) + ". " + m.measureId() + " "
                    + m.title()), values));
        }
        return bars;
    }

    private String tiersText(Ranking ranking) {
        List<String> parts = new ArrayList<>();
        for (Tier tier : ranking.tiers()) {
            parts.add(ctx.texts.get("basis.tier", ctx.tierWithMark(tier.name()), ReportTexts.number(tier.minScore())));
        }
        return ctx.texts.list(parts);
    }

    /**
     * A support measure's short name for a narrow column: the part of its title before a colon (支援策① of
     * 支援策①：…) when that part is short, else its id; 支援策なし for a measure in none.
     */
    String shortGroup(String groupId) {
        if (groupId == null) {
            return ctx.texts.get("group.none");
        }
        String title = ctx.data.plan().group(groupId).map(g -> g.title()).orElse("");
        for (String sep : new String[] {"：", ":"}) {
            int i = title.indexOf(sep);
            if (i > 0 && i <= 10) {
                return title.substring(0, i);
            }
        }
        return groupId;
    }
}
