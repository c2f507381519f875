package org.kaname.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kaname.edit.SetActuals;
import org.kaname.i18n.Messages;
import org.kaname.io.BoundedInput;
import org.kaname.io.CsvReader;
import org.kaname.io.ExcelText;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.Limits;
import org.kaname.model.Plan;

/**
 * Reads an actuals CSV against the plan: the header {@code indicator,year,actual}, optionally followed by
 * {@code date}, {@code source} and {@code note} in that order; then one row per actual. The bytes are UTF-8 (with or
 * without BOM) or CP932 as Excel saves a CSV on Japanese Windows ({@link ExcelText}). A row's actual is a number as
 * {@link ActualValue} reads it ({@code 1234}, {@code "1,234"}, full-width digits, the unit after it); an empty actual
 * clears the stored actual of that indicator and 年度 (a CSV names its rows, so an empty one is meant). The year is a
 * Western 年度 ({@code 2026}, {@code 2026年度} and {@code 令和8年度} are read too) within the plan period; the date
 * {@code 2027-04-30} or {@code 2027/4/30}. Every problem names the file, the line and the column; a file with any
 * problem stores nothing.
 */
public final class ActualsCsvReader {
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final List<String> COLUMNS = List.of("indicator", "year", "actual", "date", "source", "note");
    private static final int REQUIRED = 3;

    private final Plan plan;
    private final Messages messages;

    public ActualsCsvReader(Plan plan, Locale locale) {
        this.plan = plan;
        this.messages = Messages.of(SheetTexts.BUNDLE, locale);
    }

    public ActualsReport read(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = BoundedInput.readAll(in, MAX_FILE_BYTES);
        } catch (BoundedInput.TooLarge e) {
            return failed(file, "", messages.get("actuals.tooLarge", MAX_FILE_BYTES / (1024 * 1024)));
        } catch (IOException e) {
            return failed(file, "", messages.get("problem.unreadable.json"));
        }
        return read(file, bytes);
    }

    ActualsReport read(Path file, byte[] bytes) {
        String text;
        try {
            text = ExcelText.decode(bytes).text();
        } catch (CharacterCodingException e) {
            return failed(file, "", messages.get("actuals.problem.csv.encoding"));
        }
        List<CsvReader.Record> records;
        try {
            records = CsvReader.records(text);
        } catch (IllegalArgumentException e) {
            return failed(file, "", messages.get("actuals.problem.csv.unclosed"));
        }
        if (records.isEmpty()) {
            return failed(file, "", messages.get("actuals.problem.csv.empty"));
        }
        CsvReader.Record head = records.get(0);
        List<String> header = head.fields().stream().map(h -> ActualValue.normalize(h).toLowerCase(Locale.ROOT))
                .toList();
        if (header.size() < REQUIRED || header.size() > COLUMNS.size()
                || !header.equals(COLUMNS.subList(0, header.size()))) {
            return failed(file, at(head.line(), COLUMNS.get(0)),
                    messages.get("actuals.problem.csv.header", SheetCells.quote(String.join(",", head.fields()))));
        }
        Map<String, Indicator> indicators = ActualSheetReader.indicators(plan);
        Map<String, Integer> seen = new HashMap<>();
        List<ActualsReport.Row> rows = new ArrayList<>();
        List<SheetProblem> problems = new ArrayList<>();
        for (CsvReader.Record r : records.subList(1, records.size())) {
            List<String> f = r.fields();
            if (f.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (f.size() != header.size()) {
                problems.add(problem(file, r.line(), COLUMNS.get(0),
                        messages.get("actuals.problem.csv.columns", header.size(), f.size())));
                continue;
            }
            row(file, r.line(), f, indicators, seen, rows, problems);
        }
        return new ActualsReport(file, null, problems.isEmpty() ? rows : List.of(), problems, List.of());
    }

    private void row(Path file, int line, List<String> f, Map<String, Indicator> indicators,
                     Map<String, Integer> seen, List<ActualsReport.Row> rows, List<SheetProblem> problems) {
        int before = problems.size();
        String id = ActualValue.normalize(f.get(0));
        Indicator indicator = id.isEmpty() ? null : indicators.get(id);
        if (id.isEmpty()) {
            problems.add(problem(file, line, "indicator", messages.get("actuals.problem.csv.indicatorMissing")));
        } else if (indicator == null) {
            problems.add(problem(file, line, "indicator",
                    messages.get("actuals.problem.unknownIndicator", SheetCells.quote(id))));
        }
        Integer year = ActualValue.year(f.get(1));
        if (year == null) {
            problems.add(problem(file, line, "year",
                    messages.get("actuals.problem.csv.year", SheetCells.quote(f.get(1)))));
        } else if (!plan.fiscalYears().contains(year)) {
            problems.add(problem(file, line, "year", messages.get("actuals.problem.csv.outsideHorizon",
                    String.valueOf(year), String.valueOf(plan.fiscalYears().start()), String.valueOf(plan.fiscalYears().end()))));
        }
        String actualText = f.get(2);
        Double value = null;
        if (!actualText.isBlank()) {
            value = ActualValue.number(actualText, indicator == null ? "" : indicator.unit());
            if (value == null) {
                problems.add(problem(file, line, "actual",
                        messages.get("actuals.problem.actualText", SheetCells.quote(actualText))));
            } else if (!(Math.abs(value) < ActualValue.BOUND)) {
                problems.add(problem(file, line, "actual",
                        messages.get("actuals.problem.actualTooLarge", ActualSheetWriter.number(value))));
                value = null;
            } else if (indicator != null && !indicator.isNumeric()) {
                problems.add(problem(file, line, "indicator", messages.get("actuals.problem.qualitative",
                        id, SheetCells.quote(indicator.name()))));
            }
        }
        LocalDate date = null;
        String dateText = f.size() > 3 ? f.get(3) : "";
        if (!dateText.isBlank()) {
            date = ActualValue.date(dateText);
            if (date == null) {
                problems.add(problem(file, line, "date",
                        messages.get("actuals.problem.dateText", SheetCells.quote(dateText))));
            }
        }
        String source = f.size() > 4 ? f.get(4).strip() : "";
        String sourceProblem = ActualValue.textProblem(source, Limits.SHORT_TEXT_LENGTH,
                "actuals.problem.sourceTooLong", messages);
        if (sourceProblem != null) {
            problems.add(problem(file, line, "source", sourceProblem));
        }
        String note = f.size() > 5 ? f.get(5).strip() : "";
        String noteProblem = ActualValue.textProblem(note, Limits.LONG_TEXT_LENGTH,
                "actuals.problem.noteTooLong", messages);
        if (noteProblem != null) {
            problems.add(problem(file, line, "note", noteProblem));
        }
        if (actualText.isBlank() && (!dateText.isBlank() || !source.isEmpty() || !note.isEmpty())) {
            problems.add(problem(file, line, "actual", messages.get("actuals.problem.dataWithoutActual")));
        }
        if (indicator != null && year != null) {
            Integer earlier = seen.putIfAbsent(id + "\t" + year, line);
            if (earlier != null) {
                problems.add(problem(file, line, "indicator",
                        messages.get("actuals.problem.csv.duplicate", id, String.valueOf(year), String.valueOf(earlier))));
            }
        }
        if (problems.size() == before) {
            SetActuals.Entry entry = value == null ? SetActuals.Entry.cleared(id, year)
                    : SetActuals.Entry.of(id, new IndicatorActual(year, value, date, source, note));
            rows.add(new ActualsReport.Row(entry, at(line, "actual")));
        }
    }

    private String at(int line, String column) {
        return messages.get("actuals.csv.at", String.valueOf(line), column);
    }

    private SheetProblem problem(Path file, int line, String column, String reason) {
        return new SheetProblem(file, "", at(line, column), reason);
    }

    private ActualsReport failed(Path file, String cell, String reason) {
        return ActualsReport.failed(file, new SheetProblem(file, "", cell, reason));
    }
}
