package org.kaname.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaname.model.Criterion;
import org.kaname.model.Limits;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;

/**
 * Writes a score sheet workbook (Apache POI): an entry sheet per rater (one row per measure × criterion; only the
 * yellow score and rationale cells are unlocked; each score cell accepts whole numbers of its criterion's scale),
 * the criteria with their level descriptions, and the very hidden control sheet {@value SheetLayout#META_SHEET}
 * identifying plan, raters, layout and format. Sheets are protected without a password: the protection prevents
 * slips, not deliberate edits, which collection detects instead. The workbook structure is locked so the control
 * sheet cannot be unhidden or sheets renamed by accident.
 *
 * <p>The rows are streamed ({@link SXSSFWorkbook}: only {@value #ROW_WINDOW} rows in memory, every style made once,
 * merged regions added without POI's quadratic overlap check), so a 5,000-measure plan is written in seconds and a
 * few hundred MB at most (docs/benchmarks.md, "Score sheets at scale"). Rows therefore get their final height when they
 * are made: a measure's block of rows is laid out before its first row is written. Every text goes through
 * {@link CellText}, so no cell exceeds Excel's limit or holds a character XML cannot.
 */
public final class ScoreSheetWriter {
    /** Excel's default font on Japanese Windows. */
    static final String FONT = "游ゴシック";
    /** Rows kept in memory while writing; older rows are already on their way to the file. */
    static final int ROW_WINDOW = 100;
    private static final int MAX_VALIDATION_TEXT = 255;
    private static final int MAX_PROMPT_TITLE = 32;
    /** Excel's page header holds 255 characters, codes included. */
    private static final int MAX_HEADER_TEXT = 200;
    private static final float LINE_POINTS = 15f;
    /** Excel's tallest row. */
    private static final float MAX_ROW_POINTS = 409f;
    /** The rows of a worksheet below the heading rows: 1,048,576 in all. */
    public static final long MAX_DATA_ROWS = 1_048_576L - SheetLayout.FIRST_DATA_ROW;

    private final Plan plan;
    private final long planId;
    private final SheetTexts texts;
    private final Instant exportedAt;
    private final Map<String, Measure> measures = new HashMap<>();
    private final Map<String, Criterion> criteria = new HashMap<>();
    private final Map<String, MeasureGroup> groups = new HashMap<>();

    public ScoreSheetWriter(Plan plan, long planId, Locale locale, Instant exportedAt) {
        this.plan = plan;
        this.planId = planId;
        this.texts = new SheetTexts(locale);
        this.exportedAt = exportedAt;
        plan.measures().forEach(m -> measures.putIfAbsent(m.id(), m));
        plan.criteria().forEach(c -> criteria.putIfAbsent(c.id(), c));
        plan.groups().forEach(g -> groups.putIfAbsent(g.id(), g));
    }

    /** Whether {@code plan}'s measures × criteria fit on one worksheet. */
    public static boolean fits(Plan plan) {
        return (long) plan.measures().size() * plan.criteria().size() <= MAX_DATA_ROWS;
    }

    /** The workbook for {@code raters} (one entry sheet each, in the given order), as the bytes of an .xlsx file. */
    public byte[] write(List<Rater> raters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(raters, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The workbook for {@code raters}, written to {@code out} as an .xlsx file (the stream is left open). */
    public void write(List<Rater> raters, OutputStream out) throws IOException {
        if (raters.isEmpty()) {
            throw new IllegalArgumentException("a score sheet needs at least one rater");
        }
        if (!fits(plan)) {
            throw new IllegalArgumentException("more measures × criteria than rows in a worksheet");
        }
        // Texts go to the shared string table, not inline: a tool built on POI that changes an inline text keeps
        // showing and saving the old one, and departments' macros and converters should see what Excel sees.
        // The table holds each distinct text once, which the plan in memory holds already.
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROW_WINDOW, false, true);
        try {
            build(workbook, raters);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private void build(SXSSFWorkbook workbook, List<Rater> raters) {
        Styles styles = new Styles(workbook);
        SheetLayout layout = new SheetLayout(plan.measures().stream().map(Measure::id).toList(),
                plan.criteria().stream().map(Criterion::id).toList());
        List<String> sheetNames = sheetNames(raters);
        for (int i = 0; i < raters.size(); i++) {
            entrySheet(workbook, styles, sheetNames.get(i), raters.get(i), layout);
        }
        criteriaSheet(workbook, styles);
        metaSheet(workbook, raters, sheetNames, layout);
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
        XSSFWorkbook xssf = workbook.getXSSFWorkbook();
        xssf.lockStructure();
        xssf.getProperties().getCoreProperties().setTitle(fit(texts.get("sheet.title", plan.title()),
                Limits.SHORT_TEXT_LENGTH));
        xssf.getProperties().getCoreProperties().setCreator("Kaname");
    }

    private List<String> sheetNames(List<Rater> raters) {
        if (raters.size() == 1) {
            return List.of(texts.get("sheet.entry"));
        }
        Set<String> used = new HashSet<>(Set.of(texts.get("sheet.criteria"), SheetLayout.META_SHEET));
        List<String> names = new ArrayList<>();
        for (Rater r : raters) {
            String base = sheetName(texts.get("sheet.entryFor", CellText.clean(r.name())));
            String name = base;
            for (int n = 2; used.contains(name); n++) {
                String suffix = "(" + n + ")";
                name = sheetName(base.substring(0, Math.min(base.length(), 31 - suffix.length()))) + suffix;
            }
            used.add(name);
            names.add(name);
        }
        return names;
    }

    /** A name Excel accepts for a sheet (31 characters at most), without half a surrogate pair at the cut. */
    private static String sheetName(String name) {
        String safe = WorkbookUtil.createSafeSheetName(CellText.clean(name));
        return safe.isEmpty() || !Character.isHighSurrogate(safe.charAt(safe.length() - 1))
                ? safe : safe.substring(0, safe.length() - 1);
    }

    private void entrySheet(SXSSFWorkbook workbook, Styles styles, String name, Rater rater, SheetLayout layout) {
        SXSSFSheet sheet = workbook.createSheet(name);
        for (int c = 0; c < SheetLayout.COLUMNS; c++) {
            sheet.setColumnWidth(c, SheetLayout.WIDTHS[c] * 256);
        }
        Row title = sheet.createRow(SheetLayout.TITLE_ROW);
        title.setHeightInPoints(24);
        text(title, 0, texts.get("sheet.title", plan.title()), styles.title);
        text(title, SheetLayout.COL_CRITERION, texts.get("sheet.rater", rater.name(), rater.id()), styles.rater);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, SheetLayout.COL_CRITERION - 1));
        sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, SheetLayout.COL_CRITERION, SheetLayout.COL_NOTE));
        Row instructions = sheet.createRow(SheetLayout.INSTRUCTIONS_ROW);
        instructions.setHeightInPoints(2 * LINE_POINTS + 6);
        text(instructions, 0, texts.get("sheet.instructions"), styles.instructions);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(1, 1, 0, SheetLayout.COL_NOTE));
        Row header = sheet.createRow(SheetLayout.HEADER_ROW);
        header.setHeightInPoints(2 * LINE_POINTS + 4);
        for (int c = 0; c < SheetLayout.COLUMNS; c++) {
            text(header, c, texts.header(c), styles.header);
        }

        Map<String, Score> given = new HashMap<>();
        for (Score s : plan.scores()) {
            if (s.rater().equals(rater.id())) {
                given.put(s.measure() + "\t" + s.criterion(), s);
            }
        }
        Map<String, CellRangeAddressList> scoreCells = new HashMap<>();
        int n = layout.criteria().size();
        // each criterion's label once, not a message format per row
        List<String> criterionLabels = new ArrayList<>();
        for (String id : layout.criteria()) {
            Criterion c = criteria.get(id);
            criterionLabels.add(c.name() + "\n" + texts.get("sheet.scaleRange", c.scale().min(), c.scale().max()));
        }
        int row = SheetLayout.FIRST_DATA_ROW;
        for (String measureId : layout.measures()) {
            Measure m = measures.get(measureId);
            Score[] scores = new Score[n];
            float[] heights = new float[n];
            for (int k = 0; k < n; k++) {
                scores[k] = given.get(measureId + "\t" + layout.criteria().get(k));
                heights[k] = 2 * LINE_POINTS + 4;
                if (scores[k] != null) {
                    heights[k] = Math.max(heights[k], lines(scores[k].note(), SheetLayout.WIDTHS[SheetLayout.COL_NOTE])
                            * LINE_POINTS + 4);
                }
            }
            fitDescription(m, heights);
            for (int k = 0; k < n; k++) {
                boolean first = k == 0;
                Criterion c = criteria.get(layout.criteria().get(k));
                Row r = sheet.createRow(row);
                text(r, SheetLayout.COL_MEASURE, m.id(), styles.measureId(first));
                if (first) {
                    text(r, SheetLayout.COL_GROUP, groupText(m), styles.text(true));
                    text(r, SheetLayout.COL_TITLE, m.title(), styles.title(true));
                    text(r, SheetLayout.COL_DESCRIPTION, m.description(), styles.text(true));
                } else {
                    // under the merged block: styled but empty, no text to write
                    r.createCell(SheetLayout.COL_GROUP).setCellStyle(styles.text(false));
                    r.createCell(SheetLayout.COL_TITLE).setCellStyle(styles.title(false));
                    r.createCell(SheetLayout.COL_DESCRIPTION).setCellStyle(styles.text(false));
                }
                text(r, SheetLayout.COL_CRITERION_ID, c.id(), styles.id(first));
                text(r, SheetLayout.COL_CRITERION, criterionLabels.get(k), styles.text(first));
                Cell score = r.createCell(SheetLayout.COL_SCORE);
                score.setCellStyle(styles.score(first));
                Cell note = r.createCell(SheetLayout.COL_NOTE);
                note.setCellStyle(styles.note(first));
                Score s = scores[k];
                if (s != null) {
                    score.setCellValue(s.value());
                    note.setCellValue(cell(s.note()));
                }
                r.setHeightInPoints(Math.min(MAX_ROW_POINTS, heights[k]));
                scoreCells.computeIfAbsent(c.id(), key -> new CellRangeAddressList())
                        .addCellRangeAddress(row, SheetLayout.COL_SCORE, row, SheetLayout.COL_SCORE);
                row++;
            }
            if (n > 1) {
                int top = row - n;
                for (int col : new int[] {SheetLayout.COL_GROUP, SheetLayout.COL_TITLE,
                    SheetLayout.COL_DESCRIPTION}) {
                    // the blocks never overlap, so the overlap check (quadratic in the regions) is skipped
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(top, row - 1, col, col));
                }
            }
        }
        for (Criterion c : plan.criteria()) {
            validation(sheet, c, scoreCells.get(c.id()));
        }
        sheet.createFreezePane(0, SheetLayout.FIRST_DATA_ROW);
        printSetup(sheet, rater.name());
        protect(sheet);
    }

    private String groupText(Measure m) {
        if (m.group() == null) {
            return "";
        }
        MeasureGroup g = groups.get(m.group());
        return g == null ? m.group() : g.title();
    }

    /** Rows grow evenly so a measure's description, spread over its block of rows, is readable without resizing. */
    private static void fitDescription(Measure m, float[] heights) {
        int n = heights.length;
        float needed = Math.max(lines(m.description(), SheetLayout.WIDTHS[SheetLayout.COL_DESCRIPTION]),
                lines(m.title(), SheetLayout.WIDTHS[SheetLayout.COL_TITLE])) * LINE_POINTS + 6;
        float current = 0;
        for (float h : heights) {
            current += h;
        }
        if (current < needed) {
            float extra = (needed - current) / n;
            for (int k = 0; k < n; k++) {
                heights[k] += extra;
            }
        }
    }

    private void validation(SXSSFSheet sheet, Criterion c, CellRangeAddressList cells) {
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
        for (int level : levels(c.scale())) {
            String t = c.scale().levelText(level);
            if (!t.isBlank()) {
                levels.add(level + ": " + t.strip());
            }
        }
        for (int each = MAX_VALIDATION_TEXT; each > 8; each -= 4) {
            StringBuilder sb = new StringBuilder(head);
            for (String l : levels) {
                sb.append('\n').append(cut(l, each));
                if (sb.length() > MAX_VALIDATION_TEXT) {
                    break;
                }
            }
            if (sb.length() <= MAX_VALIDATION_TEXT) {
                return sb.toString();
            }
        }
        return cut(head, MAX_VALIDATION_TEXT);
    }

    /**
     * The levels a scale lists, highest first: every level of a scale of at most {@link Limits#MAX_SCALE_LEVELS}
     * (the validator allows no more); of a wider one, stored before that check, only its ends and described levels.
     */
    static List<Integer> levels(Scale scale) {
        List<Integer> levels = new ArrayList<>();
        if ((long) scale.max() - scale.min() + 1 <= Limits.MAX_SCALE_LEVELS) {
            for (int level = scale.max(); level >= scale.min(); level--) {
                levels.add(level);
            }
            return levels;
        }
        java.util.TreeSet<Integer> some = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        some.add(scale.max());
        some.add(scale.min());
        scale.levels().keySet().stream().filter(l -> l >= scale.min() && l <= scale.max()).forEach(some::add);
        levels.addAll(some);
        return levels;
    }

    private void criteriaSheet(SXSSFWorkbook workbook, Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(texts.get("sheet.criteria"));
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
            for (int level : levels(c.scale())) {
                boolean first = r == top;
                Row row = sheet.createRow(r++);
                text(row, 0, c.id(), styles.id(first));
                text(row, 1, first ? c.name() : "", styles.title(first));
                text(row, 2, first ? c.description() : "", styles.text(first));
                Cell lv = row.createCell(3);
                lv.setCellValue(level);
                lv.setCellStyle(styles.level(first));
                text(row, 4, c.scale().levelText(level), styles.text(first));
                row.setHeightInPoints(Math.min(MAX_ROW_POINTS, Math.max(LINE_POINTS + 6,
                        lines(c.scale().levelText(level), widths[4]) * LINE_POINTS + 4)));
            }
            if (r - top > 1) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(top, r - 1, 1, 1));
                sheet.addMergedRegionUnsafe(new CellRangeAddress(top, r - 1, 2, 2));
            }
        }
        sheet.createFreezePane(0, 1);
        printSetup(sheet, "");
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        protect(sheet);
    }

    private void metaSheet(SXSSFWorkbook workbook, List<Rater> raters, List<String> sheetNames, SheetLayout layout) {
        SXSSFSheet sheet = workbook.createSheet(SheetLayout.META_SHEET);
        int r = 0;
        r = metaRow(sheet, r, MetaKeys.FORMAT, SheetLayout.FORMAT);
        r = metaRow(sheet, r, MetaKeys.VERSION, String.valueOf(SheetLayout.VERSION));
        r = metaRow(sheet, r, MetaKeys.FINGERPRINT, PlanFingerprint.of(plan));
        r = metaRow(sheet, r, MetaKeys.PLAN_ID, String.valueOf(planId));
        r = metaRow(sheet, r, MetaKeys.PLAN_TITLE, plan.title());
        r = metaRow(sheet, r, MetaKeys.EXPORTED_AT, exportedAt.toString());
        r = metaRow(sheet, r, MetaKeys.LANGUAGE, texts.language());
        for (int i = 0; i < raters.size(); i++) {
            r = metaRow(sheet, r, MetaKeys.SHEET, sheetNames.get(i), raters.get(i).id());
        }
        for (String m : layout.measures()) {
            r = metaRow(sheet, r, MetaKeys.MEASURE, m);
        }
        for (String c : layout.criteria()) {
            r = metaRow(sheet, r, MetaKeys.CRITERION, c);
        }
        protect(sheet);
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private int metaRow(SXSSFSheet sheet, int r, String... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(cell(values[c]));
        }
        return r + 1;
    }

    private void printSetup(Sheet sheet, String header) {
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
        // '&' starts a code in a page header; "&&" prints one
        sheet.getHeader().setRight(fit(header, MAX_HEADER_TEXT / 2).replace("&", "&&"));
        sheet.getFooter().setCenter("&P / &N");
    }

    /** Protection without a password: formatting rows and columns stays allowed so a department can resize them. */
    private static void protect(SXSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(cell(value));
        cell.setCellStyle(style);
    }

    /** {@code value} as a cell can hold it. */
    private String cell(String value) {
        return CellText.cell(value, texts.get("sheet.cut"));
    }

    private String fit(String value, int max) {
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

    private static String cut(String s, int max) {
        return CellText.fit(s, max, "…");
    }

    /** The cell styles; input cells are unlocked and light yellow, the usual 入力欄 colour in Japanese offices. */
    private static final class Styles {
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

        Styles(Workbook wb) {
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
}
