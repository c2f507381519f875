package org.kaname.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kaname.chart.ContributionChart;
import org.kaname.engine.RankedMeasure;
import org.kaname.engine.Ranking;
import org.kaname.engine.ScenarioComparison;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.Tier;

/**
 * The ranking table (rank, measure, support measure, score, tier with a mark), the contribution chart, and the
 * ranking under each comparison scenario.
 */
final class RankingSection {
    /** Measures named per scenario in its reading. */
    static final int SCENARIO_TOP = 3;
    /** Rows of the scenario table; a plan of hundreds of measures gets its top ranks, the rest counted. */
    static final int SCENARIO_ROWS = 50;

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
        if (!withParts.isEmpty()) {
            contribution(withParts);
        }
        if (ctx.data.scenarios().isPresent()) {
            scenarios(ctx.data.scenarios().get());
        }
    }

    private void contribution(List<RankedMeasure> withParts) throws IOException {
        ReportTexts t = ctx.texts;
        Plan plan = ctx.data.plan();
        List<String> series = plan.criteria().stream().map(c -> ctx.layout.font().clean(c.name())).toList();
        java.util.function.Function<List<RankedMeasure>, org.kaname.chart.Chart> chart = chunk ->
                new ContributionChart(series, bars(plan, chunk), 100, t.get("ranking.axis"), ctx.chartStyle(), 1);
        ctx.h2(t.get("ranking.contribution"), 2 * Styles.BODY_LEADING + ChartPager.minHeight(ctx.layout, withParts, chart));
        ctx.para(t.get("ranking.contribution.text"));
        ChartPager.draw(ctx.layout, withParts, chart);
    }

    /**
     * The ranking under each comparison scenario beside the plan's own: for each scenario, who comes first and how
     * many measures change tier, then a table of every scored measure's rank per column (plan order of ranks), so
     * a council member sees whether another weighting would change the decision, not only how the weights differ.
     */
    private void scenarios(ScenarioComparison sc) throws IOException {
        ReportTexts t = ctx.texts;
        ctx.h2(t.get("ranking.scenarios"));
        ctx.para(t.get("ranking.scenarios.lead"));
        for (int c = 1; c < sc.columns().size(); c++) {
            Ranking r = sc.rankings().get(c);
            int column = c;
            long changed = sc.rows().stream().filter(row -> row.ranks().get(0).isPresent()
                    && !row.tiers().get(column).equals(row.tiers().get(0))).count();
            String first = r.ranked().isEmpty() ? ReportTexts.NONE : ctx.measureLabel(r.ranked().get(0).measureId());
            List<String> top = r.ranked().stream().limit(SCENARIO_TOP).map(RankedMeasure::measureId).toList();
            ctx.bullet(t.get("ranking.scenario.reading", sc.columns().get(c), first, top.size(), t.list(top),
                    changed));
        }
        List<Table.Column> cols = new ArrayList<>();
        cols.add(Table.Column.left(t.get("col.measure"), 40));
        cols.add(Table.Column.right(t.get("criteria.own"), 10));
        for (int c = 1; c < sc.columns().size(); c++) {
            cols.add(Table.Column.right(sc.columns().get(c), 10));
        }
        cols.add(Table.Column.right(t.get("col.rankChange"), 9));
        Table table = new Table(cols);
        List<ScenarioComparison.Row> rows = sc.rows().stream().filter(row -> row.ranks().get(0).isPresent())
                .sorted(java.util.Comparator.comparingInt(row -> row.ranks().get(0).getAsInt())).toList();
        for (ScenarioComparison.Row row : rows.subList(0, Math.min(SCENARIO_ROWS, rows.size()))) {
            List<String> cells = new ArrayList<>();
            cells.add(row.measureId() + " " + row.title());
            for (int c = 0; c < sc.columns().size(); c++) {
                java.util.OptionalInt rank = row.ranks().get(c);
                String mark = ctx.tierWithMark(row.tiers().get(c));
                cells.add(rank.isPresent() ? rank.getAsInt() + " " + mark.substring(0, mark.indexOf(' '))
                        : ReportTexts.NONE);
            }
            cells.add(row.rankChange() == 0 ? ReportTexts.NONE : String.valueOf(row.rankChange()));
            table.row(cells);
        }
        String note = t.get("ranking.scenarios.note");
        if (rows.size() > SCENARIO_ROWS) {
            note += t.get("ranking.scenarios.more", rows.get(SCENARIO_ROWS - 1).ranks().get(0).getAsInt());
        }
        ctx.table(table, note);
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
