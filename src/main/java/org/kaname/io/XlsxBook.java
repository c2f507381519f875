package org.kaname.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What Kaname's Excel workbooks share (the roadmap workbook, the workbook of indicators and costs): the font of Excel
 * on Japanese Windows, the cell styles (a shaded header, text, wrapped text, whole numbers, scores, yen with 円 and
 * negative amounts in red with △, bold totals, 達成率 as a percentage), and the finishing of a sheet: frozen and
 * filterable header row, column widths that follow the content (a Japanese character counts as two), printing one
 * page wide with the header repeated.
 */
final class XlsxBook implements AutoCloseable {
    /** Whole yen with separators and 円; negative amounts (an overrun's remaining budget) red with △. */
    static final String YEN_FORMAT = "#,##0\"円\";[Red]\"△\"#,##0\"円\"";
    static final String SCORE_FORMAT = "0.00";
    /** 達成率 as a percentage with one decimal (the cell holds the ratio, 1.0 = 100%). */
    static final String PERCENT_FORMAT = "0.0%";
    /** The workbook's font: the default of Excel on Japanese Windows. */
    static final String FONT = "游ゴシック";

    private static final int MAX_WIDTH = 80;
    /** Points per line of 11-point 游ゴシック. */
    private static final float LINE_HEIGHT = 15f;

    final XSSFWorkbook workbook = new XSSFWorkbook();
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle integer;
    final CellStyle score;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle yen;
    /** Shaded like a bar: the years a measure runs; the amount in the cell says the same without colour. */
    final CellStyle yenRunning;
    final CellStyle yenBold;
    final CellStyle bold;
    final CellStyle alert;

    XlsxBook() {
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
        decimal = workbook.createCellStyle();
        decimal.cloneStyleFrom(text);
        decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
        percent = workbook.createCellStyle();
        percent.cloneStyleFrom(text);
        percent.setDataFormat(workbook.createDataFormat().getFormat(PERCENT_FORMAT));
        yen = workbook.createCellStyle();
        yen.cloneStyleFrom(text);
        yen.setDataFormat(yenFormat);
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
    byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // writing to memory does not fail
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    Widths headerRow(Sheet sheet, List<String> labels) {
        Widths widths = new Widths(labels.size());
        Row row = sheet.createRow(0);
        for (int i = 0; i < labels.size(); i++) {
            string(row, i, labels.get(i), header, widths);
        }
        return widths;
    }

    /**
     * Freezes the header row (and {@code frozenColumns} on the left), adds a filter, sets the column widths, and
     * prints landscape one page wide with the header row repeated, so a printout is not cut into strips.
     */
    void finish(Sheet sheet, int columns, int rows, Widths widths, int frozenColumns, short paper) {
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
    static void fitHeight(Row row, Widths widths, int... columns) {
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

    void string(Row row, int column, String value, CellStyle style, Widths widths) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
        widths.fit(column, value);
    }

    void number(Row row, int column, OptionalInt value, CellStyle style, Widths widths) {
        if (value.isPresent()) {
            cell(row, column, value.getAsInt(), style, widths, String.valueOf(value.getAsInt()));
        }
    }

    void amount(Row row, int column, long yenValue, CellStyle style, Widths widths) {
        cell(row, column, yenValue, style, widths, String.format(Locale.ROOT, "△%,d円", yenValue));
    }

    static void cell(Row row, int column, double value, CellStyle style, Widths widths, String shown) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
        widths.fit(column, shown);
    }

    /** The widest text of each column, in character cells (a Japanese character counts two). */
    static final class Widths {
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
