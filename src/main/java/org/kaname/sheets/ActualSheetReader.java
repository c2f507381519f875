package org.kaname.sheets;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.kaname.edit.SetActuals;
import org.kaname.i18n.Messages;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.Limits;
import org.kaname.model.Plan;

/**
 * Reads a filled actuals sheet back against the plan, checking everything before anything is used, as the score
 * sheet reader does and with the same pieces ({@link SheetFile}, {@link MetaSheet}, {@link SheetCells}): that it is
 * a Kaname actuals sheet written for this plan (control sheet, format, version, {@link PlanFingerprint#ofIndicators};
 * a sheet of another stored plan with another title is refused, of a copy with the same indicators read with a
 * warning), its 年度, that each 担当課's sheet, headings and rows are where they were written, and every input cell:
 * the actual a number (a text holding one counts, see {@link ActualValue}), the date a date, source and note within
 * the plan's limits, nothing entered beside an empty actual. An empty actual is not reported: the row is skipped and
 * a stored actual stays. Every problem names the file, the sheet and the cell; a file with any problem stores
 * nothing.
 */
public final class ActualSheetReader {
    private final Plan plan;
    private final long planId;
    private final Messages messages;
    private final SheetCells cells;
    private final SheetFile sheetFile;

    /** A reader for the stored plan {@code planId} ({@code -1}: not stored; no check of the sheet's plan). */
    public ActualSheetReader(Plan plan, long planId, Locale locale) {
        this(plan, planId, locale, new SheetFile());
    }

    ActualSheetReader(Plan plan, long planId, Locale locale, SheetFile sheetFile) {
        this.plan = plan;
        this.planId = planId;
        this.messages = Messages.of(SheetTexts.BUNDLE, locale);
        this.cells = new SheetCells(messages);
        this.sheetFile = sheetFile;
    }

    public ActualsReport read(Path file) {
        return sheetFile.read(file, messages, wb -> read(file, wb), reason -> failed(file, "", "", reason));
    }

    ActualsReport read(Path file, Workbook wb) {
        Sheet metaSheet = wb.getSheet(SheetLayout.META_SHEET);
        String metaName = SheetLayout.META_SHEET;
        if (metaSheet == null) {
            return failed(file, "", "", messages.get("actuals.problem.noMetaSheet", metaName));
        }
        MetaSheet meta = MetaSheet.read(file, metaSheet, cells);
        String fingerprint = PlanFingerprint.ofIndicators(plan);
        SheetProblem identity = meta.identity(file, ActualsLayout.FORMAT, ActualsLayout.VERSION, fingerprint,
                messages, "actuals.");
        if (identity != null) {
            return ActualsReport.failed(file, identity);
        }
        List<SheetProblem> warnings = new ArrayList<>();
        String sheetPlanId = meta.value(MetaKeys.PLAN_ID, "");
        String sheetTitle = meta.value(MetaKeys.PLAN_TITLE, "");
        if (planId >= 0 && !String.valueOf(planId).equals(sheetPlanId)) {
            Object[] args = {SheetCells.quote(sheetTitle), SheetCells.quote(sheetPlanId),
                SheetCells.quote(plan.title()), String.valueOf(planId)};
            if (!sheetTitle.strip().equals(CellText.clean(plan.title()).strip())) {
                MetaSheet.Entry at = meta.first(MetaKeys.PLAN_ID, 3);
                return failed(file, metaName, SheetLayout.address(at.row(), 1),
                        messages.get("actuals.problem.otherPlanTitle", args));
            }
            warnings.add(new SheetProblem(file, metaName, "", messages.get("actuals.warning.planCopy", args)));
        }
        MetaSheet.Entry yearEntry = meta.first(MetaKeys.YEAR, 7);
        Integer year = yearEntry.value().matches("\\d{4}") ? Integer.valueOf(yearEntry.value()) : null;
        if (year == null || !plan.fiscalYears().contains(year)) {
            return failed(file, metaName, SheetLayout.address(yearEntry.row(), 1),
                    messages.get("actuals.problem.year", SheetCells.quote(yearEntry.value()),
                            String.valueOf(plan.fiscalYears().start()), String.valueOf(plan.fiscalYears().end())));
        }
        Map<String, List<String>> rowsBySheet = new LinkedHashMap<>();
        meta.all(MetaKeys.SHEET).forEach(e -> rowsBySheet.put(e.value(), new ArrayList<>()));
        for (MetaSheet.Entry e : meta.all(MetaKeys.INDICATOR)) {
            List<String> ids = rowsBySheet.get(e.extra());
            if (ids == null) {
                return failed(file, metaName, SheetLayout.address(e.row(), 2),
                        messages.get("actuals.problem.sheetMissing", SheetCells.quote(e.extra())));
            }
            ids.add(e.value());
        }
        if (rowsBySheet.values().stream().allMatch(List::isEmpty)) {
            return failed(file, metaName, "", messages.get("actuals.problem.noRows"));
        }
        SheetTexts texts = SheetTexts.forLanguage(meta.value(MetaKeys.LANGUAGE, "ja"));
        Map<String, Indicator> indicators = indicators(plan);
        List<ActualsReport.Row> rows = new ArrayList<>();
        List<SheetProblem> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> s : rowsBySheet.entrySet()) {
            Sheet sheet = wb.getSheet(s.getKey());
            if (sheet == null) {
                problems.add(new SheetProblem(file, "", "", messages.get("actuals.problem.sheetMissing",
                        SheetCells.quote(s.getKey()))));
                continue;
            }
            List<SheetProblem> headerProblems = headers(file, sheet, texts, year);
            if (!headerProblems.isEmpty()) {
                problems.addAll(headerProblems);
                continue;
            }
            for (int k = 0; k < s.getValue().size(); k++) {
                row(file, sheet, ActualsLayout.FIRST_DATA_ROW + k, indicators.get(s.getValue().get(k)),
                        s.getValue().get(k), year, rows, problems);
            }
        }
        return new ActualsReport(file, fingerprint, problems.isEmpty() ? rows : List.of(), problems, warnings);
    }

    /** Every indicator of the plan by id (the fingerprint matched, so every id of the sheet is among them). */
    static Map<String, Indicator> indicators(Plan plan) {
        Map<String, Indicator> byId = new HashMap<>();
        plan.groups().forEach(g -> g.indicators().forEach(i -> byId.putIfAbsent(i.id(), i)));
        plan.measures().forEach(m -> m.indicators().forEach(i -> byId.putIfAbsent(i.id(), i)));
        return byId;
    }

    private List<SheetProblem> headers(Path file, Sheet sheet, SheetTexts texts, int year) {
        List<SheetProblem> problems = new ArrayList<>();
        Row header = sheet.getRow(ActualsLayout.HEADER_ROW);
        for (int c = 0; c < ActualsLayout.COLUMNS; c++) {
            Cell cell = header == null ? null : header.getCell(c);
            String address = SheetLayout.address(ActualsLayout.HEADER_ROW, c);
            if (SheetCells.isFormula(cell)) {
                problems.add(cells.formulaProblem(file, sheet.getSheetName(), address, cell));
                continue;
            }
            String found = cells.text(cell);
            String expected = ActualsLayout.header(texts, c, year);
            if (!expected.strip().equals(found)) {
                problems.add(new SheetProblem(file, sheet.getSheetName(), address,
                        messages.get("actuals.problem.header", SheetCells.quote(expected), SheetCells.quote(found))));
            }
        }
        return problems;
    }

    private void row(Path file, Sheet sheet, int r, Indicator indicator, String id, int year,
                     List<ActualsReport.Row> rows, List<SheetProblem> problems) {
        String name = sheet.getSheetName();
        Row row = sheet.getRow(r);
        SheetProblem formula = cells.formulaIn(file, name, row, r, ActualsLayout.COL_ID, ActualsLayout.COL_ACTUAL,
                ActualsLayout.COL_DATE, ActualsLayout.COL_SOURCE, ActualsLayout.COL_NOTE);
        if (formula != null) {
            problems.add(formula);
            return;
        }
        String found = row == null ? "" : cells.text(row.getCell(ActualsLayout.COL_ID));
        if (!found.equals(id)) {
            problems.add(new SheetProblem(file, name, SheetLayout.address(r, ActualsLayout.COL_ID),
                    messages.get("actuals.problem.rowMoved", id, SheetCells.quote(found))));
            return;
        }
        String actualAt = SheetLayout.address(r, ActualsLayout.COL_ACTUAL);
        String dateAt = SheetLayout.address(r, ActualsLayout.COL_DATE);
        String source = cells.text(row.getCell(ActualsLayout.COL_SOURCE));
        String note = cells.text(row.getCell(ActualsLayout.COL_NOTE));
        Cell dateCell = row.getCell(ActualsLayout.COL_DATE);
        int before = problems.size();
        LocalDate date = date(file, name, dateAt, dateCell, problems);
        String sourceProblem = ActualValue.textProblem(source, Limits.SHORT_TEXT_LENGTH,
                "actuals.problem.sourceTooLong", messages);
        if (sourceProblem != null) {
            problems.add(new SheetProblem(file, name, SheetLayout.address(r, ActualsLayout.COL_SOURCE),
                    sourceProblem));
        }
        String noteProblem = ActualValue.textProblem(note, Limits.LONG_TEXT_LENGTH,
                "actuals.problem.noteTooLong", messages);
        if (noteProblem != null) {
            problems.add(new SheetProblem(file, name, SheetLayout.address(r, ActualsLayout.COL_NOTE), noteProblem));
        }
        Cell actualCell = row.getCell(ActualsLayout.COL_ACTUAL);
        String reason = null;
        Double value = null;
        switch (actualCell == null ? org.apache.poi.ss.usermodel.CellType.BLANK : actualCell.getCellType()) {
            case BLANK -> value = null;
            case NUMERIC -> value = actualCell.getNumericCellValue();
            case STRING -> {
                String text = actualCell.getStringCellValue();
                if (!text.isBlank()) {
                    value = ActualValue.number(text, indicator.unit());
                    if (value == null) {
                        reason = messages.get("actuals.problem.actualText", SheetCells.quote(text));
                    }
                }
            }
            case ERROR -> reason = messages.get("actuals.problem.actualError");
            default -> reason = messages.get("actuals.problem.actualText", SheetCells.quote(cells.text(actualCell)));
        }
        if (reason == null && value != null && !(Math.abs(value) < ActualValue.BOUND)) {
            reason = messages.get("actuals.problem.actualTooLarge", ActualSheetWriter.number(value));
        }
        if (reason == null && value == null && (date != null || !source.isEmpty() || !note.isEmpty())) {
            reason = messages.get("actuals.problem.dataWithoutActual");
        }
        if (reason != null) {
            problems.add(new SheetProblem(file, name, actualAt, reason));
        }
        if (problems.size() == before && value != null) {
            rows.add(new ActualsReport.Row(SetActuals.Entry.of(id, new IndicatorActual(year, value, date, source,
                    note)), name + "!" + actualAt));
        }
    }

    /** The date of a date cell (a date, or a text holding one); null when empty or a problem was added. */
    private LocalDate date(Path file, String sheet, String address, Cell cell, List<SheetProblem> problems) {
        if (cell == null) {
            return null;
        }
        switch (cell.getCellType()) {
            case BLANK -> {
                return null;
            }
            case NUMERIC -> {
                double serial = cell.getNumericCellValue();
                if (DateUtil.isValidExcelDate(serial)) {
                    LocalDate d = DateUtil.getLocalDateTime(serial).toLocalDate();
                    if (!d.isBefore(ActualSheetWriter.FIRST_DATE) && !d.isAfter(ActualSheetWriter.LAST_DATE)) {
                        return d;
                    }
                }
            }
            case STRING -> {
                String text = cell.getStringCellValue();
                if (text.isBlank()) {
                    return null;
                }
                LocalDate d = ActualValue.date(text);
                if (d != null) {
                    return d;
                }
            }
            default -> {
                // an error or a boolean: not a date
            }
        }
        problems.add(new SheetProblem(file, sheet, address,
                messages.get("actuals.problem.dateText", SheetCells.quote(cells.text(cell)))));
        return null;
    }

    private ActualsReport failed(Path file, String sheet, String cell, String reason) {
        return ActualsReport.failed(file, new SheetProblem(file, sheet, cell, reason));
    }
}
