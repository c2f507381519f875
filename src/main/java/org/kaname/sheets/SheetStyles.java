package org.kaname.sheets;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The cell styles of Kaname's workbooks (score sheets, actuals sheets), each made once: a workbook holds at most
 * 64,000 styles. Input cells are unlocked and light yellow, the usual 入力欄 colour in Japanese offices; a block's
 * first row ({@code first}) has a medium top border.
 */
final class SheetStyles {
    /** Excel's default font on Japanese Windows. */
    static final String FONT = "游ゴシック";

    final CellStyle title;
    final CellStyle rater;
    final CellStyle instructions;
    final CellStyle header;
    /** Made once each, on first use: a workbook holds at most 64,000 styles, and a lookup is cheaper than a style. */
    private final Map<String, CellStyle> firstRow = new HashMap<>();
    private final Map<String, CellStyle> otherRows = new HashMap<>();
    private final Workbook wb;
    private final Font normal;
    private final Font bold;
    private final Font small;
    private final Font big;

    SheetStyles(Workbook wb) {
        this.wb = wb;
        normal = font(11, false, false);
        bold = font(11, true, false);
        small = font(9, false, true);
        big = font(14, true, false);
        title = wb.createCellStyle();
        title.setFont(font(14, true, false));
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        rater = wb.createCellStyle();
        rater.setFont(bold);
        rater.setVerticalAlignment(VerticalAlignment.CENTER);
        rater.setAlignment(HorizontalAlignment.RIGHT);
        instructions = wb.createCellStyle();
        instructions.setFont(normal);
        instructions.setWrapText(true);
        instructions.setVerticalAlignment(VerticalAlignment.TOP);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        ((XSSFCellStyle) header).setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2}));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        borders(header, false);
    }

    CellStyle measureId(boolean first) {
        return style("measureId", first, s -> s.setFont(normal));
    }

    CellStyle id(boolean first) {
        return style("id", first, s -> s.setFont(small));
    }

    CellStyle text(boolean first) {
        return style("text", first, s -> s.setFont(normal));
    }

    CellStyle title(boolean first) {
        return style("title", first, s -> s.setFont(bold));
    }

    CellStyle level(boolean first) {
        return style("level", first, s -> {
            s.setFont(bold);
            s.setAlignment(HorizontalAlignment.CENTER);
        });
    }

    CellStyle score(boolean first) {
        return style("score", first, s -> {
            s.setFont(big);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(false);
            s.setDataFormat(wb.createDataFormat().getFormat("0"));
            input(s);
        });
    }

    CellStyle note(boolean first) {
        return style("note", first, s -> {
            s.setFont(normal);
            input(s);
        });
    }

    /** A number shown, not entered (現状値, 目標値): right-aligned, as Excel shows numbers. */
    CellStyle number(boolean first) {
        return style("number", first, s -> {
            s.setFont(normal);
            s.setAlignment(HorizontalAlignment.RIGHT);
        });
    }

    /** An input cell for a number (実績値). */
    CellStyle inputNumber(boolean first) {
        return style("inputNumber", first, s -> {
            s.setFont(bold);
            s.setAlignment(HorizontalAlignment.RIGHT);
            s.setWrapText(false);
            input(s);
        });
    }

    /** An input cell for a date, shown as Japanese offices write it: 2027/4/30. */
    CellStyle inputDate(boolean first) {
        return style("inputDate", first, s -> {
            s.setFont(normal);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setWrapText(false);
            s.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            input(s);
        });
    }

    private void input(CellStyle s) {
        s.setLocked(false);
        ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC}));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private CellStyle style(String kind, boolean first, java.util.function.Consumer<CellStyle> setup) {
        CellStyle made = (first ? firstRow : otherRows).get(kind);
        if (made != null) {
            return made;
        }
        return (first ? firstRow : otherRows).computeIfAbsent(kind, k -> {
            CellStyle s = wb.createCellStyle();
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            borders(s, first);
            setup.accept(s);
            return s;
        });
    }

    /** Thin grid; a measure's first row has a medium top border so each measure reads as one block. */
    private static void borders(CellStyle s, boolean first) {
        s.setBorderTop(first ? BorderStyle.MEDIUM : BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setTopBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
        s.setBottomBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
        s.setLeftBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
        s.setRightBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
    }

    private Font font(int points, boolean isBold, boolean grey) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(isBold);
        if (grey) {
            f.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        }
        return f;
    }
}
