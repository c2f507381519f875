package org.kaname.sheets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;

/**
 * Reads a filled score sheet back against the plan and checks everything before anything is used: that it is a
 * Kaname score sheet of this plan (control sheet, format, version, fingerprint), who it is for (raters known to the
 * plan), that headings and rows are where they were written (nothing inserted, moved or renamed), and every score
 * (a whole number in the criterion's scale, or empty). Each problem names the file, the sheet and the cell.
 * A problem with a sheet as a whole leaves none of that sheet's rows accepted.
 */
public final class ScoreSheetReader {
    private final Plan plan;
    private final Messages messages;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    public ScoreSheetReader(Plan plan, Locale locale) {
        this.plan = plan;
        this.messages = Messages.of(SheetTexts.BUNDLE, locale);
    }

    public FileReport read(Path file) {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            return read(file, wb);
        } catch (IOException | RuntimeException e) {
            return failed(file, "", "", messages.get("problem.unreadable", String.valueOf(e.getMessage())));
        }
    }

    private record Meta(String format, int formatRow, String version, int versionRow, String fingerprint,
                        int fingerprintRow, String language, List<SheetRef> sheets, List<String> measures,
                        List<String> criteria) {
    }

    private record SheetRef(String name, String rater, int row) {
    }

    FileReport read(Path file, Workbook wb) {
        Sheet metaSheet = wb.getSheet(SheetLayout.META_SHEET);
        if (metaSheet == null) {
            return failed(file, "", "", messages.get("problem.noMetaSheet", SheetLayout.META_SHEET));
        }
        Meta meta = meta(metaSheet);
        String metaName = SheetLayout.META_SHEET;
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
        return new FileReport(file, raters, accepted, problems);
    }

    private List<SheetProblem> headers(Path file, Sheet sheet, SheetTexts texts) {
        List<SheetProblem> problems = new ArrayList<>();
        Row header = sheet.getRow(SheetLayout.HEADER_ROW);
        for (int c = 0; c < SheetLayout.COLUMNS; c++) {
            String found = header == null ? "" : text(header.getCell(c));
            String expected = texts.header(c);
            if (!expected.equals(found)) {
                problems.add(new SheetProblem(file, sheet.getSheetName(), SheetLayout.address(SheetLayout.HEADER_ROW, c),
                        messages.get("problem.header", expected, found)));
            }
        }
        return problems;
    }

    private void rows(Path file, Sheet sheet, String rater, SheetLayout layout, List<SheetEntry> accepted,
                      List<SheetProblem> problems) {
        String name = sheet.getSheetName();
        for (SheetLayout.Cell cell : layout.cells()) {
            Row row = sheet.getRow(cell.row());
            String measure = row == null ? "" : text(row.getCell(SheetLayout.COL_MEASURE));
            String criterion = row == null ? "" : text(row.getCell(SheetLayout.COL_CRITERION_ID));
            if (!measure.equals(cell.measure())) {
                problems.add(new SheetProblem(file, name, SheetLayout.address(cell.row(), SheetLayout.COL_MEASURE),
                        messages.get("problem.rowMoved", cell.measure(), measure)));
                continue;
            }
            if (!criterion.equals(cell.criterion())) {
                problems.add(new SheetProblem(file, name,
                        SheetLayout.address(cell.row(), SheetLayout.COL_CRITERION_ID),
                        messages.get("problem.rowMoved", cell.criterion(), criterion)));
                continue;
            }
            Criterion c = plan.criterion(cell.criterion()).orElseThrow();
            String scoreAddress = SheetLayout.address(cell.row(), SheetLayout.COL_SCORE);
            String note = row.getCell(SheetLayout.COL_NOTE) == null ? "" : text(row.getCell(SheetLayout.COL_NOTE));
            ScoreValue value = ScoreValue.of(row.getCell(SheetLayout.COL_SCORE), formatter);
            String reason = value.problem(c, plan, cell.measure(), rater, note, messages);
            if (reason != null) {
                problems.add(new SheetProblem(file, name, scoreAddress, reason));
                continue;
            }
            accepted.add(new SheetEntry(rater, cell.measure(), cell.criterion(), value.number(), note,
                    name + "!" + scoreAddress));
        }
    }

    private Meta meta(Sheet sheet) {
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
        for (Row row : sheet) {
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
                case MetaKeys.SHEET -> sheets.add(new SheetRef(value, text(row.getCell(2)), row.getRowNum()));
                case MetaKeys.MEASURE -> measures.add(value);
                case MetaKeys.CRITERION -> criteria.add(value);
                default -> {
                    // other keys (plan id and title, export time) are for people looking into the file
                }
            }
        }
        return new Meta(format, formatRow, version, versionRow, fingerprint, fingerprintRow, language, sheets,
                measures, criteria);
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

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getStringCellValue().strip();
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), -1, "General");
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        return formatter.formatCellValue(cell).strip();
    }

    private FileReport failed(Path file, String sheet, String cell, String reason) {
        return new FileReport(file, List.of(), List.of(), List.of(new SheetProblem(file, sheet, cell, reason)));
    }
}
