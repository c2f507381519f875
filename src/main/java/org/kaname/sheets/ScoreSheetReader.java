package org.kaname.sheets;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.EditTexts;
import org.kaname.edit.ScoreEdits;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Limits;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;

/**
 * Reads a filled score sheet back against the plan and checks everything before anything is used: that it is a
 * Kaname score sheet of this plan (control sheet, format, version, fingerprint), who it is for (raters known to the
 * plan), that headings and rows are where they were written (nothing inserted, moved or renamed), and every score
 * (a whole number in the criterion's scale, or empty) and rationale (at most {@link Limits#LONG_TEXT_LENGTH}
 * characters). Each problem names the file, the sheet and the cell. A problem with a sheet as a whole leaves none of
 * that sheet's rows accepted.
 *
 * <p>No value is taken from a formula, in any cell the reader reads: a formula's cached result is what Excel last
 * computed, perhaps from another workbook (an external reference) or never (a formula written by another program
 * has no result, which POI reads as 0). A sheet made for another stored plan with the same measures and criteria (a
 * copy of the plan) is read, with a warning naming both plans.
 */
public final class ScoreSheetReader {
    /** Texts from a sheet quoted in a message are cut to this many characters. */
    static final int QUOTE_LENGTH = SheetCells.QUOTE_LENGTH;

    private final Plan plan;
    private final long planId;
    private final Messages messages;
    private final EditTexts edits;
    private final SheetCells cells;
    private final DataFormatter formatter;
    private final SheetFile sheetFile;

    public ScoreSheetReader(Plan plan, Locale locale) {
        this(plan, -1, locale);
    }

    /** A reader for the stored plan {@code planId} ({@code -1}: not stored; no check of the sheet's plan ID). */
    public ScoreSheetReader(Plan plan, long planId, Locale locale) {
        this(plan, planId, locale, new SheetFile());
    }

    ScoreSheetReader(Plan plan, long planId, Locale locale, SheetFile sheetFile) {
        this.plan = plan;
        this.planId = planId;
        this.messages = Messages.of(SheetTexts.BUNDLE, locale);
        this.edits = EditTexts.of(locale);
        this.cells = new SheetCells(messages);
        this.formatter = cells.formatter();
        this.sheetFile = sheetFile;
    }

    public FileReport read(Path file) {
        return sheetFile.read(file, messages, wb -> read(file, wb), reason -> failed(file, "", "", reason));
    }

    /** Reads the workbook in {@code in} (read to its end, at most {@link SheetFile#MAX_FILE_BYTES}) as {@code file}. */
    FileReport read(Path file, InputStream in) {
        return sheetFile.read(in, messages, wb -> read(file, wb), reason -> failed(file, "", "", reason));
    }

    private record SheetRef(String name, String rater, int row) {
    }

    FileReport read(Path file, Workbook wb) {
        Sheet metaSheet = wb.getSheet(SheetLayout.META_SHEET);
        if (metaSheet == null) {
            return failed(file, "", "", messages.get("problem.noMetaSheet", SheetLayout.META_SHEET));
        }
        String metaName = SheetLayout.META_SHEET;
        MetaSheet meta = MetaSheet.read(file, metaSheet, cells);
        SheetProblem identity = meta.identity(file, SheetLayout.FORMAT, SheetLayout.VERSION, PlanFingerprint.of(plan),
                messages, "");
        if (identity != null) {
            return new FileReport(file, List.of(), List.of(), List.of(identity));
        }
        List<String> measureIds = meta.all(MetaKeys.MEASURE).stream().map(MetaSheet.Entry::value).toList();
        List<String> criterionIds = meta.all(MetaKeys.CRITERION).stream().map(MetaSheet.Entry::value).toList();
        List<SheetRef> sheets = meta.all(MetaKeys.SHEET).stream()
                .map(e -> new SheetRef(e.value(), e.extra(), e.row())).toList();
        Set<String> difference = difference(measureIds, plan.measures().stream().map(Measure::id).toList());
        difference.addAll(difference(criterionIds, plan.criteria().stream().map(Criterion::id).toList()));
        if (!difference.isEmpty()) {
            return failed(file, metaName, "", messages.get("problem.structureId", String.join(", ", difference)));
        }
        if (sheets.isEmpty()) {
            return failed(file, metaName, "", messages.get("problem.raterMissing"));
        }
        SheetTexts texts = SheetTexts.forLanguage(meta.value(MetaKeys.LANGUAGE, "ja"));
        SheetLayout layout = new SheetLayout(measureIds, criterionIds);
        List<SheetProblem> problems = new ArrayList<>();
        List<SheetEntry> accepted = new ArrayList<>();
        List<SheetProblem> warnings = new ArrayList<>();
        String sheetPlanId = meta.value(MetaKeys.PLAN_ID, "");
        if (planId >= 0 && !String.valueOf(planId).equals(sheetPlanId)) {
            warnings.add(new SheetProblem(file, metaName, "", messages.get("warning.planCopy",
                    quote(meta.value(MetaKeys.PLAN_TITLE, "")), quote(sheetPlanId), quote(plan.title()),
                    String.valueOf(planId))));
        }
        List<String> raters = new ArrayList<>();
        Set<String> knownRaters = new HashSet<>(plan.raters().stream().map(Rater::id).toList());
        for (SheetRef ref : sheets) {
            String raterCell = SheetLayout.address(ref.row(), 2);
            if (ref.rater().isBlank()) {
                problems.add(new SheetProblem(file, metaName, raterCell, messages.get("problem.raterMissing")));
                continue;
            }
            if (!knownRaters.contains(ref.rater())) {
                problems.add(new SheetProblem(file, metaName, raterCell,
                        messages.get("problem.raterUnknown", ref.rater())));
                continue;
            }
            if (raters.contains(ref.rater())) {
                problems.add(new SheetProblem(file, metaName, raterCell,
                        messages.get("problem.raterTwice", ref.rater())));
                continue;
            }
            Sheet sheet = wb.getSheet(ref.name());
            if (sheet == null) {
                problems.add(new SheetProblem(file, "", "", messages.get("problem.sheetMissing", ref.name())));
                continue;
            }
            List<SheetProblem> headerProblems = headers(file, sheet, texts);
            if (!headerProblems.isEmpty()) {
                problems.addAll(headerProblems);
                continue;
            }
            raters.add(ref.rater());
            rows(file, sheet, ref.rater(), layout, accepted, problems);
        }
        return new FileReport(file, raters, accepted, problems, warnings);
    }

    private List<SheetProblem> headers(Path file, Sheet sheet, SheetTexts texts) {
        List<SheetProblem> problems = new ArrayList<>();
        Row header = sheet.getRow(SheetLayout.HEADER_ROW);
        for (int c = 0; c < SheetLayout.COLUMNS; c++) {
            Cell cell = header == null ? null : header.getCell(c);
            String address = SheetLayout.address(SheetLayout.HEADER_ROW, c);
            if (isFormula(cell)) {
                problems.add(formulaProblem(file, sheet.getSheetName(), address, cell));
                continue;
            }
            String found = text(cell);
            String expected = texts.header(c);
            if (!expected.equals(found)) {
                problems.add(new SheetProblem(file, sheet.getSheetName(), address,
                        messages.get("problem.header", expected, quote(found))));
            }
        }
        return problems;
    }

    private void rows(Path file, Sheet sheet, String rater, SheetLayout layout, List<SheetEntry> accepted,
                      List<SheetProblem> problems) {
        String name = sheet.getSheetName();
        Map<String, Criterion> criteria = new HashMap<>();
        plan.criteria().forEach(c -> criteria.putIfAbsent(c.id(), c));
        Map<List<String>, Double> stored = new HashMap<>();
        plan.scores().stream().filter(s -> s.rater().equals(rater))
                .forEach(s -> stored.put(List.of(s.measure(), s.criterion()), s.value()));
        for (SheetLayout.Cell cell : layout.cells()) {
            Row row = sheet.getRow(cell.row());
            SheetProblem formula = formulaIn(file, name, row, cell.row(), SheetLayout.COL_MEASURE,
                    SheetLayout.COL_CRITERION_ID, SheetLayout.COL_SCORE, SheetLayout.COL_NOTE);
            if (formula != null) {
                problems.add(formula);
                continue;
            }
            String measure = row == null ? "" : text(row.getCell(SheetLayout.COL_MEASURE));
            String criterion = row == null ? "" : text(row.getCell(SheetLayout.COL_CRITERION_ID));
            if (!measure.equals(cell.measure())) {
                problems.add(new SheetProblem(file, name, SheetLayout.address(cell.row(), SheetLayout.COL_MEASURE),
                        messages.get("problem.rowMoved", cell.measure(), quote(measure))));
                continue;
            }
            if (!criterion.equals(cell.criterion())) {
                problems.add(new SheetProblem(file, name,
                        SheetLayout.address(cell.row(), SheetLayout.COL_CRITERION_ID),
                        messages.get("problem.rowMoved", cell.criterion(), quote(criterion))));
                continue;
            }
            Criterion c = criteria.get(cell.criterion());
            String scoreAddress = SheetLayout.address(cell.row(), SheetLayout.COL_SCORE);
            String note = row.getCell(SheetLayout.COL_NOTE) == null ? "" : text(row.getCell(SheetLayout.COL_NOTE));
            String noteProblem = noteProblem(note, "problem.noteTooLong", messages, edits);
            if (noteProblem != null) {
                problems.add(new SheetProblem(file, name, SheetLayout.address(cell.row(), SheetLayout.COL_NOTE),
                        noteProblem));
                continue;
            }
            ScoreValue value = ScoreValue.of(row.getCell(SheetLayout.COL_SCORE), formatter);
            String reason = value.problem(c, stored.get(List.of(cell.measure(), cell.criterion())), note,
                    messages);
            if (reason != null) {
                problems.add(new SheetProblem(file, name, scoreAddress, reason));
                continue;
            }
            accepted.add(new SheetEntry(rater, cell.measure(), cell.criterion(), value.number(), note,
                    name + "!" + scoreAddress));
        }
    }

    private SheetProblem formulaIn(Path file, String sheet, Row row, int rowIndex, int... columns) {
        return cells.formulaIn(file, sheet, row, rowIndex, columns);
    }

    private static boolean isFormula(Cell cell) {
        return SheetCells.isFormula(cell);
    }

    private SheetProblem formulaProblem(Path file, String sheet, String address, Cell cell) {
        return cells.formulaProblem(file, sheet, address, cell);
    }

    /** {@code s} as quoted in a message: one line, at most {@value #QUOTE_LENGTH} characters. */
    static String quote(String s) {
        return SheetCells.quote(s);
    }

    /** Ids only on one side, or listed twice. */
    private static Set<String> difference(List<String> inSheet, List<String> inPlan) {
        Set<String> diff = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (String id : inSheet) {
            if (!inPlan.contains(id) || !seen.add(id)) {
                diff.add(id);
            }
        }
        for (String id : inPlan) {
            if (!seen.contains(id)) {
                diff.add(id);
            }
        }
        return diff;
    }

    /**
     * Why a rationale cannot be stored, or null: too long (worded by {@code tooLongKey}), or holding a character the
     * plan may not hold — the same rule as a rationale typed in the app ({@link ScoreEdits#checkNote}). A sheet's XML
     * or a score file's JSON can carry such characters as escapes (_xFFFF_, \uFFFF).
     */
    static String noteProblem(String note, String tooLongKey, Messages messages, EditTexts edits) {
        if (note.length() > Limits.LONG_TEXT_LENGTH) {
            return messages.get(tooLongKey, note.length(), Limits.LONG_TEXT_LENGTH);
        }
        try {
            ScoreEdits.checkNote(note);
            return null;
        } catch (EditRefusedException e) {
            return edits.refusal(e);
        }
    }

    /** A cell's text; callers have refused formulas first. */
    private String text(Cell cell) {
        return cells.text(cell);
    }

    private FileReport failed(Path file, String sheet, String cell, String reason) {
        return new FileReport(file, List.of(), List.of(), List.of(new SheetProblem(file, sheet, cell, reason)));
    }
}
