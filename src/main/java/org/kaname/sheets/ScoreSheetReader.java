package org.kaname.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
import org.apache.poi.ss.usermodel.CellType;
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
    static final int QUOTE_LENGTH = 60;

    private final Plan plan;
    private final long planId;
    private final Messages messages;
    private final EditTexts edits;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
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
        this.sheetFile = sheetFile;
    }

    public FileReport read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in);
        } catch (IOException e) {
            return failed(file, "", "", messages.get("problem.unreadable"));
        }
    }

    /** Reads the workbook in {@code in} (read to its end, at most {@link SheetFile#MAX_FILE_BYTES}) as {@code file}. */
    FileReport read(Path file, InputStream in) {
        Workbook wb;
        try {
            wb = sheetFile.open(in);
        } catch (SheetFile.Refused e) {
            return failed(file, "", "", messages.get(e.key, e.args));
        }
        try (wb) {
            return read(file, wb);
        } catch (IOException | RuntimeException e) {
            // a part POI cannot make sense of only when asked for it: the file is damaged
            return failed(file, "", "", messages.get("problem.notXlsx"));
        }
    }

    private record Meta(String format, int formatRow, String version, int versionRow, String fingerprint,
                        int fingerprintRow, String language, List<SheetRef> sheets, List<String> measures,
                        List<String> criteria, String planId, String planTitle, SheetProblem formula) {
    }

    private record SheetRef(String name, String rater, int row) {
    }

    FileReport read(Path file, Workbook wb) {
        Sheet metaSheet = wb.getSheet(SheetLayout.META_SHEET);
        if (metaSheet == null) {
            return failed(file, "", "", messages.get("problem.noMetaSheet", SheetLayout.META_SHEET));
        }
        String metaName = SheetLayout.META_SHEET;
        Meta meta = meta(file, metaSheet);
        if (meta.formula() != null) {
            return new FileReport(file, List.of(), List.of(), List.of(meta.formula()));
        }
        if (!SheetLayout.FORMAT.equals(meta.format())) {
            return failed(file, metaName, SheetLayout.address(meta.formatRow(), 1),
                    messages.get("problem.notSheet", meta.format()));
        }
        if (!String.valueOf(SheetLayout.VERSION).equals(meta.version())) {
            return failed(file, metaName, SheetLayout.address(meta.versionRow(), 1),
                    messages.get("problem.version", meta.version()));
        }
        if (!PlanFingerprint.of(plan).equals(meta.fingerprint())) {
            return failed(file, metaName, SheetLayout.address(meta.fingerprintRow(), 1),
                    messages.get("problem.otherPlan"));
        }
        Set<String> difference = difference(meta.measures(), plan.measures().stream().map(Measure::id).toList());
        difference.addAll(difference(meta.criteria(), plan.criteria().stream().map(Criterion::id).toList()));
        if (!difference.isEmpty()) {
            return failed(file, metaName, "", messages.get("problem.structureId", String.join(", ", difference)));
        }
        if (meta.sheets().isEmpty()) {
            return failed(file, metaName, "", messages.get("problem.raterMissing"));
        }
        SheetTexts texts = SheetTexts.forLanguage(meta.language());
        SheetLayout layout = new SheetLayout(meta.measures(), meta.criteria());
        List<SheetProblem> problems = new ArrayList<>();
        List<SheetEntry> accepted = new ArrayList<>();
        List<SheetProblem> warnings = new ArrayList<>();
        if (planId >= 0 && !String.valueOf(planId).equals(meta.planId())) {
            warnings.add(new SheetProblem(file, metaName, "", messages.get("warning.planCopy",
                    quote(meta.planTitle()), quote(meta.planId()), quote(plan.title()), String.valueOf(planId))));
        }
        List<String> raters = new ArrayList<>();
        Set<String> knownRaters = new HashSet<>(plan.raters().stream().map(Rater::id).toList());
        for (SheetRef ref : meta.sheets()) {
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

    /** The first of {@code columns} of {@code row} holding a formula, as a problem; null if none does. */
    private SheetProblem formulaIn(Path file, String sheet, Row row, int rowIndex, int... columns) {
        if (row == null) {
            return null;
        }
        for (int c : columns) {
            Cell cell = row.getCell(c);
            if (isFormula(cell)) {
                return formulaProblem(file, sheet, SheetLayout.address(rowIndex, c), cell);
            }
        }
        return null;
    }

    private static boolean isFormula(Cell cell) {
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }

    private SheetProblem formulaProblem(Path file, String sheet, String address, Cell cell) {
        String formula;
        try {
            formula = cell.getCellFormula();
        } catch (RuntimeException e) {
            formula = "";
        }
        return new SheetProblem(file, sheet, address, messages.get("problem.formula", quote(formula)));
    }

    /** {@code s} as quoted in a message: one line, at most {@value #QUOTE_LENGTH} characters. */
    static String quote(String s) {
        String line = s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ");
        return line.length() <= QUOTE_LENGTH ? line : CellText.fit(line, QUOTE_LENGTH, "…");
    }

    private Meta meta(Path file, Sheet sheet) {
        String format = "";
        String version = "";
        String fingerprint = "";
        String language = "ja";
        int formatRow = 0;
        int versionRow = 1;
        int fingerprintRow = 2;
        List<SheetRef> sheets = new ArrayList<>();
        List<String> measures = new ArrayList<>();
        List<String> criteria = new ArrayList<>();
        String planIdValue = "";
        String planTitle = "";
        for (Row row : sheet) {
            SheetProblem formula = formulaIn(file, sheet.getSheetName(), row, row.getRowNum(), 0, 1, 2);
            if (formula != null) {
                return new Meta(format, formatRow, version, versionRow, fingerprint, fingerprintRow, language, sheets,
                        measures, criteria, planIdValue, planTitle, formula);
            }
            String key = text(row.getCell(0));
            String value = text(row.getCell(1));
            switch (key) {
                case MetaKeys.FORMAT -> {
                    format = value;
                    formatRow = row.getRowNum();
                }
                case MetaKeys.VERSION -> {
                    version = value;
                    versionRow = row.getRowNum();
                }
                case MetaKeys.FINGERPRINT -> {
                    fingerprint = value;
                    fingerprintRow = row.getRowNum();
                }
                case MetaKeys.LANGUAGE -> language = value;
                case MetaKeys.PLAN_ID -> planIdValue = value;
                case MetaKeys.PLAN_TITLE -> planTitle = value;
                case MetaKeys.SHEET -> sheets.add(new SheetRef(value, text(row.getCell(2)), row.getRowNum()));
                case MetaKeys.MEASURE -> measures.add(value);
                case MetaKeys.CRITERION -> criteria.add(value);
                default -> {
                    // other keys (the export time) are for people looking into the file
                }
            }
        }
        return new Meta(format, formatRow, version, versionRow, fingerprint, fingerprintRow, language, sheets,
                measures, criteria, planIdValue, planTitle, null);
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
        if (cell == null) {
            return "";
        }
        return formatter.formatCellValue(cell).strip();
    }

    private FileReport failed(Path file, String sheet, String cell, String reason) {
        return new FileReport(file, List.of(), List.of(), List.of(new SheetProblem(file, sheet, cell, reason)));
    }
}
