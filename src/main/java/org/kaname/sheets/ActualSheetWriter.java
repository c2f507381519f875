package org.kaname.sheets;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kaname.model.FiscalYears;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Plan;

/**
 * Writes the actuals workbook of a plan for one 年度 (実績報告): a sheet per 担当課 ({@link ActualsLayout}), each row
 * a numeric indicator with its unit, direction, 現状値, the 年度's target and the final target, and yellow input
 * cells for the actual, the date it was measured, its source and a note — pre-filled with what is stored for that
 * 年度, so a sheet sent back twice changes nothing. Only the input cells are unlocked; the actual accepts a number
 * (the prompt names the unit), the date a date. The very hidden control sheet records the format, the plan (ID,
 * title, {@link PlanFingerprint#ofIndicators}), the 年度 and which indicator is on which row. Built with the same
 * {@link SheetWriting} and {@link SheetStyles} as the score sheets.
 */
public final class ActualSheetWriter {
    /** Dates a date cell accepts. */
    static final LocalDate FIRST_DATE = LocalDate.of(1989, 1, 8);
    static final LocalDate LAST_DATE = LocalDate.of(2101, 3, 31);

    private final Plan plan;
    private final long planId;
    private final int year;
    private final Locale locale;
    private final SheetTexts texts;
    private final SheetWriting writing;
    private final Instant exportedAt;
    private final List<ActualsLayout.OwnerSheet> sheets;

    public ActualSheetWriter(Plan plan, long planId, Locale locale, Instant exportedAt, int year) {
        this.plan = plan;
        this.planId = planId;
        this.year = year;
        this.texts = new SheetTexts(locale);
        this.locale = Locale.forLanguageTag(texts.language());
        this.writing = new SheetWriting(texts);
        this.exportedAt = exportedAt;
        this.sheets = ActualsLayout.sheets(plan);
    }

    /** Whether the plan has a numeric indicator, so there is something to report. */
    public boolean hasRows() {
        return !sheets.isEmpty();
    }

    /** The names of the sheets, one per 担当課, in order. */
    public List<String> sheetNames() {
        Set<String> used = new HashSet<>(Set.of(SheetLayout.META_SHEET));
        List<String> names = new ArrayList<>();
        for (ActualsLayout.OwnerSheet s : sheets) {
            names.add(SheetWriting.uniqueSheetName(s.owner().isEmpty() ? texts.get("actuals.sheet.noOwner")
                    : s.owner(), used));
        }
        return names;
    }

    /** How many indicators the workbook asks about. */
    public int rowCount() {
        return sheets.stream().mapToInt(s -> s.rows().size()).sum();
    }

    /** The workbook as the bytes of an .xlsx file. */
    public byte[] write() {
        if (!hasRows()) {
            throw new IllegalStateException("no numeric indicator to report");
        }
        return writing.write(title(), this::build);
    }

    private String title() {
        return texts.get("actuals.title", plan.title(), FiscalYears.label(year, locale));
    }

    private void build(SXSSFWorkbook workbook) {
        SheetStyles styles = new SheetStyles(workbook);
        List<String> names = sheetNames();
        List<List<String>> meta = writing.metaHead(ActualsLayout.FORMAT, ActualsLayout.VERSION,
                PlanFingerprint.ofIndicators(plan), planId, plan.title(), exportedAt);
        meta.add(List.of(MetaKeys.YEAR, String.valueOf(year)));
        for (int i = 0; i < sheets.size(); i++) {
            meta.add(List.of(MetaKeys.SHEET, names.get(i), sheets.get(i).owner()));
        }
        for (int i = 0; i < sheets.size(); i++) {
            String name = names.get(i);
            ActualsLayout.OwnerSheet s = sheets.get(i);
            sheet(workbook, styles, name, s);
            s.rows().forEach(r -> meta.add(List.of(MetaKeys.INDICATOR, r.indicator().id(), name)));
        }
        writing.metaSheet(workbook, meta);
    }

    private void sheet(SXSSFWorkbook workbook, SheetStyles styles, String name, ActualsLayout.OwnerSheet owner) {
        SXSSFSheet sheet = workbook.createSheet(name);
        for (int c = 0; c < ActualsLayout.COLUMNS; c++) {
            sheet.setColumnWidth(c, ActualsLayout.WIDTHS[c] * 256);
        }
        Row title = sheet.createRow(ActualsLayout.TITLE_ROW);
        title.setHeightInPoints(24);
        writing.text(title, 0, title(), styles.title);
        String ownerText = owner.owner().isEmpty() ? texts.get("actuals.sheet.noOwner") : owner.owner();
        writing.text(title, ActualsLayout.COL_ACTUAL, texts.get("actuals.owner", ownerText), styles.rater);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, ActualsLayout.COL_ACTUAL - 1));
        sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, ActualsLayout.COL_ACTUAL, ActualsLayout.COL_NOTE));
        Row instructions = sheet.createRow(ActualsLayout.INSTRUCTIONS_ROW);
        instructions.setHeightInPoints(3 * SheetWriting.LINE_POINTS + 6);
        writing.text(instructions, 0, texts.get("actuals.instructions", FiscalYears.label(year, locale)),
                styles.instructions);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(1, 1, 0, ActualsLayout.COL_NOTE));
        Row header = sheet.createRow(ActualsLayout.HEADER_ROW);
        header.setHeightInPoints(3 * SheetWriting.LINE_POINTS + 4);
        for (int c = 0; c < ActualsLayout.COLUMNS; c++) {
            writing.text(header, c, ActualsLayout.header(texts, c, year), styles.header);
        }
        Map<String, CellRangeAddressList> byUnit = new LinkedHashMap<>();
        int r = ActualsLayout.FIRST_DATA_ROW;
        for (ActualsLayout.Row row : owner.rows()) {
            Indicator i = row.indicator();
            Row x = sheet.createRow(r);
            writing.text(x, ActualsLayout.COL_ID, i.id(), styles.id(true));
            String ownerLine = row.ownerId() + "\n" + row.ownerTitle();
            writing.text(x, ActualsLayout.COL_OWNER, ownerLine, styles.text(true));
            writing.text(x, ActualsLayout.COL_NAME, i.name(), styles.title(true));
            writing.text(x, ActualsLayout.COL_UNIT, i.unit(), styles.text(true));
            writing.text(x, ActualsLayout.COL_DIRECTION, texts.get("actuals.direction." + i.direction().name()),
                    styles.text(true));
            writing.text(x, ActualsLayout.COL_BASELINE, i.baseline() == null ? "" : i.baselineYear() == null
                    ? number(i.baseline()) : texts.get("actuals.withYear", number(i.baseline()),
                    FiscalYears.label(i.baselineYear(), locale)), styles.number(true));
            Cell target = x.createCell(ActualsLayout.COL_TARGET);
            target.setCellStyle(styles.number(true));
            i.targetFor(year).ifPresent(t -> target.setCellValue(t.value()));
            IndicatorTarget fin = i.finalTarget().orElse(null);
            writing.text(x, ActualsLayout.COL_FINAL, fin == null ? "" : texts.get("actuals.withYear",
                    number(fin.value()), FiscalYears.label(fin.year(), locale)), styles.number(true));
            Cell actual = x.createCell(ActualsLayout.COL_ACTUAL);
            actual.setCellStyle(styles.inputNumber(true));
            Cell date = x.createCell(ActualsLayout.COL_DATE);
            date.setCellStyle(styles.inputDate(true));
            Cell source = x.createCell(ActualsLayout.COL_SOURCE);
            source.setCellStyle(styles.note(true));
            Cell note = x.createCell(ActualsLayout.COL_NOTE);
            note.setCellStyle(styles.note(true));
            IndicatorActual stored = i.actualFor(year).orElse(null);
            if (stored != null) {
                actual.setCellValue(stored.value());
                if (stored.date() != null) {
                    date.setCellValue(stored.date());
                }
                source.setCellValue(writing.cell(stored.source()));
                note.setCellValue(writing.cell(stored.note()));
            }
            int lines = Math.max(2, Math.max(SheetWriting.lines(i.name(), ActualsLayout.WIDTHS[ActualsLayout.COL_NAME]),
                    SheetWriting.lines(ownerLine, ActualsLayout.WIDTHS[ActualsLayout.COL_OWNER])));
            if (stored != null) {
                lines = Math.max(lines, SheetWriting.lines(stored.note(), ActualsLayout.WIDTHS[ActualsLayout.COL_NOTE]));
            }
            x.setHeightInPoints(Math.min(SheetWriting.MAX_ROW_POINTS, lines * SheetWriting.LINE_POINTS + 6));
            byUnit.computeIfAbsent(i.unit(), u -> new CellRangeAddressList())
                    .addCellRangeAddress(r, ActualsLayout.COL_ACTUAL, r, ActualsLayout.COL_ACTUAL);
            r++;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        byUnit.forEach((unit, cells) -> SheetWriting.validate(sheet,
                helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        "-999999999999999", "999999999999999"),
                cells, texts.get("actuals.validation.errorTitle"), texts.get("actuals.validation.actual", unit),
                texts.get("actuals.header.actual"), texts.get(unit.isBlank() ? "actuals.validation.actualPrompt"
                        : "actuals.validation.actualPromptUnit", unit)));
        SheetWriting.validate(sheet, helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        serial(FIRST_DATE), serial(LAST_DATE), "yyyy/m/d"),
                new CellRangeAddressList(ActualsLayout.FIRST_DATA_ROW, r - 1, ActualsLayout.COL_DATE,
                        ActualsLayout.COL_DATE),
                texts.get("actuals.validation.errorTitle"), texts.get("actuals.validation.date"),
                texts.get("actuals.header.date"), texts.get("actuals.validation.datePrompt"));
        sheet.createFreezePane(ActualsLayout.COL_OWNER, ActualsLayout.FIRST_DATA_ROW);
        writing.printSetup(sheet, ActualsLayout.HEADER_ROW, ownerText);
        SheetWriting.protect(sheet);
    }

    /** A number as a person writes it: thousands separated, no trailing zeros. */
    static String number(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    private static String serial(LocalDate date) {
        return String.valueOf((long) DateUtil.getExcelDate(date));
    }
}
