package org.kaname.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.kaname.engine.cost.CostLine;
import org.kaname.engine.cost.CostTotals;
import org.kaname.engine.cost.MeasureCosts;
import org.kaname.engine.evaluation.IndicatorResult;
import org.kaname.engine.evaluation.IndicatorResults;
import org.kaname.engine.evaluation.OwnedIndicator;
import org.kaname.model.FiscalYears;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;

/**
 * A plan's indicators and costs as one Excel workbook, beside the roadmap workbook and with its styles
 * ({@link XlsxBook}). Sheet {@value #INDICATORS_SHEET}: every indicator (support measures' first, then measures', as
 * {@link IndicatorResults#indicators} lists them) with owner, id, kind, name, unit, direction, the target as worded
 * and the baseline, then one row per 年度 of the plan (and any other year with a target or an actual) with the target,
 * whether it is the final one, the actual, 達成率 (a ratio shown as %) and the grade. Sheet {@value #COSTS_SHEET}: one
 * row per measure and 年度 as planned ({@link MeasureCosts#planned}), with 事業費, 人件費, the total, 財源 and
 * 一般財源 in 円, then the totals per 支援策 and per pillar by 年度 ({@link CostTotals}) and the plan's total.
 * Header rows are frozen and filterable.
 */
public final class XlsxIndicatorWorkbook {
    public static final String INDICATORS_SHEET = "指標";
    public static final String COSTS_SHEET = "事業費";

    private final Plan plan;
    private final IoMessages texts;
    private final boolean english;
    private final XlsxBook book = new XlsxBook();

    private XlsxIndicatorWorkbook(Plan plan, Locale locale) {
        this.plan = plan;
        this.texts = new IoMessages(locale);
        this.english = locale != null && "en".equals(locale.getLanguage());
    }

    /** The workbook's bytes (.xlsx), its headers and words in the language of {@code locale}. */
    public static byte[] bytes(Plan plan, Locale locale) {
        XlsxIndicatorWorkbook w = new XlsxIndicatorWorkbook(plan, locale);
        try (XlsxBook book = w.book) {
            w.indicatorsSheet();
            w.costsSheet();
            return book.bytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // writing to memory does not fail
        }
    }

    /** Writes the workbook to {@code file} atomically (temporary file and move). */
    public static void write(Path file, Plan plan, Locale locale) throws IOException {
        CsvWriter.writeAtomically(file, bytes(plan, locale));
    }

    private void indicatorsSheet() {
        Sheet sheet = book.workbook.createSheet(INDICATORS_SHEET);
        List<String> labels = labels("owner", "id", "kind", "name", "unit", "direction", "targetText", "baseline",
                "baselineYear", "year", "target", "final", "actual", "achievement", "grade");
        XlsxBook.Widths widths = book.headerRow(sheet, labels);
        widths.limit(3, 40);
        widths.limit(6, 24);
        GradeRule rule = plan.followUp().gradeRule();
        int r = 1;
        for (OwnedIndicator o : IndicatorResults.indicators(plan)) {
            Indicator i = o.indicator();
            for (int year : years(i)) {
                Row row = sheet.createRow(r++);
                book.string(row, 0, o.owner(), book.text, widths);
                book.string(row, 1, i.id(), book.text, widths);
                book.string(row, 2, i.kind().label(), book.text, widths);
                book.string(row, 3, i.name(), book.text, widths);
                book.string(row, 4, i.unit(), book.text, widths);
                book.string(row, 5, i.isNumeric() ? texts.get("xlsx.direction." + i.direction().name()) : "",
                        book.text, widths);
                book.string(row, 6, i.target(), book.text, widths);
                if (i.baseline() != null) {
                    number(row, 7, i.baseline(), widths);
                }
                if (i.baselineYear() != null) {
                    book.string(row, 8, yearLabel(i.baselineYear()), book.text, widths);
                }
                if (year == Integer.MIN_VALUE) {
                    continue; // a qualitative indicator without actuals: its row of text only
                }
                book.string(row, 9, yearLabel(year), book.text, widths);
                IndicatorTarget target = i.targetFor(year).orElse(null);
                if (target != null) {
                    number(row, 10, target.value(), widths);
                    book.string(row, 11, target.isFinal() ? texts.get("xlsx.final.mark") : "", book.text, widths);
                }
                i.actualFor(year).ifPresent(a -> number(row, 12, a.value(), widths));
                IndicatorResult result = IndicatorResults.result(o, year, rule);
                if (result.achievement().isPresent()) {
                    XlsxBook.cell(row, 13, result.achievement().getAsDouble(), book.percent, widths,
                            String.format(Locale.ROOT, "%.1f%%", result.achievement().getAsDouble() * 100));
                }
                result.grade().ifPresent(g -> book.string(row, 14, g, book.text, widths));
            }
        }
        book.finish(sheet, labels.size(), r, widths, 2, PrintSetup.A4_PAPERSIZE);
    }

    /**
     * The years of an indicator's rows: a numeric one's every year of the plan and any other with a target or an
     * actual; a qualitative one's years with an actual, or one row without a year.
     */
    private List<Integer> years(Indicator i) {
        TreeSet<Integer> years = new TreeSet<>();
        if (i.isNumeric() && plan.fiscalYears() != null) {
            plan.fiscalYears().years().forEach(years::add);
            i.targets().forEach(t -> years.add(t.year()));
        }
        i.actuals().stream().map(IndicatorActual::year).forEach(years::add);
        return years.isEmpty() ? List.of(Integer.MIN_VALUE) : new ArrayList<>(years);
    }

    private void number(Row row, int column, double value, XlsxBook.Widths widths) {
        XlsxBook.cell(row, column, value, book.decimal, widths, String.format(Locale.ROOT, "%,.2f", value));
    }

    private void costsSheet() {
        Sheet sheet = book.workbook.createSheet(COSTS_SHEET);
        List<String> labels = labels("pillar", "group", "measure", "title", "year", "project", "personnel", "total",
                "national", "prefectural", "other", "general");
        XlsxBook.Widths widths = book.headerRow(sheet, labels);
        widths.limit(1, 30);
        widths.limit(3, 40);
        Map<String, String> pillarOfGroup = new LinkedHashMap<>();
        plan.groups().forEach(g -> pillarOfGroup.put(g.id(), g.pillar()));
        int r = 1;
        for (Measure m : plan.measures()) {
            String pillar = m.group() == null ? "" : pillarName(pillarOfGroup.get(m.group()));
            for (CostLine c : MeasureCosts.planned(plan, m)) {
                Row row = sheet.createRow(r++);
                book.string(row, 0, pillar, book.text, widths);
                book.string(row, 1, m.group() == null ? "" : groupTitle(m.group()), book.text, widths);
                book.string(row, 2, m.id(), book.text, widths);
                book.string(row, 3, m.title(), book.text, widths);
                amounts(row, c, book.yen, widths);
            }
        }
        for (Map.Entry<String, SortedMap<Integer, CostLine>> g : CostTotals.byGroup(plan).entrySet()) {
            String name = g.getKey().equals(CostTotals.NONE) ? texts.get("xlsx.costs.noGroup") : groupTitle(g.getKey());
            String pillar = g.getKey().equals(CostTotals.NONE) ? "" : pillarName(pillarOfGroup.get(g.getKey()));
            r = totals(sheet, r, pillar, name, texts.get("xlsx.costs.groupTotal"), g.getValue(), widths);
        }
        for (Map.Entry<String, SortedMap<Integer, CostLine>> p : CostTotals.byPillar(plan).entrySet()) {
            String name = p.getKey().equals(CostTotals.NONE) ? texts.get("xlsx.costs.noPillar") : pillarName(p.getKey());
            r = totals(sheet, r, name, "", texts.get("xlsx.costs.pillarTotal"), p.getValue(), widths);
        }
        r = totals(sheet, r, "", "", texts.get("xlsx.costs.planTotal"), CostTotals.all(plan), widths);
        book.finish(sheet, labels.size(), r, widths, 4, PrintSetup.A4_PAPERSIZE);
    }

    /** Rows of totals, one per 年度, in bold with a rule above; returns the next row. */
    private int totals(Sheet sheet, int r, String pillar, String group, String what, SortedMap<Integer, CostLine> sums,
                       XlsxBook.Widths widths) {
        for (CostLine c : sums.values()) {
            Row row = sheet.createRow(r++);
            book.string(row, 0, pillar, book.bold, widths);
            book.string(row, 1, group, book.bold, widths);
            book.string(row, 2, what, book.bold, widths);
            amounts(row, c, book.yenBold, widths);
        }
        return r;
    }

    private void amounts(Row row, CostLine c, CellStyle style, XlsxBook.Widths widths) {
        book.string(row, 4, yearLabel(c.year()), book.text, widths);
        book.amount(row, 5, c.project(), style, widths);
        book.amount(row, 6, c.personnel(), style, widths);
        book.amount(row, 7, c.total(), style, widths);
        book.amount(row, 8, c.national(), style, widths);
        book.amount(row, 9, c.prefectural(), style, widths);
        book.amount(row, 10, c.other(), style, widths);
        book.amount(row, 11, c.generalFund(), style, widths);
    }

    private String groupTitle(String id) {
        return plan.group(id).map(MeasureGroup::title).orElse(id);
    }

    private String pillarName(String id) {
        if (id == null) {
            return "";
        }
        return plan.pillars().stream().filter(p -> p.id().equals(id)).map(Pillar::name).findFirst().orElse(id);
    }

    private String yearLabel(int year) {
        return FiscalYears.label(year, english ? Locale.ENGLISH : Locale.JAPANESE);
    }

    private List<String> labels(String... keys) {
        List<String> l = new ArrayList<>();
        for (String k : keys) {
            l.add(texts.get("xlsx.column." + k));
        }
        return l;
    }
}
