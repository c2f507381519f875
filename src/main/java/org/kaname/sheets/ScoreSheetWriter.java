package org.kaname.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;

/**
 * Writes a score sheet workbook (Apache POI): an entry sheet per rater (one row per measure × criterion; only the
 * yellow score and rationale cells are unlocked; each score cell accepts whole numbers of its criterion's scale),
 * the criteria with their level descriptions, and the very hidden control sheet {@value SheetLayout#META_SHEET}
 * identifying plan, raters, layout and format. Sheets are protected without a password: the protection prevents
 * slips, not deliberate edits, which collection detects instead. The workbook structure is locked so the control
 * sheet cannot be unhidden or sheets renamed by accident.
 */
public final class ScoreSheetWriter {
    /** Excel's default font on Japanese Windows. */
    static final String FONT = "游ゴシック";
    private static final int MAX_VALIDATION_TEXT = 255;
    private static final int MAX_PROMPT_TITLE = 32;
    private static final float LINE_POINTS = 15f;

    private final Plan plan;
    private final long planId;
    private final SheetTexts texts;
    private final Instant exportedAt;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Styles styles;

    public ScoreSheetWriter(Plan plan, long planId, Locale locale, Instant exportedAt) {
        this.plan = plan;
        this.planId = planId;
        this.texts = new SheetTexts(locale);
        this.exportedAt = exportedAt;
        this.styles = new Styles(workbook);
    }

    /** The workbook for {@code raters} (one entry sheet each, in the given order), as the bytes of an .xlsx file. */
    public byte[] write(List<Rater> raters) {
        try (XSSFWorkbook wb = build(raters); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    XSSFWorkbook build(List<Rater> raters) {
        if (raters.isEmpty()) {
            throw new IllegalArgumentException("a score sheet needs at least one rater");
        }
        SheetLayout layout = new SheetLayout(plan.measures().stream().map(Measure::id).toList(),
                plan.criteria().stream().map(Criterion::id).toList());
        List<String> sheetNames = sheetNames(raters);
        for (int i = 0; i < raters.size(); i++) {
            entrySheet(sheetNames.get(i), raters.get(i), layout);
        }
        criteriaSheet();
        metaSheet(raters, sheetNames, layout);
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
        workbook.lockStructure();
        workbook.getProperties().getCoreProperties().setTitle(texts.get("sheet.title", plan.title()));
        workbook.getProperties().getCoreProperties().setCreator("Kaname");
        return workbook;
    }

    private List<String> sheetNames(List<Rater> raters) {
        if (raters.size() == 1) {
            return List.of(texts.get("sheet.entry"));
        }
        Set<String> used = new HashSet<>(Set.of(texts.get("sheet.criteria"), SheetLayout.META_SHEET));
        List<String> names = new ArrayList<>();
        for (Rater r : raters) {
            String base = WorkbookUtil.createSafeSheetName(texts.get("sheet.entryFor", r.name()));
            String name = base;
            for (int n = 2; used.contains(name); n++) {
                String suffix = "(" + n + ")";
                name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
            }
            used.add(name);
            names.add(name);
        }
        return names;
    }

    private void entrySheet(String name, Rater rater, SheetLayout layout) {
        XSSFSheet sheet = workbook.createSheet(name);
        for (int c = 0; c < SheetLayout.COLUMNS; c++) {
            sheet.setColumnWidth(c, SheetLayout.WIDTHS[c] * 256);
        }
        Row title = sheet.createRow(SheetLayout.TITLE_ROW);
        title.setHeightInPoints(24);
        text(title, 0, texts.get("sheet.title", plan.title()), styles.title);
        text(title, SheetLayout.COL_CRITERION, texts.get("sheet.rater", rater.name(), rater.id()), styles.rater);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, SheetLayout.COL_CRITERION - 1));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, SheetLayout.COL_CRITERION, SheetLayout.COL_NOTE));
        Row instructions = sheet.createRow(SheetLayout.INSTRUCTIONS_ROW);
        instructions.setHeightInPoints(2 * LINE_POINTS + 6);
        text(instructions, 0, texts.get("sheet.instructions"), styles.instructions);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, SheetLayout.COL_NOTE));
        Row header = sheet.createRow(SheetLayout.HEADER_ROW);
        header.setHeightInPoints(2 * LINE_POINTS + 4);
        for (int c = 0; c < SheetLayout.COLUMNS; c++) {
            text(header, c, texts.header(c), styles.header);
        }

        Map<List<String>, Score> given = new HashMap<>();
        for (Score s : plan.scores()) {
            if (s.rater().equals(rater.id())) {
                given.put(List.of(s.measure(), s.criterion()), s);
            }
        }
        Map<String, CellRangeAddressList> scoreCells = new HashMap<>();
        int criteriaCount = layout.criteria().size();
        List<SheetLayout.Cell> cells = layout.cells();
        for (int i = 0; i < cells.size(); i++) {
            SheetLayout.Cell cell = cells.get(i);
            boolean first = i % criteriaCount == 0;
            Measure m = plan.measure(cell.measure()).orElseThrow();
            Criterion c = plan.criterion(cell.criterion()).orElseThrow();
            Row row = sheet.createRow(cell.row());
            text(row, SheetLayout.COL_MEASURE, m.id(), styles.measureId(first));
            text(row, SheetLayout.COL_GROUP, first ? groupText(m) : "", styles.text(first));
            text(row, SheetLayout.COL_TITLE, first ? m.title() : "", styles.title(first));
            text(row, SheetLayout.COL_DESCRIPTION, first ? m.description() : "", styles.text(first));
            text(row, SheetLayout.COL_CRITERION_ID, c.id(), styles.id(first));
            text(row, SheetLayout.COL_CRITERION, c.name() + "\n"
                    + texts.get("sheet.scaleRange", c.scale().min(), c.scale().max()), styles.text(first));
            Score s = given.get(List.of(m.id(), c.id()));
            Cell score = row.createCell(SheetLayout.COL_SCORE);
            score.setCellStyle(styles.score(first));
            Cell note = row.createCell(SheetLayout.COL_NOTE);
            note.setCellStyle(styles.note(first));
            if (s != null) {
                score.setCellValue(s.value());
                note.setCellValue(s.note());
            }
            row.setHeightInPoints(Math.max(2 * LINE_POINTS + 4,
                    lines(s == null ? "" : s.note(), SheetLayout.WIDTHS[SheetLayout.COL_NOTE]) * LINE_POINTS + 4));
            scoreCells.computeIfAbsent(c.id(), k -> new CellRangeAddressList())
                    .addCellRangeAddress(cell.row(), SheetLayout.COL_SCORE, cell.row(), SheetLayout.COL_SCORE);
        }
        mergeMeasureBlocks(sheet, layout);
        fitDescriptions(sheet, layout);
        for (Criterion c : plan.criteria()) {
            validation(sheet, c, scoreCells.get(c.id()));
        }
        sheet.createFreezePane(0, SheetLayout.FIRST_DATA_ROW);
        printSetup(sheet, rater.name());
        protect(sheet);
    }

    private String groupText(Measure m) {
        return plan.group(m.group()).map(MeasureGroup::title).orElse(m.group());
    }

    private void mergeMeasureBlocks(XSSFSheet sheet, SheetLayout layout) {
        int n = layout.criteria().size();
        if (n < 2) {
            return;
        }
        for (int mi = 0; mi < layout.measures().size(); mi++) {
            int top = SheetLayout.FIRST_DATA_ROW + mi * n;
            for (int col : new int[] {SheetLayout.COL_GROUP, SheetLayout.COL_TITLE, SheetLayout.COL_DESCRIPTION}) {
                sheet.addMergedRegion(new CellRangeAddress(top, top + n - 1, col, col));
            }
        }
    }

    /** Rows grow so a measure's description, spread over its block of rows, is readable without resizing. */
    private void fitDescriptions(XSSFSheet sheet, SheetLayout layout) {
        int n = Math.max(1, layout.criteria().size());
        for (int mi = 0; mi < layout.measures().size(); mi++) {
            Measure m = plan.measure(layout.measures().get(mi)).orElseThrow();
            float needed = Math.max(lines(m.description(), SheetLayout.WIDTHS[SheetLayout.COL_DESCRIPTION]),
                    lines(m.title(), SheetLayout.WIDTHS[SheetLayout.COL_TITLE])) * LINE_POINTS + 6;
            int top = SheetLayout.FIRST_DATA_ROW + mi * n;
            float current = 0;
            for (int r = top; r < top + n; r++) {
                current += sheet.getRow(r).getHeightInPoints();
            }
            if (current < needed) {
                float extra = (needed - current) / n;
                for (int r = top; r < top + n; r++) {
                    Row row = sheet.getRow(r);
                    row.setHeightInPoints(row.getHeightInPoints() + extra);
                }
            }
        }
    }

    private void validation(XSSFSheet sheet, Criterion c, CellRangeAddressList cells) {
        if (cells == null) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createIntegerConstraint(
                DataValidationConstraint.OperatorType.BETWEEN,
                String.valueOf(c.scale().min()), String.valueOf(c.scale().max()));
        DataValidation v = helper.createValidation(constraint, cells);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.createErrorBox(texts.get("sheet.validation.errorTitle"),
                cut(texts.get("sheet.validation.error", c.name(), c.scale().min(), c.scale().max()),
                        MAX_VALIDATION_TEXT));
        v.setShowPromptBox(true);
        v.createPromptBox(cut(c.name(), MAX_PROMPT_TITLE), prompt(c));
        sheet.addValidationData(v);
    }

    /** The range and the level descriptions, highest first, shortened evenly to fit Excel's 255 characters. */
    private String prompt(Criterion c) {
        String head = texts.get("sheet.validation.prompt", c.scale().min(), c.scale().max());
        List<String> levels = new ArrayList<>();
        for (int level = c.scale().max(); level >= c.scale().min(); level--) {
            String t = c.scale().levelText(level);
            if (!t.isBlank()) {
                levels.add(level + ": " + t.strip());
            }
        }
        for (int each = MAX_VALIDATION_TEXT; each > 8; each -= 4) {
            StringBuilder sb = new StringBuilder(head);
            for (String l : levels) {
                sb.append('\n').append(cut(l, each));
            }
            if (sb.length() <= MAX_VALIDATION_TEXT) {
                return sb.toString();
            }
        }
        return cut(head, MAX_VALIDATION_TEXT);
    }

    private void criteriaSheet() {
        XSSFSheet sheet = workbook.createSheet(texts.get("sheet.criteria"));
        int[] widths = {11, 20, 50, 7, 70};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Row header = sheet.createRow(0);
        header.setHeightInPoints(LINE_POINTS + 6);
        String[] keys = {"sheet.criteria.id", "sheet.criteria.name", "sheet.criteria.description",
            "sheet.criteria.level", "sheet.criteria.levelText"};
        for (int c = 0; c < keys.length; c++) {
            text(header, c, texts.get(keys[c]), styles.header);
        }
        int r = 1;
        for (Criterion c : plan.criteria()) {
            int top = r;
            for (int level = c.scale().max(); level >= c.scale().min(); level--) {
                boolean first = r == top;
                Row row = sheet.createRow(r++);
                text(row, 0, c.id(), styles.id(first));
                text(row, 1, first ? c.name() : "", styles.title(first));
                text(row, 2, first ? c.description() : "", styles.text(first));
                Cell lv = row.createCell(3);
                lv.setCellValue(level);
                lv.setCellStyle(styles.level(first));
                text(row, 4, c.scale().levelText(level), styles.text(first));
                row.setHeightInPoints(Math.max(LINE_POINTS + 6, lines(c.scale().levelText(level), widths[4])
                        * LINE_POINTS + 4));
            }
            if (r - top > 1) {
                sheet.addMergedRegion(new CellRangeAddress(top, r - 1, 1, 1));
                sheet.addMergedRegion(new CellRangeAddress(top, r - 1, 2, 2));
            }
        }
        sheet.createFreezePane(0, 1);
        printSetup(sheet, "");
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        protect(sheet);
    }

    private void metaSheet(List<Rater> raters, List<String> sheetNames, SheetLayout layout) {
        XSSFSheet sheet = workbook.createSheet(SheetLayout.META_SHEET);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {MetaKeys.FORMAT, SheetLayout.FORMAT});
        rows.add(new String[] {MetaKeys.VERSION, String.valueOf(SheetLayout.VERSION)});
        rows.add(new String[] {MetaKeys.FINGERPRINT, PlanFingerprint.of(plan)});
        rows.add(new String[] {MetaKeys.PLAN_ID, String.valueOf(planId)});
        rows.add(new String[] {MetaKeys.PLAN_TITLE, plan.title()});
        rows.add(new String[] {MetaKeys.EXPORTED_AT, exportedAt.toString()});
        rows.add(new String[] {MetaKeys.LANGUAGE, texts.language()});
        for (int i = 0; i < raters.size(); i++) {
            rows.add(new String[] {MetaKeys.SHEET, sheetNames.get(i), raters.get(i).id()});
        }
        layout.measures().forEach(m -> rows.add(new String[] {MetaKeys.MEASURE, m}));
        layout.criteria().forEach(c -> rows.add(new String[] {MetaKeys.CRITERION, c}));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            String[] values = rows.get(r);
            for (int c = 0; c < values.length; c++) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
        protect(sheet);
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private static void printSetup(XSSFSheet sheet, String header) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.6);
        if (sheet.getSheetName().equals(SheetLayout.META_SHEET)) {
            return;
        }
        sheet.setRepeatingRows(new CellRangeAddress(SheetLayout.HEADER_ROW, SheetLayout.HEADER_ROW, -1, -1));
        sheet.getHeader().setRight(header);
        sheet.getFooter().setCenter("&P / &N");
    }

    /** Protection without a password: formatting rows and columns stays allowed so a department can resize them. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
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

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The cell styles; input cells are unlocked and light yellow, the usual 入力欄 colour in Japanese offices. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle rater;
        final CellStyle instructions;
        final CellStyle header;
        private final Map<String, CellStyle> cache = new HashMap<>();
        private final XSSFWorkbook wb;
        private final Font normal;
        private final Font bold;
        private final Font small;
        private final Font big;

        Styles(XSSFWorkbook wb) {
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

        private void input(CellStyle s) {
            s.setLocked(false);
            ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC}));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private CellStyle style(String kind, boolean first, java.util.function.Consumer<CellStyle> setup) {
            return cache.computeIfAbsent(kind + first, k -> {
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
}
