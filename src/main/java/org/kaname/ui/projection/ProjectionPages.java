package org.kaname.ui.projection;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.kaname.chart.GanttChart;
import org.kaname.engine.EngineException;
import org.kaname.engine.RankedMeasure;
import org.kaname.engine.Ranking;
import org.kaname.engine.RankingService;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapCycleException;
import org.kaname.engine.roadmap.RoadmapScheduler;
import org.kaname.engine.roadmap.RoadmapTexts;
import org.kaname.engine.roadmap.ScheduledMeasure;
import org.kaname.engine.roadmap.YearBudget;
import org.kaname.engine.workshop.AnonymousRaters;
import org.kaname.engine.workshop.CellSpread;
import org.kaname.engine.workshop.Disagreements;
import org.kaname.engine.workshop.RaterProgress;
import org.kaname.engine.workshop.RaterValue;
import org.kaname.engine.workshop.RoundProgress;
import org.kaname.engine.workshop.Rounds;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Evidence;
import org.kaname.model.Indicator;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.ScoringRound;
import org.kaname.model.Tier;
import org.kaname.ui.EngineMessages;
import org.kaname.ui.projection.PageBlock.Bullet;
import org.kaname.ui.projection.PageBlock.ChartBlock;
import org.kaname.ui.projection.PageBlock.Contrast;
import org.kaname.ui.projection.PageBlock.Heading;
import org.kaname.ui.projection.PageBlock.Notice;
import org.kaname.ui.projection.PageBlock.Paragraph;
import org.kaname.ui.projection.PageBlock.ProgressRow;
import org.kaname.ui.projection.PageBlock.RankRow;

/**
 * Builds the slide show of a plan, in words: the criteria, one page per measure in ranking order, the ranking, the
 * disagreements, the scoring round (its progress while open — never a value — or the distributions once revealed)
 * and the roadmap. Long sections continue on further pages. Pure: no screen needed, so it is tested directly.
 */
public final class ProjectionPages {
    /** How many disputed cells the room looks at (the top of the list is where the discussion goes). */
    static final int TOP_DISAGREEMENTS = 6;
    private static final String[] TIER_MARKS = {"◎", "○", "△", "□", "・"};

    private final Messages m;
    private final RankingService rankings;
    private final RoadmapScheduler scheduler;
    private final RoadmapTexts roadmapTexts;
    private final DistributionPages distributions;

    private final PageMeasure pageMeasure;

    /** The projection's texts. */
    static final String BUNDLE = "org.kaname.ui.projection.messages";

    /** Pages dealt with character-count estimates: no screen needed. */
    public ProjectionPages(Locale locale, RankingService rankings) {
        this(locale, rankings, new EstimatedMeasure());
    }

    ProjectionPages(Locale locale, RankingService rankings, PageMeasure measure) {
        this(Messages.of(BUNDLE, locale), rankings, measure);
    }

    /** {@code messages}: the projection's bundle ({@link #BUNDLE}) in the room's language. */
    ProjectionPages(Messages messages, RankingService rankings, PageMeasure measure) {
        this.pageMeasure = measure;
        this.m = messages;
        this.rankings = rankings;
        this.scheduler = new RoadmapScheduler(rankings);
        this.roadmapTexts = RoadmapTexts.of(messages.locale());
        this.distributions = new DistributionPages(m);
    }

    Messages messages() {
        return m;
    }

    public List<ProjectionPage> build(Plan plan) {
        return build(plan, done -> { });
    }

    /**
     * The pages, telling {@code progress} the share of the sections dealt so far (0..1): one section per measure,
     * so a plan of 2,000 measures moves the bar steadily.
     */
    List<ProjectionPage> build(Plan plan, DoubleConsumer progress) {
        Ranking ranking;
        String rankingProblem = "";
        try {
            ranking = rankings.rank(plan);
        } catch (EngineException e) {
            ranking = null;
            rankingProblem = EngineMessages.of(e, m.locale());
        }
        // The criteria, each measure, the ranking, the disagreements, the round and the roadmap.
        double sections = plan.measures().size() + 5.0;
        int[] done = {0};
        Runnable step = () -> progress.accept(Math.min(1, ++done[0] / sections));
        List<ProjectionPage> pages = new ArrayList<>();
        pages.addAll(criteria(plan, ranking));
        step.run();
        pages.addAll(measures(plan, ranking, step));
        pages.addAll(ranking(plan, ranking, rankingProblem));
        step.run();
        pages.addAll(disagreements(plan));
        step.run();
        pages.addAll(round(plan));
        step.run();
        pages.addAll(roadmap(plan, ranking, rankingProblem));
        progress.accept(1);
        return List.copyOf(pages);
    }

    /**
     * A section's blocks dealt onto as many pages as they need; continued pages say so in their title. Before a
     * section breaks onto another page it is set tighter — spacing first, then the type a little — when that saves
     * the page, so a continued page never holds a stray line or two.
     */
    private List<ProjectionPage> section(String key, PageKind kind, String title, String subtitle,
                                         List<PageBlock> blocks) {
        return section(key, kind, title, subtitle, null, blocks);
    }

    private List<ProjectionPage> section(String key, PageKind kind, String title, String subtitle, Standing standing,
                                         List<PageBlock> blocks) {
        String continuedTitle = m.get("continued", title);
        // Pages after the first may have a longer title; deal with the smaller body so every page fits.
        double body = Math.min(pageMeasure.bodyHeight(title, subtitle, standing),
                pageMeasure.bodyHeight(continuedTitle, subtitle, standing));
        PageFit fit = PageFit.NORMAL;
        List<List<PageBlock>> dealt = new Paginator(pageMeasure, fit).paginate(blocks, body);
        for (PageFit tighter : PageFit.TIGHTER) {
            if (dealt.size() == 1) {
                break;
            }
            List<List<PageBlock>> fewer = new Paginator(pageMeasure, tighter).paginate(blocks, body);
            if (fewer.size() < dealt.size()) {
                dealt = fewer;
                fit = tighter;
                break;
            }
        }
        List<ProjectionPage> pages = new ArrayList<>();
        for (int i = 0; i < dealt.size(); i++) {
            pages.add(new ProjectionPage(kind.code() + ":" + key + ":" + (i + 1), kind,
                    i == 0 ? title : continuedTitle, subtitle, dealt.get(i), i + 1, dealt.size(), fit, standing));
        }
        return pages;
    }

    // (a) criteria ------------------------------------------------------------------------------------------------

    private List<ProjectionPage> criteria(Plan plan, Ranking ranking) {
        List<PageBlock> blocks = new ArrayList<>();
        Map<String, Double> weights = ranking != null ? ranking.weights() : Map.of();
        double sum = plan.criteria().stream().mapToDouble(Criterion::weight).sum();
        int n = 1;
        for (Criterion c : plan.criteria()) {
            double w = weights.getOrDefault(c.id(), sum > 0 ? c.weight() / sum : 0);
            // Name, weight and scale on one line, the definition under it: five criteria fit one page.
            blocks.add(new Heading(m.get("criteria.heading", circled(n++) + " " + c.name(), percent(w),
                    m.get("criteria.scale", Integer.toString(c.scale().min()), Integer.toString(c.scale().max()),
                            m.get("criteria.direction." + c.direction().code())))));
            if (!c.description().isBlank()) {
                blocks.add(new Paragraph(c.description(), false));
            }
        }
        if (blocks.isEmpty()) {
            blocks.add(new Notice(m.get("criteria.none")));
        }
        return section("all", PageKind.CRITERIA, m.get("criteria.title"),
                m.get("criteria.subtitle", plan.title(), Integer.toString(plan.criteria().size())), blocks);
    }

    // (b) one measure per page --------------------------------------------------------------------------------------

    private List<ProjectionPage> measures(Plan plan, Ranking ranking, Runnable step) {
        List<String> order = ranking != null ? ranking.measures().stream().map(RankedMeasure::measureId).toList()
                : plan.measures().stream().map(Measure::id).toList();
        List<ProjectionPage> pages = new ArrayList<>();
        for (String id : order) {
            plan.measure(id).ifPresent(measure -> pages.addAll(measure(plan, ranking, measure)));
            step.run();
        }
        return pages;
    }

    private List<ProjectionPage> measure(Plan plan, Ranking ranking, Measure measure) {
        Optional<RankedMeasure> ranked = ranking == null ? Optional.empty() : ranking.find(measure.id());
        // Rank, score and tier large beside the title; the subtitle says where the measure sits in the plan.
        Standing standing = ranked.map(r -> new Standing(
                r.rank().isPresent() ? m.get("measure.rank", Integer.toString(r.rank().getAsInt()))
                        : m.get("measure.unscored"),
                scoreText(r), tierWithMark(ranking, r.tier()), tierIndex(ranking, r.tier()))).orElse(null);
        Optional<MeasureGroup> group = plan.group(measure.group());
        List<PageBlock> blocks = new ArrayList<>();
        Optional<Pillar> pillar = group.flatMap(g -> plan.pillars().stream()
                .filter(p -> p.id().equals(g.pillar())).findFirst());
        String place = String.join("　／　", List.of(pillar.map(p -> m.get("measure.pillar", p.name())).orElse(""),
                group.map(MeasureGroup::title).orElse("")).stream().filter(s -> !s.isBlank()).toList());
        blocks.add(new Heading(m.get("measure.description")));
        blocks.add(new Paragraph(measure.description().isBlank() ? m.get("measure.noDescription")
                : measure.description(), false));
        if (group.isPresent() && !group.get().purpose().isBlank()) {
            blocks.add(new Heading(m.get("measure.purpose")));
            blocks.add(new Paragraph(group.get().purpose(), false));
        }
        blocks.add(new Heading(m.get("measure.evidence")));
        if (measure.evidence().isEmpty()) {
            blocks.add(new Paragraph(m.get("measure.noEvidence"), true));
        }
        for (Evidence e : measure.evidence()) {
            blocks.add(new Bullet(m.get("evidence.title", e.title(), m.get("evidence.kind." + e.kind().code())),
                    String.join("\n", List.of(e.note(), readableUrl(e.url())).stream()
                            .filter(s -> !s.isBlank()).toList())));
        }
        List<Indicator> indicators = measure.indicators();
        boolean fromGroup = indicators.isEmpty() && group.isPresent() && !group.get().indicators().isEmpty();
        if (fromGroup) {
            indicators = group.get().indicators();
        }
        blocks.add(new Heading(m.get(fromGroup ? "measure.groupIndicators" : "measure.indicators")));
        if (indicators.isEmpty()) {
            blocks.add(new Paragraph(m.get("measure.noIndicators"), true));
        }
        for (Indicator i : indicators) {
            blocks.add(new Bullet(m.get("indicator.line", i.kind().label(), i.name()), targetText(i)));
        }
        return section(measure.id(), PageKind.MEASURE, measure.id() + "　" + measure.title(), place, standing, blocks);
    }

    private String targetText(Indicator i) {
        if (i.target().isBlank()) {
            return "";
        }
        String target = i.targetWithUnit()
                + (i.targetYear() == null ? "" : "（" + m.get("indicator.targetYear", i.targetYear().toString()) + "）");
        return m.get("indicator.target", target);
    }

    /** Addresses are shown, never opened (offline PCs); percent-encoded Japanese is decoded so the room can read it. */
    static String readableUrl(String url) {
        if (url.isBlank()) {
            return "";
        }
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    // (c) ranking -------------------------------------------------------------------------------------------------

    private List<ProjectionPage> ranking(Plan plan, Ranking ranking, String problem) {
        List<PageBlock> blocks = new ArrayList<>();
        if (ranking == null) {
            blocks.add(new Notice(m.get("ranking.unavailable", problem)));
        } else {
            for (RankedMeasure r : ranking.measures()) {
                blocks.add(new RankRow(r.rank().isPresent() ? Integer.toString(r.rank().getAsInt()) : "－",
                        r.measureId() + "　" + r.title(), scoreText(r), tierWithMark(ranking, r.tier()),
                        tierIndex(ranking, r.tier())));
            }
            if (blocks.isEmpty()) {
                blocks.add(new Notice(m.get("measure.none")));
            }
        }
        return section("all", PageKind.RANKING, m.get("ranking.title"),
                m.get("ranking.subtitle", Integer.toString(plan.measures().size())), blocks);
    }

    private String scoreText(RankedMeasure r) {
        return r.score().isPresent() ? m.get("ranking.score", oneDecimal(r.score().getAsDouble()))
                : m.get("ranking.noScore");
    }

    static int tierIndex(Ranking ranking, String tier) {
        List<Tier> tiers = ranking.tiers();
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).name().equals(tier)) {
                return i;
            }
        }
        return -1;
    }

    /** The tier as text with a mark that survives a grey projector: ◎ highest, ○, △, □, ・; － unscored. */
    private String tierWithMark(Ranking ranking, String tier) {
        int i = tierIndex(ranking, tier);
        return i < 0 ? "－ " + m.get("tier.unscored") : TIER_MARKS[Math.min(i, TIER_MARKS.length - 1)] + " " + tier;
    }

    // (d) disagreements --------------------------------------------------------------------------------------------

    private List<ProjectionPage> disagreements(Plan plan) {
        // Raters of the latest revealed round, when it was anonymous, appear as letters: the same rule (and the same
        // letters) as the workshop screen and the command line.
        Map<String, String> letters = AnonymousRaters.latestRevealed(plan).filter(ScoringRound::anonymous)
                .map(AnonymousRaters::letters).orElse(Map.of());
        boolean anonymous = !letters.isEmpty();
        List<CellSpread> cells = Disagreements.of(plan).stream().filter(c -> c.relativeSd() > 0)
                .limit(TOP_DISAGREEMENTS).toList();
        List<PageBlock> blocks = new ArrayList<>();
        if (anonymous && !cells.isEmpty()) {
            blocks.add(new Paragraph(m.get("disagreement.anonymous"), true));
        }
        for (CellSpread c : cells) {
            String measure = plan.measure(c.measureId()).map(x -> x.id() + " " + x.title()).orElse(c.measureId());
            String criterion = plan.criterion(c.criterionId()).map(Criterion::name).orElse(c.criterionId());
            String spread = m.get("disagreement.spread", oneDecimal(c.stats().sd()),
                    number(c.stats().max() - c.stats().min()));
            blocks.add(new Contrast(m.get("disagreement.heading", measure, criterion),
                    c.strong() ? m.get("disagreement.strong", spread) : spread,
                    side(c.lowest(), "disagreement.lowest", letters),
                    side(c.highest(), "disagreement.highest", letters)));
        }
        if (cells.isEmpty()) {
            blocks.add(new Notice(m.get("disagreement.none")));
        }
        return section("top", PageKind.DISAGREEMENT, m.get("disagreement.title"),
                m.get("disagreement.subtitle", Integer.toString(cells.size())), blocks);
    }

    private Contrast.Side side(RaterValue v, String key, Map<String, String> letters) {
        String letter = letters.get(v.raterId());
        String label = m.get(key, letter == null ? v.name() : m.get("disagreement.anonymousRater", letter));
        return new Contrast.Side(label, m.get("disagreement.value", number(v.value())),
                v.note().isBlank() ? m.get("disagreement.noNote") : v.note());
    }

    // (e) the scoring round ----------------------------------------------------------------------------------------

    private List<ProjectionPage> round(Plan plan) {
        Optional<ScoringRound> open = plan.openRound();
        if (open.isPresent()) {
            return progress(plan, open.get());
        }
        Optional<ScoringRound> last = plan.rounds().stream().max(Comparator.comparingInt(ScoringRound::number));
        return last.map(r -> distributions.pages(plan, r, this::section)).orElse(List.of());
    }

    /** Counts only: while a round is open its values stay hidden from the room. */
    private List<ProjectionPage> progress(Plan plan, ScoringRound round) {
        RoundProgress progress = Rounds.progress(plan, round);
        List<PageBlock> blocks = new ArrayList<>();
        blocks.add(new Heading(m.get("round.total", Integer.toString(progress.entered()),
                Integer.toString(progress.expected()))));
        for (RaterProgress r : progress.raters()) {
            blocks.add(new ProgressRow(r.name(), m.get("round.count", Integer.toString(r.entered()),
                    Integer.toString(r.expected())), r.complete(),
                    m.get(r.complete() ? "round.done" : "round.pending")));
        }
        return section("round" + round.number(), PageKind.ROUND_PROGRESS,
                m.get("round.progressTitle", Integer.toString(round.number())),
                m.get("round.progressSubtitle", round.title()), blocks);
    }

    /** How {@link DistributionPages} asks for a section without knowing how pages are dealt. */
    @FunctionalInterface
    interface SectionMaker {
        List<ProjectionPage> section(String key, PageKind kind, String title, String subtitle, List<PageBlock> b);
    }

    // (f) roadmap --------------------------------------------------------------------------------------------------

    private List<ProjectionPage> roadmap(Plan plan, Ranking ranking, String rankingProblem) {
        String title = m.get("roadmap.title");
        String subtitle = m.get("roadmap.subtitle");
        if (ranking == null) {
            return section("all", PageKind.ROADMAP, title, subtitle,
                    List.of(new Notice(m.get("roadmap.unavailable", rankingProblem))));
        }
        Roadmap roadmap;
        try {
            roadmap = scheduler.schedule(plan, ranking);
        } catch (RoadmapCycleException e) {
            return section("all", PageKind.ROADMAP, title, subtitle,
                    List.of(new Notice(m.get("roadmap.unavailable", roadmapTexts.cycle(e.cycle())))));
        } catch (EngineException e) {
            return section("all", PageKind.ROADMAP, title, subtitle,
                    List.of(new Notice(m.get("roadmap.unavailable", EngineMessages.of(e, m.locale())))));
        }
        List<ScheduledMeasure> scheduled = roadmap.rows().stream().filter(ScheduledMeasure::isScheduled)
                .sorted(Comparator.comparingInt((ScheduledMeasure r) -> r.start().getAsInt())
                        .thenComparingInt(r -> r.rank().orElse(Integer.MAX_VALUE)))
                .toList();
        if (scheduled.isEmpty()) {
            return section("all", PageKind.ROADMAP, title, subtitle,
                    List.of(new Notice(m.get("roadmap.noneScheduled"))));
        }
        List<GanttChart.YearColumn> years = new ArrayList<>();
        for (YearBudget y : roadmap.budget().values()) {
            years.add(new GanttChart.YearColumn(y.year(), m.get("roadmap.year", Integer.toString(y.year())),
                    era(y.year()), m.get("roadmap.money", thousands(y.spent()))));
        }
        double line = 1.5 * PageGeometry.CHART_FONT;
        double fixed = 2.2 * line + 1.25 * line * 1.2 + 0.3;
        double body = Math.min(pageMeasure.bodyHeight(title, subtitle, null),
                pageMeasure.bodyHeight(m.get("continued", title), subtitle, null));
        int perPage = Math.max(1, (int) Math.floor((body - fixed) / (1.25 * line)));
        List<PageBlock> blocks = new ArrayList<>();
        for (int from = 0; from < scheduled.size(); from += perPage) {
            List<GanttChart.Row> rows = scheduled.subList(from, Math.min(scheduled.size(), from + perPage)).stream()
                    .map(r -> ganttRow(plan, ranking, r)).toList();
            String measureHeader = m.get("roadmap.chart.measure");
            String budgetHeader = m.get("roadmap.chart.budget");
            Function<org.kaname.chart.ChartStyle, org.kaname.chart.Chart> chart =
                    style -> new GanttChart(years, rows, measureHeader, budgetHeader, style).withFittedLabels();
            blocks.add(new ChartBlock(m.get("roadmap.accessible", Integer.toString(rows.size())), chart,
                    fixed + rows.size() * 1.25 * line, PageGeometry.CHART_FONT, PageGeometry.ROADMAP_FONT_MAX));
        }
        return section("all", PageKind.ROADMAP, title, subtitle, blocks);
    }

    private GanttChart.Row ganttRow(Plan plan, Ranking ranking, ScheduledMeasure r) {
        List<String> after = plan.measure(r.measureId()).map(Measure::dependsOn).orElse(List.of());
        String tier = r.tier() + (r.pinned() ? m.get("roadmap.pinned") : "");
        return new GanttChart.Row(r.measureId(), r.measureId() + " " + r.title(), tier, tierIndex(ranking, r.tier()),
                ranking.tiers().size(), r.start().getAsInt(), r.end().getAsInt(), after);
    }

    private String era(int year) {
        int r = org.kaname.model.FiscalYears.reiwa(year);
        return r < 1 ? "" : r == 1 ? m.get("roadmap.eraFirst") : m.get("roadmap.era", Integer.toString(r));
    }

    // formatting ---------------------------------------------------------------------------------------------------

    static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A scale value: whole numbers without a decimal point (ratings are mostly whole). */
    static String number(double v) {
        return v == Math.rint(v) ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String percent(double share) {
        long tenths = Math.round(share * 1000);
        return (tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10) + "%";
    }

    private static String thousands(long yen) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(Math.round(yen / 1000.0));
    }

    /** ① … ⑳ for the criteria's numbers, then plain digits. */
    static String circled(int n) {
        return n >= 1 && n <= 20 ? new String(Character.toChars(0x2460 + n - 1)) : n + ".";
    }
}
