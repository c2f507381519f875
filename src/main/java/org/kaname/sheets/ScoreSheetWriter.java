package org.kaname.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
 * <p>The rows are streamed ({@link SXSSFWorkbook}: only {@value SheetWriting#ROW_WINDOW} rows in memory, every style made once,
 * merged regions added without POI's quadratic overlap check), so a 5,000-measure plan is written in seconds and a
 * few hundred MB at most (docs/benchmarks.md, "Score sheets at scale"). Rows therefore get their final height when they
 * are made: a measure's block of rows is laid out before its first row is written. Every text goes through
 * {@link CellText}, so no cell exceeds Excel's limit or holds a character XML cannot.
 */
public final class ScoreSheetWriter {
    private static final int MAX_VALIDATION_TEXT = SheetWriting.MAX_VALIDATION_TEXT;
    private static final float LINE_POINTS = SheetWriting.LINE_POINTS;
    private static final float MAX_ROW_POINTS = SheetWriting.MAX_ROW_POINTS;
    /** The rows of a worksheet below the heading rows: 1,048,576 in all. */
    public static final long MAX_DATA_ROWS = 1_048_576L - SheetLayout.FIRST_DATA_ROW;

    private final Plan plan;
    private final long planId;
    private final SheetTexts texts;
    private final SheetWriting writing;
    private final Instant exportedAt;
    private final Map<String, Measure> measures = new HashMap<>();
    private final Map<String, Criterion> criteria = new HashMap<>();
    private final Map<String, MeasureGroup> groups = new HashMap<>();

    public ScoreSheetWriter(Plan plan, long planId, Locale locale, Instant exportedAt) {
        this.plan = plan;
        this.planId = planId;
        this.texts = new SheetTexts(locale);
        this.writing = new SheetWriting(texts);
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
        check(raters);
        return writing.write(texts.get("sheet.title", plan.title()), wb -> build(wb, raters));
    }

    /** The workbook for {@code raters}, written to {@code out} as an .xlsx file (the stream is left open). */
    public void write(List<Rater> raters, OutputStream out) throws IOException {
        check(raters);
        writing.write(texts.get("sheet.title", plan.title()), wb -> build(wb, raters), out);
    }

    private void check(List<Rater> raters) {
        if (raters.isEmpty()) {
            throw new IllegalArgumentException("a score sheet needs at least one rater");
        }
        if (!fits(plan)) {
            throw new IllegalArgumentException("more measures × criteria than rows in a worksheet");
        }
    }

    private void build(SXSSFWorkbook workbook, List<Rater> raters) {
        SheetStyles styles = new SheetStyles(workbook);
        SheetLayout layout = new SheetLayout(plan.measures().stream().map(Measure::id).toList(),
                plan.criteria().stream().map(Criterion::id).toList());
        List<String> sheetNames = sheetNames(raters);
        for (int i = 0; i < raters.size(); i++) {
            entrySheet(workbook, styles, sheetNames.get(i), raters.get(i), layout);
        }
        criteriaSheet(workbook, styles);
        metaSheet(workbook, raters, sheetNames, layout);
    }

    private List<String> sheetNames(List<Rater> raters) {
        if (raters.size() == 1) {
            return List.of(texts.get("sheet.entry"));
        }
        Set<String> used = new HashSet<>(Set.of(texts.get("sheet.criteria"), SheetLayout.META_SHEET));
        List<String> names = new ArrayList<>();
        for (Rater r : raters) {
            names.add(SheetWriting.uniqueSheetName(texts.get("sheet.entryFor", CellText.clean(r.name())), used));
        }
        return names;
    }

    private void entrySheet(SXSSFWorkbook workbook, SheetStyles styles, String name, Rater rater, SheetLayout layout) {
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
        SheetWriting.validate(sheet, constraint, cells, texts.get("sheet.validation.errorTitle"),
                texts.get("sheet.validation.error", c.name(), c.scale().min(), c.scale().max()), c.name(), prompt(c));
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

    private void criteriaSheet(SXSSFWorkbook workbook, SheetStyles styles) {
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
        List<List<String>> rows = writing.metaHead(SheetLayout.FORMAT, SheetLayout.VERSION, PlanFingerprint.of(plan),
                planId, plan.title(), exportedAt);
        for (int i = 0; i < raters.size(); i++) {
            rows.add(List.of(MetaKeys.SHEET, sheetNames.get(i), raters.get(i).id()));
        }
        layout.measures().forEach(m -> rows.add(List.of(MetaKeys.MEASURE, m)));
        layout.criteria().forEach(c -> rows.add(List.of(MetaKeys.CRITERION, c)));
        writing.metaSheet(workbook, rows);
    }

    private void printSetup(Sheet sheet, String header) {
        writing.printSetup(sheet, SheetLayout.HEADER_ROW, header);
    }

    private static void protect(SXSSFSheet sheet) {
        SheetWriting.protect(sheet);
    }

    private void text(Row row, int column, String value, CellStyle style) {
        writing.text(row, column, value, style);
    }

    private String cell(String value) {
        return writing.cell(value);
    }

    static int lines(String text, int width) {
        return SheetWriting.lines(text, width);
    }

    private static String cut(String s, int max) {
        return SheetWriting.cut(s, max);
    }
}
