package org.kaname.ui.projection;

import java.util.ArrayList;
import java.util.List;
import org.kaname.chart.DistributionChart;
import org.kaname.i18n.Messages;
import org.kaname.model.Plan;
import org.kaname.model.ScoringRound;
import org.kaname.ui.projection.PageBlock.ChartBlock;

/**
 * After a round is revealed: one page per measure of the round with the spread of that round's scores per criterion
 * (the same {@link DistributionChart} as the workshop screen and the report). Never for an open round.
 */
final class DistributionPages {
    private final Messages m;

    DistributionPages(Messages m) {
        this.m = m;
    }

    List<ProjectionPage> pages(Plan plan, ScoringRound round, ProjectionPages.SectionMaker maker) {
        List<ProjectionPage> pages = new ArrayList<>();
        if (round.isOpen()) {
            return pages;
        }
        String mean = m.get("round.mean");
        for (String id : round.measures()) {
            String title = plan.measure(id).map(x -> x.id() + "　" + x.title()).orElse(id);
            ChartBlock chart = new ChartBlock(m.get("round.distributionAccessible", title),
                    style -> DistributionChart.of(plan, id, round.scores(), round.anonymous(), mean, style),
                    PageGeometry.LINE * 2 * Math.max(1, plan.criteria().size()), PageGeometry.CHART_FONT_MAX,
                    PageGeometry.CHART_FONT_MAX);
            pages.addAll(maker.section(round.number() + ":" + id, PageKind.DISTRIBUTION,
                    m.get("round.distributionTitle", title),
                    m.get(round.anonymous() ? "round.distributionSubtitleAnonymous" : "round.distributionSubtitle",
                            Integer.toString(round.number()), round.title()),
                    List.of(chart)));
        }
        return pages;
    }
}
