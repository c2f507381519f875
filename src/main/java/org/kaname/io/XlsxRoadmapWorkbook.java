package org.kaname.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
    public static final String YEN_FORMAT = "#,##0\"円\";[Red]\"△\"#,##0\"円\"";
    public static final String SCORE_FORMAT = "0.00";
    /** The workbook's font: the default of Excel on Japanese Windows. */
    static final String FONT = "游ゴシック";

    private static final int MAX_WIDTH = 80;
    /** Long texts (titles, reasons) wrap at this width on the roadmap sheet. */
    private static final int NARROW_TEXT = 40;
    /** Points per line of 11-point 游ゴシック. */
    private static final float LINE_HEIGHT = 15f;

    private final Plan plan;
    private final Ranking ranking;
    private final Roadmap roadmap;
    private final RoadmapTexts texts;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle integer;
    private final CellStyle score;
    private final CellStyle yen;
    private final CellStyle yenRunning;
    private final CellStyle yenBold;
    private final CellStyle bold;
    private final CellStyle alert;

    private XlsxRoadmapWorkbook(Plan plan, Ranking ranking, Roadmap roadmap, RoadmapTexts texts) {
        this.plan = plan;
        this.ranking = ranking;
        this.roadmap = roadmap;
        this.texts = texts;
        Font base = workbook.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints((short) 11);
        Font boldFont = font(false);
        Font redBold = font(true);
        short yenFormat = workbook.createDataFormat().getFormat(YEN_FORMAT);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);
        integer = workbook.createCellStyle();
        integer.cloneStyleFrom(text);
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        integer.setAlignment(HorizontalAlignment.CENTER);
        score = workbook.createCellStyle();
        score.cloneStyleFrom(text);
        score.setDataFormat(workbook.createDataFormat().getFormat(SCORE_FORMAT));
        yen = workbook.createCellStyle();
        yen.cloneStyleFrom(text);
        yen.setDataFormat(yenFormat);
        // The years a measure runs are shaded, like a bar; the amount in the cell says the same without colour.
        yenRunning = workbook.createCellStyle();
        yenRunning.cloneStyleFrom(yen);
        yenRunning.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        yenRunning.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        yenBold = workbook.createCellStyle();
        yenBold.cloneStyleFrom(yen);
        yenBold.setFont(boldFont);
        yenBold.setBorderTop(BorderStyle.THIN);
        bold = workbook.createCellStyle();
        bold.cloneStyleFrom(text);
        bold.setFont(boldFont);
        bold.setBorderTop(BorderStyle.THIN);
        alert = workbook.createCellStyle();
        alert.cloneStyleFrom(text);
        alert.setFont(redBold);
    }

    private Font font(boolean red) {
        Font f = workbook.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) 11);
        f.setBold(true);
        if (red) {
            f.setColor(IndexedColors.RED.getIndex());
        }
        return f;
    }

    /** The workbook's bytes (.xlsx). */
    public static byte[] bytes(Plan plan, Ranking ranking, Roadmap roadmap, RoadmapTexts texts) {
        XlsxRoadmapWorkbook w = new XlsxRoadmapWorkbook(plan, ranking, roadmap, texts);
        try (XSSFWorkbook book = w.workbook) {
            w.rankingSheet();
            w.roadmapSheet();
            w.budgetSheet();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
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
        Sheet sheet = workbook.createSheet(RANKING_SHEET);
        List<String> labels = labels("column.rank", "column.id", "column.title", "column.group", "column.score",
                "column.tier");
        Widths widths = headerRow(sheet, labels);
        int r = 1;
        for (RankedMeasure m : ranking.measures()) {
            Row row = sheet.createRow(r++);
            number(row, 0, m.rank(), integer, widths);
            string(row, 1, m.measureId(), text, widths);
            string(row, 2, m.title(), text, widths);
            // 支援策なし where it tells a measure from grouped ones; blank in a plan without support measures.
            String none = plan.groups().isEmpty() ? "" : texts.label("group.none");
            string(row, 3, m.groupId() == null ? none
                    : plan.group(m.groupId()).map(MeasureGroup::title).orElse(m.groupId()), text, widths);
            OptionalDouble s = m.score();
            if (s.isPresent()) {
                cell(row, 4, s.getAsDouble(), score, widths, String.format(Locale.ROOT, "%.2f", s.getAsDouble()));
            }
            string(row, 5, m.tier(), text, widths);
        }
        finish(sheet, labels.size(), r, widths, 0, PrintSetup.A4_PAPERSIZE);
    }

    private void roadmapSheet() {
        Sheet sheet = workbook.createSheet(ROADMAP_SHEET);
        List<String> labels = labels("column.id", "column.title", "column.start", "column.end", "column.status",
                "column.rank", "column.tier", "column.pinned");
        List<Integer> years = new ArrayList<>(roadmap.budget().keySet());
        // Two lines, 2026年度 over （令和8年度）, keep the year columns narrow enough to print.
        years.forEach(y -> labels.add(yearLabel(y).replace("（", "\n（")));
        labels.add(texts.label("column.total"));
        labels.add(texts.label("column.reason"));
        Widths widths = headerRow(sheet, labels);
        int reasonColumn = labels.size() - 1;
        widths.limit(1, NARROW_TEXT);
        widths.limit(reasonColumn, NARROW_TEXT);
        int r = 1;
        for (ScheduledMeasure m : roadmap.rows()) {
            Row row = sheet.createRow(r++);
            string(row, 0, m.measureId(), text, widths);
            string(row, 1, m.title(), wrapped, widths);
            number(row, 2, m.start(), integer, widths);
            number(row, 3, m.end(), integer, widths);
            string(row, 4, texts.status(m.status()), text, widths);
            number(row, 5, m.rank(), integer, widths);
            string(row, 6, m.tier(), text, widths);
            string(row, 7, m.pinned() ? texts.label("pinned.mark") : "", text, widths);
            for (int i = 0; i < years.size(); i++) {
                int y = years.get(i);
                if (m.costByYear().containsKey(y)) {
                    amount(row, 8 + i, m.costIn(y), yenRunning, widths);
                }
            }
            if (m.isScheduled()) {
                amount(row, 8 + years.size(), m.totalCost(), yen, widths);
            }
            string(row, reasonColumn, texts.reason(m), wrapped, widths);
        }
        finish(sheet, labels.size(), r, widths, 2, PrintSetup.A3_PAPERSIZE);
        // Spreadsheet programs do not grow rows for wrapped text in a file they open, so the heights are set here.
        for (int i = 0; i < r; i++) {
            fitHeight(sheet.getRow(i), widths, 1, reasonColumn);
        }
        for (int i = 0; i < years.size(); i++) {
            fitHeight(sheet.getRow(0), widths, 8 + i);
        }
    }

    private void budgetSheet() {
        Sheet sheet = workbook.createSheet(BUDGET_SHEET);
        List<String> labels = labels("column.year", "column.spent", "column.cap", "column.remaining", "column.over");
        Widths widths = headerRow(sheet, labels);
        int r = 1;
        long spent = 0;
        long cap = 0;
        boolean allCapped = true;
        for (YearBudget y : roadmap.budget().values()) {
            Row row = sheet.createRow(r++);
            string(row, 0, yearLabel(y.year()), text, widths);
            amount(row, 1, y.spent(), yen, widths);
            if (y.cap().isPresent()) {
                amount(row, 2, y.cap().getAsLong(), yen, widths);
                amount(row, 3, y.remaining().getAsLong(), yen, widths);
                cap += y.cap().getAsLong();
            } else {
                string(row, 2, texts.label("noCap"), text, widths);
                allCapped = false;
            }
            if (y.isOverBudget()) {
                string(row, 4, texts.label("over.mark"), alert, widths);
            }
            spent += y.spent();
        }
        Row total = sheet.createRow(r++);
        string(total, 0, texts.label("total"), bold, widths);
        amount(total, 1, spent, yenBold, widths);
        if (allCapped && !roadmap.budget().isEmpty()) {
            amount(total, 2, cap, yenBold, widths);
            amount(total, 3, cap - spent, yenBold, widths);
        }
        finish(sheet, labels.size(), r - 1, widths, 0, PrintSetup.A4_PAPERSIZE);
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

    private Widths headerRow(Sheet sheet, List<String> labels) {
        Widths widths = new Widths(labels.size());
        Row row = sheet.createRow(0);
        for (int i = 0; i < labels.size(); i++) {
            string(row, i, labels.get(i), header, widths);
        }
        return widths;
    }

    /**
     * Freezes the header row (and {@code frozenColumns} on the left), adds a filter, sets the column widths, and
     * prints landscape one page wide with the header row repeated, so a printout is not cut into strips (the
     * roadmap on A3, as wide tables are in Japanese offices, the others on A4).
     */
    private void finish(Sheet sheet, int columns, int rows, Widths widths, int frozenColumns, short paper) {
        sheet.createFreezePane(frozenColumns, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(paper);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        for (int i = 0; i < columns; i++) {
            // Units of 1/256 of a character; room for the filter button and a margin.
            sheet.setColumnWidth(i, (widths.of(i) + 4) * 256);
        }
    }

    /** Makes {@code row} tall enough for the wrapped text in {@code columns}, at their final widths. */
    private static void fitHeight(Row row, Widths widths, int... columns) {
        int lines = 1;
        for (int column : columns) {
            Cell c = row.getCell(column);
            if (c == null) {
                continue;
            }
            int wrappedLines = 0;
            for (String line : c.getStringCellValue().split("\n")) {
                int perLine = widths.of(column) + 4; // the width set by finish()
                wrappedLines += Math.max(1, (width(line) + perLine - 1) / perLine);
            }
            lines = Math.max(lines, wrappedLines);
        }
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_HEIGHT + 3));
    }

    private void string(Row row, int column, String value, CellStyle style, Widths widths) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
        widths.fit(column, value);
    }

    private void number(Row row, int column, OptionalInt value, CellStyle style, Widths widths) {
        if (value.isPresent()) {
            cell(row, column, value.getAsInt(), style, widths, String.valueOf(value.getAsInt()));
        }
    }

    private void amount(Row row, int column, long yenValue, CellStyle style, Widths widths) {
        cell(row, column, yenValue, style, widths, String.format(Locale.ROOT, "△%,d円", yenValue));
    }

    private static void cell(Row row, int column, double value, CellStyle style, Widths widths, String shown) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
        widths.fit(column, shown);
    }

    /** The widest text of each column, in character cells (a Japanese character counts two). */
    private static final class Widths {
        private final int[] widths;
        private final int[] limits;

        Widths(int columns) {
            widths = new int[columns];
            limits = new int[columns];
            java.util.Arrays.fill(limits, MAX_WIDTH);
        }

        /** A text of several lines is as wide as its widest line. */
        void fit(int column, String shown) {
            for (String line : shown.split("\n")) {
                widths[column] = Math.max(widths[column], width(line));
            }
        }

        void limit(int column, int max) {
            limits[column] = max;
        }

        int of(int column) {
            return Math.min(limits[column], widths[column]);
        }
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            // Wide: CJK, kana, fullwidth forms; halfwidth katakana (U+FF61–FF9F) stays narrow.
            w += cp >= 0x1100 && !(cp >= 0xFF61 && cp <= 0xFF9F) && (cp <= 0x115F || cp >= 0x2E80) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}
