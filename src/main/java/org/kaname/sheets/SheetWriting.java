package org.kaname.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaname.model.Limits;

/**
 * What Kaname's protected input workbooks (score sheets, actuals sheets) share when written: the streamed workbook
 * and its finishing (structure locked, title), cell texts through {@link CellText} (cut with the sheet's marker),
 * sheet names Excel accepts, protection without a password, A4 landscape printing, input validation with Excel's
 * length limits, the very hidden control sheet and the row heights of wrapped texts.
 */
final class SheetWriting {
    /** Rows kept in memory while writing; older rows are already on their way to the file. */
    static final int ROW_WINDOW = 100;
    static final float LINE_POINTS = 15f;
    /** Excel's tallest row. */
    static final float MAX_ROW_POINTS = 409f;
    /** Excel's limit on a validation message. */
    static final int MAX_VALIDATION_TEXT = 255;
    private static final int MAX_PROMPT_TITLE = 32;
    /** Excel's page header holds 255 characters, codes included. */
    private static final int MAX_HEADER_TEXT = 200;

    private final SheetTexts texts;

    SheetWriting(SheetTexts texts) {
        this.texts = texts;
    }

    /**
     * A workbook built by {@code build} and finished (first sheet active, structure locked, {@code title} as its
     * document title), as the bytes of an .xlsx file. Texts go to the shared string table, not inline: a tool built
     * on POI that changes an inline text keeps showing and saving the old one, and departments' macros and
     * converters should see what Excel sees.
     */
    byte[] write(String title, Consumer<SXSSFWorkbook> build) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(title, build, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** As {@link #write(String, Consumer)}, to {@code out} (left open). */
    void write(String title, Consumer<SXSSFWorkbook> build, java.io.OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROW_WINDOW, false, true);
        try {
            build.accept(workbook);
            workbook.setActiveSheet(0);
            workbook.setFirstVisibleTab(0);
            XSSFWorkbook xssf = workbook.getXSSFWorkbook();
            xssf.lockStructure();
            xssf.getProperties().getCoreProperties().setTitle(fit(title, Limits.SHORT_TEXT_LENGTH));
            xssf.getProperties().getCoreProperties().setCreator("Kaname");
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** A name Excel accepts for a sheet (31 characters at most), without half a surrogate pair at the cut. */
    static String sheetName(String name) {
        String safe = WorkbookUtil.createSafeSheetName(CellText.clean(name));
        return safe.isEmpty() || !Character.isHighSurrogate(safe.charAt(safe.length() - 1))
                ? safe : safe.substring(0, safe.length() - 1);
    }

    /** {@link #sheetName} of {@code base}, made unique among {@code used} with (2), (3)…, and added to it. */
    static String uniqueSheetName(String base, java.util.Set<String> used) {
        String first = sheetName(base);
        String name = first;
        for (int n = 2; used.contains(name); n++) {
            String suffix = "(" + n + ")";
            name = sheetName(first.substring(0, Math.min(first.length(), 31 - suffix.length()))) + suffix;
        }
        used.add(name);
        return name;
    }

    /** Protection without a password: formatting rows and columns stays allowed so a department can resize them. */
    static void protect(SXSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    /** A4 landscape, one page wide; {@code headerRow} repeated on every page (-1: none), {@code header} at the top right. */
    void printSetup(Sheet sheet, int headerRow, String header) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        // '&' starts a code in a page header; "&&" prints one
        sheet.getHeader().setRight(fit(header, MAX_HEADER_TEXT / 2).replace("&", "&&"));
        sheet.getFooter().setCenter("&P / &N");
    }

    /**
     * A validation of {@code cells} that stops a wrong entry with {@code error} and shows {@code prompt} when a cell
     * is selected; an empty cell is allowed. Texts are cut to Excel's limits.
     */
    static void validate(SXSSFSheet sheet, DataValidationConstraint constraint, CellRangeAddressList cells,
                         String errorTitle, String error, String promptTitle, String prompt) {
        DataValidation v = sheet.getDataValidationHelper().createValidation(constraint, cells);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.createErrorBox(cut(errorTitle, MAX_PROMPT_TITLE), cut(error, MAX_VALIDATION_TEXT));
        v.setShowPromptBox(true);
        v.createPromptBox(cut(promptTitle, MAX_PROMPT_TITLE), cut(prompt, MAX_VALIDATION_TEXT));
        sheet.addValidationData(v);
    }

    /**
     * The first rows of every control sheet: what the workbook is ({@code format} and its {@code version}), the plan
     * it was written for ({@code fingerprint}, stored ID and title), when, and in which language.
     */
    List<List<String>> metaHead(String format, int version, String fingerprint, long planId, String planTitle,
                                java.time.Instant exportedAt) {
        return new java.util.ArrayList<>(List.of(
                List.of(MetaKeys.FORMAT, format),
                List.of(MetaKeys.VERSION, String.valueOf(version)),
                List.of(MetaKeys.FINGERPRINT, fingerprint),
                List.of(MetaKeys.PLAN_ID, String.valueOf(planId)),
                List.of(MetaKeys.PLAN_TITLE, planTitle),
                List.of(MetaKeys.EXPORTED_AT, exportedAt.toString()),
                List.of(MetaKeys.LANGUAGE, texts.language())));
    }

    /**
     * The control sheet {@value SheetLayout#META_SHEET}: one row per entry of {@code rows} (a key, then its values),
     * protected and very hidden, so it is neither seen nor changed by accident.
     */
    void metaSheet(SXSSFWorkbook workbook, List<List<String>> rows) {
        SXSSFSheet sheet = workbook.createSheet(SheetLayout.META_SHEET);
        int r = 0;
        for (List<String> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                row.createCell(c).setCellValue(cell(values.get(c)));
            }
        }
        protect(sheet);
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(cell(value));
        cell.setCellStyle(style);
    }

    /** {@code value} as a cell can hold it. */
    String cell(String value) {
        return CellText.cell(value, texts.get("sheet.cut"));
    }

    String fit(String value, int max) {
        return CellText.fit(value, max, texts.get("sheet.cut"));
    }

    /** Lines a wrapped text takes in a column of {@code width} characters, a Japanese character counting two. */
    static int lines(String text, int width) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int w = 0;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                w += cp >= 0x2E80 ? 2 : 1;
                i += Character.charCount(cp);
            }
            lines += Math.max(1, (w + width - 2) / (width - 1));
        }
        return lines;
    }

    static String cut(String s, int max) {
        return CellText.fit(s, max, "…");
    }
}
