package org.kaname.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.kaname.engine.RankedMeasure;
import org.kaname.engine.Ranking;
import org.kaname.engine.Summaries;
import org.kaname.engine.Summary;
import org.kaname.engine.roadmap.DeferralReason;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapStatus;
import org.kaname.engine.roadmap.RoadmapTexts;
import org.kaname.engine.roadmap.ScheduledMeasure;
import org.kaname.model.Budget;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.Pillar;
import org.kaname.model.Rater;
import org.kaname.model.Tier;

/**
 * The summary a director reads first: the plan in brief, the top measures of each tier, the measures the roadmap
 * had to defer and why, the support measures and pillars at a glance, and one generated paragraph saying on what
 * basis the ranking was made.
 */
final class SummarySection {
    /** Measures listed by name per tier; the rest are counted. */
    static final int TOP_PER_TIER = 10;

    private final ReportContext ctx;

    SummarySection(ReportContext ctx) {
        this.ctx = ctx;
    }

    void write() throws IOException {
        ReportTexts t = ctx.texts;
        Plan plan = ctx.data.plan();
        ctx.startSection(t.get("summary.title"));
        ctx.h2(t.get("summary.basis"));
        ctx.para(basis());
        ctx.h2(t.get("summary.top"));
        if (ctx.data.ranking().isEmpty()) {
            ctx.empty(t.get("ranking.unavailable", ctx.data.rankingProblem().orElse("")));
        } else {
            topPerTier(ctx.data.ranking().get());
        }
        if (ctx.data.roadmap().isPresent()) {
            deferrals(ctx.data.roadmap().get());
        }
        ctx.h2(t.get("summary.groups"));
        summaryTable(withOutside(ctx.data.groupSummaries(), Summaries::outsideGroups), true);
        if (!ctx.data.pillarSummaries().isEmpty()) {
            ctx.h2(t.get("summary.pillars"));
            summaryTable(withOutside(ctx.data.pillarSummaries(), Summaries::outsidePillars), false);
        }
        ctx.h2(t.get("summary.plan"));
        if (plan.fiscalYears() != null) {
            ctx.field(t.get("cover.horizon"), t.get("range", t.fiscalYear(plan.fiscalYears().start()),
                    t.fiscalYear(plan.fiscalYears().end())));
        }
        ctx.field(t.get("summary.budget"), budget(plan.budget()));
        for (String p : plan.description().split("\n")) {
            ctx.para(p);
        }
        if (!plan.summary().isBlank()) {
            ctx.h2(t.get("summary.conclusion"));
            for (String p : plan.summary().split("\n")) {
                ctx.para(p);
            }
        }
    }

    private String budget(Budget b) {
        ReportTexts t = ctx.texts;
        if (b.isUnlimited()) {
            return t.get("budget.unlimited");
        }
        if (b.uniform() != null) {
            return t.get("budget.uniform", ReportTexts.thousandYen(b.uniform()));
        }
        return b.byYear().entrySet().stream()
                .map(e -> t.fiscalYear(e.getKey()) + " " + t.get("money.thousand", ReportTexts.thousandYen(e.getValue())))
                .collect(Collectors.joining(t.isJapanese() ? "、" : "; "));
    }

    /** The generated paragraph: criteria with weights, the weighting method, the raters, the tiers, the result. */
    String basis() {
        ReportTexts t = ctx.texts;
        Plan plan = ctx.data.plan();
        Map<String, Double> w = ctx.data.weights();
        List<String> criteria = new ArrayList<>();
        for (Criterion c : plan.criteria()) {
            Double weight = w.get(c.id());
            criteria.add(weight == null ? c.name() : t.get("basis.criterion", c.name(), ReportTexts.weightPercent(weight)));
        }
        List<String> raters = plan.raters().stream().map(Rater::name).toList();
        StringBuilder b = new StringBuilder();
        if (plan.criteria().isEmpty()) {
            b.append(t.get("basis.noCriteria"));
        } else {
            b.append(t.get("basis.criteria", plan.criteria().size(), t.list(criteria)));
            b.append(t.get("basis.raters", plan.raters().size(), t.list(raters)));
            b.append(t.get("basis.method", t.get("method." + plan.weighting().method().code())));
            ctx.data.ahp().flatMap(a -> a.consistencyRatio().isPresent()
                    ? java.util.Optional.of(a.consistencyRatio().getAsDouble()) : java.util.Optional.empty())
                    .ifPresent(cr -> b.append(t.get("basis.cr", String.format(java.util.Locale.ROOT, "%.3f", cr))));
        }
        List<String> tiers = new ArrayList<>();
        List<Tier> ordered = ctx.data.ranking().map(Ranking::tiers).orElse(plan.tiers());
        for (Tier tier : ordered) {
            tiers.add(t.get("basis.tier", tier.name(), ReportTexts.number(tier.minScore())));
        }
        b.append(t.get("basis.tiers", t.list(tiers)));
        ctx.data.ranking().ifPresent(r -> {
            List<RankedMeasure> ranked = r.ranked();
            if (!ranked.isEmpty() && !ordered.isEmpty()) {
                String top = ordered.get(0).name();
                long inTop = ranked.stream().filter(m -> m.tier().equals(top)).count();
                b.append(t.get("basis.result", ranked.size(), top, inTop, ctx.measureLabel(ranked.get(0).measureId()),
                        ReportTexts.score(ranked.get(0).score().getAsDouble())));
            }
            if (!r.unscored().isEmpty()) {
                b.append(t.get("basis.unscored", r.unscored().size()));
            }
        });
        return b.toString();
    }

    private void topPerTier(Ranking ranking) throws IOException {
        ReportTexts t = ctx.texts;
        boolean any = false;
        for (Tier tier : ranking.tiers()) {
            List<RankedMeasure> in = ranking.ranked().stream().filter(m -> m.tier().equals(tier.name())).toList();
            if (in.isEmpty()) {
                continue;
            }
            any = true;
            ctx.h3(t.get("summary.tierHeading", ctx.tierWithMark(tier.name()), in.size()));
            for (RankedMeasure m : in.subList(0, Math.min(TOP_PER_TIER, in.size()))) {
                ctx.bullet(t.get("summary.topItem", ctx.rankText(m), m.measureId(), m.title(), ctx.scoreText(m)));
            }
            if (in.size() > TOP_PER_TIER) {
                ctx.bullet(t.get("summary.more", in.size() - TOP_PER_TIER));
            }
        }
        if (!any) {
            ctx.empty(t.get("summary.noRanked"));
        }
    }

    /**
     * Every measure the roadmap could not place, with the scheduler's reason and, when money is the reason, how much
     * more would let it start: a director must not learn of a deferred core measure only on the roadmap's last page.
     * Amounts in 千円, rounded up (the money that would make it fit), as in the reason itself.
     */
    private void deferrals(Roadmap roadmap) throws IOException {
        ReportTexts t = ctx.texts;
        RoadmapTexts rt = RoadmapTexts.of(t.language().locale());
        List<ScheduledMeasure> deferred = roadmap.withStatus(RoadmapStatus.DEFERRED).stream()
                .sorted(Comparator.comparingInt((ScheduledMeasure r) -> r.rank().orElse(Integer.MAX_VALUE))).toList();
        ctx.h2(t.get("summary.deferred"));
        if (deferred.isEmpty()) {
            ctx.para(t.get("summary.noDeferred"));
            return;
        }
        ctx.para(t.get("summary.deferredLead", deferred.size()));
        for (ScheduledMeasure r : deferred) {
            String item = t.get("summary.deferredItem", r.measureId(), r.title(), ctx.tierWithMark(r.tier()),
                    rt.reason(r));
            if (r.reason().orElse(null) instanceof DeferralReason.OverBudget o) {
                item += t.get("summary.deferredFit", rt.shortfall(o.shortfall()), t.fiscalYear(o.closestStart()));
            }
            ctx.bullet(item);
        }
    }

    /**
     * The summaries with, last, the measures outside them all (支援策なし / 柱なし; the empty id marks it), so every
     * measure is counted somewhere; a plan with no groups at all gets no such row, the table saying so instead.
     */
    private List<Summary> withOutside(List<Summary> summaries, BiFunction<Plan, Ranking, Optional<Summary>> outside) {
        if (summaries.isEmpty() || ctx.data.ranking().isEmpty()) {
            return summaries;
        }
        List<Summary> all = new ArrayList<>(summaries);
        outside.apply(ctx.data.plan(), ctx.data.ranking().get()).ifPresent(all::add);
        return all;
    }

    private void summaryTable(List<Summary> summaries, boolean groups) throws IOException {
        ReportTexts t = ctx.texts;
        if (summaries.isEmpty()) {
            ctx.empty(t.get(groups ? "summary.noGroups" : "summary.noPillars"));
            return;
        }
        Table table = groups
                ? Table.of(Table.Column.left(t.get("col.group"), 40), Table.Column.left(t.get("col.pillar"), 14),
                        Table.Column.right(t.get("col.count"), 8), Table.Column.right(t.get("col.mean"), 10),
                        Table.Column.left(t.get("col.tier"), 10), Table.Column.left(t.get("col.breakdown"), 18))
                : Table.of(Table.Column.left(t.get("col.pillar"), 54),
                        Table.Column.right(t.get("col.count"), 8), Table.Column.right(t.get("col.mean"), 10),
                        Table.Column.left(t.get("col.tier"), 10), Table.Column.left(t.get("col.breakdown"), 18));
        for (Summary s : summaries) {
            String mean = s.meanScore().isPresent() ? ReportTexts.score(s.meanScore().getAsDouble()) : ReportTexts.NONE;
            String breakdown = s.countByTier().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(t.isJapanese() ? "・" : ", "));
            boolean outside = s.id().isEmpty();
            if (groups) {
                // A plan without pillars leaves the column empty; in one with pillars, a group outside them says so.
                String pillar = ctx.data.plan().pillars().isEmpty() ? ReportTexts.NONE : ctx.data.plan().group(s.id())
                        .flatMap(g -> ctx.data.plan().pillars().stream().filter(p -> p.id().equals(g.pillar()))
                                .findFirst()).map(Pillar::name).orElse(t.get("pillar.none"));
                table.row(outside ? t.get("group.none") : s.name(), pillar, String.valueOf(s.measureCount()), mean,
                        ctx.tierWithMark(s.tier()), breakdown);
            } else {
                table.row(outside ? t.get("pillar.none") : s.name(), String.valueOf(s.measureCount()), mean,
                        ctx.tierWithMark(s.tier()), breakdown);
            }
        }
        if (!groups || ctx.data.pillarSummaries().isEmpty()) {
            ctx.table(table, t.get("summary.meanNote"));
        } else {
            ctx.table(table);
        }
    }
}
