package org.kaname.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.kaname.engine.cost.CostLine;
import org.kaname.engine.cost.MeasureCosts;
import org.kaname.engine.evaluation.IndicatorResult;
import org.kaname.engine.evaluation.IndicatorResults;
import org.kaname.engine.evaluation.MeasureGrade;
import org.kaname.engine.evaluation.MeasureGrades;
import org.kaname.engine.evaluation.OwnedIndicator;
import org.kaname.model.Evaluation;
import org.kaname.model.FiscalYears;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;

/**
 * One measure's 評価シート, starting on a new A4 portrait page: a title band, the measure's particulars as a boxed
 * form (施策名, 所管, 支援策, 柱, 目的), the indicators with 現状値 and, for each 年度, 目標・実績・達成率・評価, the
 * costs by 年度 (事業費, 人件費, their total and its 財源) in 千円, and the evaluation: the grade (derived from the
 * indicators, or overridden with a reason), 今後の方向性 ticked among all six with its reason, and the comment. The
 * 年度 evaluated is shaded and headed 「評価年度」; the years after it show the targets and amounts planned only.
 */
final class EvaluationSheet {
    /** What every sheet of one document shares. */
    record Context(PdfLayout layout, ReportTexts texts, EvaluationTexts words, Plan plan, int year,
                   PDDocumentOutline outline) {
    }

    /** The shade of the 年度 evaluated (light enough to read through; its header says 評価年度 as well). */
    static final Color EVALUATED = new Color(0xFF, 0xF2, 0xC2);
    /** The shade of a form's label column. */
    static final Color LABEL = new Color(0xF0, 0xF0, 0xF0);
    /** Columns of years at most: a longer horizon shows the ten years around the one evaluated. */
    static final int MAX_YEARS = 10;
    private static final float BAND = 22f;
    /**
     * Line spacing of the sheet's forms and of its number grids: closer than the report's 1.45 so that a sheet with
     * four indicators, each with its 目標・実績・達成率・評価 stacked, and three-line 目的 and 内容 still fits one
     * A4 page with its 所見 and footnotes; the type stays 8 pt, the rules and cell padding separate the rows.
     */
    static final float FORM_SPACING = 1.3f;
    static final float GRID_SPACING = 1.25f;
    /** Small type of the notes under the tables, on lines this many times its size. */
    private static final float NOTE_SPACING = 1.35f;

    private final Context ctx;
    private final PdfLayout layout;
    private final ReportTexts t;
    private final EvaluationTexts w;
    private final TableRenderer tables;
    private final List<Integer> years;

    EvaluationSheet(Context ctx) {
        this.ctx = ctx;
        this.layout = ctx.layout();
        this.t = ctx.texts();
        this.w = ctx.words();
        this.tables = new TableRenderer(layout);
        this.years = years(ctx.plan().fiscalYears(), ctx.year());
    }

    /** The years shown: the plan's horizon, or the ten years of it around {@code year} when it is longer. */
    static List<Integer> years(FiscalYears horizon, int year) {
        int from = horizon.start();
        int to = horizon.end();
        if (horizon.length() > MAX_YEARS) {
            from = Math.max(horizon.start(), Math.min(year - MAX_YEARS / 2 + 1, horizon.end() - MAX_YEARS + 1));
            to = from + MAX_YEARS - 1;
        }
        List<Integer> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            out.add(y);
        }
        return out;
    }

    void write(Measure m) throws IOException {
        layout.newPage(PageFormat.A4_PORTRAIT);
        bookmark(m);
        band(m);
        particulars(m);
        indicators(m);
        costs(m);
        evaluation(m);
    }

    private void bookmark(Measure m) {
        PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
        dest.setPage(layout.page());
        dest.setTop((int) layout.format().height());
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(layout.font().clean(m.id() + " " + m.title()));
        item.setDestination(dest);
        ctx.outline().addLast(item);
    }

    /** The title band: 評価シート and the 年度 on the left, the measure's id on the right, white on the report's blue. */
    private void band(Measure m) throws IOException {
        float top = layout.y();
        layout.fillRect(layout.left(), top, layout.width(), BAND, Styles.BAND);
        String title = t.get("sheet.title") + (t.isJapanese() ? "　" : "  ") + t.fiscalYear(ctx.year());
        float size = 12f;
        layout.begin("H1");
        layout.text(title, layout.left() + 8, top + (BAND - size) / 2, size, true, Color.WHITE);
        layout.end();
        String id = layout.font().clean(m.id());
        float idW = layout.cleanWidth(id, 10f);
        layout.text(id, layout.left() + layout.width() - 8 - idW, top + (BAND - 10f) / 2, 10f, false, Color.WHITE);
        layout.log(LayoutLog.Kind.SECTION, layout.log().newBlock(), top, top + BAND, title, false);
        layout.space(BAND + 4);
    }

    private void particulars(Measure m) throws IOException {
        Plan plan = ctx.plan();
        Optional<MeasureGroup> group = m.group() == null ? Optional.empty() : plan.group(m.group());
        String pillar = group.flatMap(g -> plan.pillars().stream().filter(p -> p.id().equals(g.pillar()))
                .map(Pillar::name).findFirst()).orElse(ReportTexts.NONE);
        Table form = Table.of(Table.Column.left("", 15), Table.Column.left("", 45), Table.Column.left("", 13),
                Table.Column.left("", 27)).headerless().fill(0, LABEL).fill(2, LABEL)
                .lineSpacing(FORM_SPACING);
        List<CostLine> lines = MeasureCosts.planned(plan, m);
        String period = lines.isEmpty() ? ReportTexts.NONE : t.get("range",
                t.fiscalYearShort(lines.get(0).year()), t.fiscalYearShort(lines.get(lines.size() - 1).year()));
        form.row(t.get("sheet.measure"), m.id() + " " + m.title(), t.get("sheet.owner"), orNone(m.owner()));
        form.row(t.get("sheet.group"), group.map(g -> g.id() + " " + g.title()
                + t.get("sheet.pillarOf", pillar)).orElse(ReportTexts.NONE), t.get("sheet.period"), period);
        tables.render(form);
        Table purpose = Table.of(Table.Column.left("", 15), Table.Column.left("", 85)).headerless().fill(0, LABEL)
                .lineSpacing(FORM_SPACING);
        String groupPurpose = group.map(MeasureGroup::purpose).orElse("");
        if (!groupPurpose.isBlank()) {
            purpose.row(t.get("sheet.purpose.group"), groupPurpose);
        }
        if (!m.description().isBlank()) {
            purpose.row(t.get("sheet.description"), m.description());
        }
        if (purpose.isEmpty()) {
            purpose.row(t.get("sheet.purpose"), ReportTexts.NONE);
        }
        // The first table's rules are the top of the second: the two read as one form.
        tables.render(purpose);
        layout.space(3);
    }

    private void indicators(Measure m) throws IOException {
        Plan plan = ctx.plan();
        List<OwnedIndicator> owned = new ArrayList<>();
        m.indicators().forEach(i -> owned.add(new OwnedIndicator(m.id(), i)));
        boolean fromGroup = false;
        if (m.indicators().stream().noneMatch(Indicator::isNumeric) && m.group() != null) {
            Optional<MeasureGroup> g = plan.group(m.group());
            if (g.isPresent() && !g.get().indicators().isEmpty()) {
                g.get().indicators().forEach(i -> owned.add(new OwnedIndicator(g.get().id(), i)));
                fromGroup = true;
            }
        }
        blockTitle(t.get("sheet.indicators"));
        if (owned.isEmpty()) {
            layout.paragraph(t.get("sheet.indicators.none"), Styles.TABLE, 0, Styles.TABLE * 1.6f, false,
                    PdfLayout.GREY);
            layout.space(6);
            return;
        }
        float size = years.size() > 6 ? Styles.SMALL : Styles.TABLE;
        float fixed = 40 + 28 + 38 + 30;
        float yearW = Math.min(42, (layout.width() - fixed - 110) / years.size());
        float nameW = layout.width() - fixed - yearW * years.size();
        List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.centre(t.get("sheet.col.kind"), 40),
                Table.Column.left(t.get("sheet.col.name"), nameW), Table.Column.centre(t.get("sheet.col.unit"), 28),
                Table.Column.right(t.get("sheet.col.baseline"), 38), Table.Column.centre(t.get("sheet.col.item"), 30)));
        int evaluated = -1;
        for (int y : years) {
            if (y == ctx.year()) {
                evaluated = columns.size();
            }
            columns.add(Table.Column.right(yearHeader(y), yearW));
        }
        Table table = new Table(columns).fontSize(size).lineSpacing(GRID_SPACING);
        if (evaluated >= 0) {
            table.fill(evaluated, EVALUATED);
        }
        GradeRule rule = plan.followUp().gradeRule();
        String owner = fromGroup ? owned.get(0).owner() : m.id();
        for (OwnedIndicator o : owned) {
            table.row(indicatorRow(o, rule, fromGroup ? owner : null));
        }
        String note = t.get("sheet.indicators.note", w.shortYear(ctx.year()), t.fiscalYear(ctx.year()))
                + (fromGroup ? t.get("sheet.indicators.fromGroup") : "");
        renderWithNote(table, note);
    }

    private List<String> indicatorRow(OwnedIndicator o, GradeRule rule, String groupId) {
        Indicator i = o.indicator();
        List<String> row = new ArrayList<>();
        row.add(w.kind(i.kind()));
        String name = i.name();
        if (!i.isNumeric() && !i.target().isBlank()) {
            name += t.get("sheet.targetText", i.targetWithUnit());
        }
        row.add(name);
        row.add(i.isNumeric() ? orNone(i.unit()) + "\n" + EvaluationTexts.directionMark(i.direction())
                : orNone(i.unit()));
        row.add(i.baseline() == null ? ReportTexts.NONE : EvaluationTexts.value(i.baseline())
                + (i.baselineYear() == null ? "" : "\n" + t.get("sheet.baselineYear", w.shortYear(i.baselineYear()))));
        if (!i.isNumeric()) {
            row.add(t.get("sheet.item.actual"));
            for (int y : years) {
                row.add(y > ctx.year() ? "" : i.actualFor(y).map(a -> ReportTexts.number(a.value()))
                        .orElse(ReportTexts.NONE));
            }
            return row;
        }
        row.add(String.join("\n", t.get("sheet.item.target"), t.get("sheet.item.actual"),
                t.get("sheet.item.achievement"), t.get("sheet.item.grade")));
        for (int y : years) {
            Optional<IndicatorTarget> target = i.targetFor(y);
            String tv = target.map(x -> (x.isFinal() ? "★" : "") + ReportTexts.number(x.value()))
                    .orElse(ReportTexts.NONE);
            if (y > ctx.year()) {
                row.add(tv);
                continue;
            }
            IndicatorResult r = IndicatorResults.result(o, y, rule);
            String actual = r.actual() == null ? ReportTexts.NONE : ReportTexts.number(r.actual());
            row.add(String.join("\n", tv, actual, EvaluationTexts.achievement(r.achievement()),
                    r.grade().orElse(ReportTexts.NONE)));
        }
        return row;
    }

    /** {@code R8}, and on a second line 評価年度 for the year evaluated or 計画 for the years after it. */
    private String yearHeader(int y) {
        String s = w.shortYear(y);
        if (y == ctx.year()) {
            return s + "\n" + t.get("sheet.year.evaluated");
        }
        return y > ctx.year() ? s + "\n" + t.get("sheet.year.plan") : s;
    }

    private void costs(Measure m) throws IOException {
        Plan plan = ctx.plan();
        blockTitle(t.get("sheet.costs"));
        Map<Integer, CostLine> byYear = new LinkedHashMap<>();
        for (CostLine c : MeasureCosts.planned(plan, m)) {
            byYear.put(c.year(), c);
        }
        float yearW = Math.min(52, (layout.width() - 112 - 56) / years.size());
        List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.left(t.get("sheet.cost.item"), 112)));
        int evaluated = -1;
        for (int y : years) {
            if (y == ctx.year()) {
                evaluated = columns.size();
            }
            columns.add(Table.Column.right(yearHeader(y), yearW));
        }
        columns.add(Table.Column.right(t.get("sheet.cost.sum"), 56));
        Table table = new Table(columns).fontSize(years.size() > 6 ? Styles.SMALL : Styles.TABLE).fill(0, LABEL)
                .lineSpacing(GRID_SPACING);
        if (evaluated >= 0) {
            table.fill(evaluated, EVALUATED);
        }
        List<CostLine> shown = years.stream().map(byYear::get).toList();
        costRow(table, t.get("sheet.cost.project"), shown, CostLine::project);
        costRow(table, t.get("sheet.cost.personnel"), shown, CostLine::personnel);
        costRow(table, t.get("sheet.cost.total"), shown, CostLine::total);
        costRow(table, t.get("sheet.cost.national"), shown, CostLine::national);
        costRow(table, t.get("sheet.cost.prefectural"), shown, CostLine::prefectural);
        costRow(table, t.get("sheet.cost.other"), shown, CostLine::other);
        costRow(table, t.get("sheet.cost.general"), shown, CostLine::generalFund);
        long rate = plan.followUp().personnelRate();
        String note = rate > 0 ? t.get("sheet.costs.note", ReportTexts.thousandYen(rate))
                : t.get("sheet.costs.noRate");
        if (byYear.keySet().stream().anyMatch(y -> !years.contains(y))) {
            note += t.get("sheet.costs.outside");
        }
        renderWithNote(table, note);
    }

    private static void costRow(Table table, String label, List<CostLine> lines,
                                java.util.function.ToLongFunction<CostLine> amount) {
        List<String> row = new ArrayList<>();
        row.add(label);
        long sum = 0;
        boolean any = false;
        for (CostLine c : lines) {
            if (c == null) {
                row.add(ReportTexts.NONE);
                continue;
            }
            long yen = amount.applyAsLong(c);
            sum += yen;
            any = true;
            row.add(amountText(yen));
        }
        row.add(any ? amountText(sum) : ReportTexts.NONE);
        table.row(row);
    }

    /** 千円, with − for nothing at all (0 is printed only for an amount below 500円). */
    static String amountText(long yen) {
        return yen == 0 ? ReportTexts.NONE : ReportTexts.thousandYen(yen);
    }

    private void evaluation(Measure m) throws IOException {
        Plan plan = ctx.plan();
        blockTitle(t.get("sheet.evaluation"));
        MeasureGrade g = MeasureGrades.of(plan, m.id(), ctx.year());
        Evaluation e = plan.followUp().evaluation(m.id(), ctx.year()).orElse(Evaluation.empty(m.id(), ctx.year()));
        Table form = Table.of(Table.Column.left("", 18), Table.Column.left("", 82)).headerless().fill(0, LABEL)
                .lineSpacing(FORM_SPACING);
        form.row(t.get("sheet.eval.grade"), gradeText(g));
        if (g.overridden()) {
            form.row(t.get("sheet.eval.reason"), orNone(e.gradeReason()));
        }
        form.row(t.get("sheet.direction"), w.directionChoices(e.direction())
                + (e.reopened() ? t.get("sheet.reopened") : ""));
        form.row(t.get("sheet.direction.reason"), orNone(e.directionReason()));
        form.row(t.get("sheet.comment"), orNone(e.comment()));
        renderWithNote(form, t.get("sheet.rule", w.rule(plan.followUp().gradeRule())));
    }

    private String gradeText(MeasureGrade g) {
        String achievement = EvaluationTexts.achievement(g.achievement());
        if (g.effective().isEmpty()) {
            return ReportTexts.NONE + t.get("sheet.eval.noGrade", t.fiscalYear(ctx.year()));
        }
        if (g.overridden()) {
            return g.effective().get() + t.get("sheet.eval.overridden", g.derived().orElse(ReportTexts.NONE),
                    achievement);
        }
        return g.effective().get() + t.get("sheet.eval.derived", achievement);
    }

    /** A table and its note in small type, kept together on the page. */
    private void renderWithNote(Table table, String note) throws IOException {
        float lead = Styles.SMALL * NOTE_SPACING;
        List<String> lines = layout.wrap(note, Styles.SMALL, layout.width());
        tables.render(table, 2 + lines.size() * lead);
        layout.space(2);
        layout.begin("P");
        for (String line : lines) {
            layout.ensure(lead);
            layout.texts(List.of(new PdfLayout.Placed(line, layout.left(), layout.y() + (lead - Styles.SMALL) / 2)),
                    Styles.SMALL, false, PdfLayout.GREY);
            layout.log(LayoutLog.Kind.LINE, layout.log().newBlock(), layout.y(), layout.y() + lead, line, false);
            layout.space(lead);
        }
        layout.end();
        layout.space(5);
    }

    /** A block's title, 「■ 指標」, kept on the page where its table starts. */
    private void blockTitle(String title) {
        float size = Styles.H3;
        float h = size * 1.3f + 2;
        layout.keepWithNext(h, 40, () -> {
            float top = layout.y();
            layout.begin("H2");
            layout.text("■ " + title, layout.left(), top + (h - 2 - size) / 2, size, true, PdfLayout.INK);
            layout.end();
            layout.log(LayoutLog.Kind.HEADING, layout.log().newBlock(), top, top + h, title, false);
            layout.space(h);
        });
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? ReportTexts.NONE : s;
    }
}
