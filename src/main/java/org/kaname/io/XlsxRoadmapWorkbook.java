package org.kaname.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.kaname.engine.RankedMeasure;
import org.kaname.engine.Ranking;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapTexts;
import org.kaname.engine.roadmap.ScheduledMeasure;
import org.kaname.engine.roadmap.YearBudget;
import org.kaname.model.FiscalYears;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/**
 * The ranking and the roadmap as one Excel workbook (Apache POI), for planners to pass around: sheets
 * {@value #RANKING_SHEET} (rank, id, title, support measure, score, tier), {@value #ROADMAP_SHEET} (one row per
 * measure in plan order, each year's cost in the years it runs, the reason when deferred) and
 * {@value #BUDGET_SHEET} (spending against the cap per fiscal year, overruns marked in words and in red). Header rows
 * are frozen and filterable, amounts are numbers formatted in 円 (negative ones with △), column widths follow
 * the content, counting a Japanese character as two.
 */
public final class XlsxRoadmapWorkbook {
    public static final String RANKING_SHEET = "ランキング";
    public static final String ROADMAP_SHEET = "ロードマップ";
    public static final String BUDGET_SHEET = "年度別予算";
    /** Whole yen with separators and 円; negative amounts (an overrun's remaining budget) red with △. */
    public static final String YEN_FORMAT = XlsxBook.YEN_FORMAT;
    public static final String SCORE_FORMAT = XlsxBook.SCORE_FORMAT;
    /** The workbook's font: the default of Excel on Japanese Windows. */
    static final String FONT = XlsxBook.FONT;

    /** Long texts (titles, reasons) wrap at this width on the roadmap sheet. */
    private static final int NARROW_TEXT = 40;

    private final Plan plan;
    private final Ranking ranking;
    private final Roadmap roadmap;
    private final RoadmapTexts texts;
    private final XlsxBook book = new XlsxBook();

    private XlsxRoadmapWorkbook(Plan plan, Ranking ranking, Roadmap roadmap, RoadmapTexts texts) {
        this.plan = plan;
        this.ranking = ranking;
        this.roadmap = roadmap;
        this.texts = texts;
    }

    /** The workbook's bytes (.xlsx). */
    public static byte[] bytes(Plan plan, Ranking ranking, Roadmap roadmap, RoadmapTexts texts) {
        XlsxRoadmapWorkbook w = new XlsxRoadmapWorkbook(plan, ranking, roadmap, texts);
        try (XlsxBook book = w.book) {
            w.rankingSheet();
            w.roadmapSheet();
            w.budgetSheet();
            return book.bytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // writing to memory does not fail
        }
    }

    /** Writes the workbook to {@code file} atomically (temporary file and move, see {@link CsvWriter#writeAtomically}). */
    public static void write(Path file, Plan plan, Ranking ranking, Roadmap roadmap, RoadmapTexts texts)
            throws IOException {
        CsvWriter.writeAtomically(file, bytes(plan, ranking, roadmap, texts));
    }

    private void rankingSheet() {
        Sheet sheet = book.workbook.createSheet(RANKING_SHEET);
        List<String> labels = labels("column.rank", "column.id", "column.title", "column.group", "column.score",
                "column.tier");
        XlsxBook.Widths widths = book.headerRow(sheet, labels);
        int r = 1;
        for (RankedMeasure m : ranking.measures()) {
            Row row = sheet.createRow(r++);
            book.number(row, 0, m.rank(), book.integer, widths);
            book.string(row, 1, m.measureId(), book.text, widths);
            book.string(row, 2, m.title(), book.text, widths);
            // 支援策なし where it tells a measure from grouped ones; blank in a plan without support measures.
            String none = plan.groups().isEmpty() ? "" : texts.label("group.none");
            book.string(row, 3, m.groupId() == null ? none
                    : plan.group(m.groupId()).map(MeasureGroup::title).orElse(m.groupId()), book.text, widths);
            OptionalDouble s = m.score();
            if (s.isPresent()) {
                XlsxBook.cell(row, 4, s.getAsDouble(), book.score, widths,
                        String.format(Locale.ROOT, "%.2f", s.getAsDouble()));
            }
            book.string(row, 5, m.tier(), book.text, widths);
        }
        book.finish(sheet, labels.size(), r, widths, 0, PrintSetup.A4_PAPERSIZE);
    }

    private void roadmapSheet() {
        Sheet sheet = book.workbook.createSheet(ROADMAP_SHEET);
        List<String> labels = labels("column.id", "column.title", "column.start", "column.end", "column.status",
                "column.rank", "column.tier", "column.pinned");
        List<Integer> years = new ArrayList<>(roadmap.budget().keySet());
        // Two lines, 2026年度 over （令和8年度）, keep the year columns narrow enough to print.
        years.forEach(y -> labels.add(yearLabel(y).replace("（", "\n（")));
        labels.add(texts.label("column.total"));
        labels.add(texts.label("column.reason"));
        XlsxBook.Widths widths = book.headerRow(sheet, labels);
        int reasonColumn = labels.size() - 1;
        widths.limit(1, NARROW_TEXT);
        widths.limit(reasonColumn, NARROW_TEXT);
        int r = 1;
        for (ScheduledMeasure m : roadmap.rows()) {
            Row row = sheet.createRow(r++);
            book.string(row, 0, m.measureId(), book.text, widths);
            book.string(row, 1, m.title(), book.wrapped, widths);
            book.number(row, 2, m.start(), book.integer, widths);
            book.number(row, 3, m.end(), book.integer, widths);
            book.string(row, 4, texts.status(m.status()), book.text, widths);
            book.number(row, 5, m.rank(), book.integer, widths);
            book.string(row, 6, m.tier(), book.text, widths);
            book.string(row, 7, m.pinned() ? texts.label("pinned.mark") : "", book.text, widths);
            for (int i = 0; i < years.size(); i++) {
                int y = years.get(i);
                if (m.costByYear().containsKey(y)) {
                    book.amount(row, 8 + i, m.costIn(y), book.yenRunning, widths);
                }
            }
            if (m.isScheduled()) {
                book.amount(row, 8 + years.size(), m.totalCost(), book.yen, widths);
            }
            book.string(row, reasonColumn, texts.reason(m), book.wrapped, widths);
        }
        book.finish(sheet, labels.size(), r, widths, 2, PrintSetup.A3_PAPERSIZE);
        // Spreadsheet programs do not grow rows for wrapped text in a file they open, so the heights are set here.
        for (int i = 0; i < r; i++) {
            XlsxBook.fitHeight(sheet.getRow(i), widths, 1, reasonColumn);
        }
        for (int i = 0; i < years.size(); i++) {
            XlsxBook.fitHeight(sheet.getRow(0), widths, 8 + i);
        }
    }

    private void budgetSheet() {
        Sheet sheet = book.workbook.createSheet(BUDGET_SHEET);
        List<String> labels = labels("column.year", "column.spent", "column.cap", "column.remaining", "column.over");
        XlsxBook.Widths widths = book.headerRow(sheet, labels);
        int r = 1;
        long spent = 0;
        long cap = 0;
        boolean allCapped = true;
        for (YearBudget y : roadmap.budget().values()) {
            Row row = sheet.createRow(r++);
            book.string(row, 0, yearLabel(y.year()), book.text, widths);
            book.amount(row, 1, y.spent(), book.yen, widths);
            if (y.cap().isPresent()) {
                book.amount(row, 2, y.cap().getAsLong(), book.yen, widths);
                book.amount(row, 3, y.remaining().getAsLong(), book.yen, widths);
                cap += y.cap().getAsLong();
            } else {
                book.string(row, 2, texts.label("noCap"), book.text, widths);
                allCapped = false;
            }
            if (y.isOverBudget()) {
                book.string(row, 4, texts.label("over.mark"), book.alert, widths);
            }
            spent += y.spent();
        }
        Row total = sheet.createRow(r++);
        book.string(total, 0, texts.label("total"), book.bold, widths);
        book.amount(total, 1, spent, book.yenBold, widths);
        if (allCapped && !roadmap.budget().isEmpty()) {
            book.amount(total, 2, cap, book.yenBold, widths);
            book.amount(total, 3, cap - spent, book.yenBold, widths);
        }
        book.finish(sheet, labels.size(), r - 1, widths, 0, PrintSetup.A4_PAPERSIZE);
    }

    private String yearLabel(int year) {
        return texts.locale().getLanguage().equals("en") ? "FY" + year : FiscalYears.label(year);
    }

    private List<String> labels(String... keys) {
        List<String> l = new ArrayList<>();
        for (String k : keys) {
            l.add(texts.label(k));
        }
        return l;
    }
}
