package org.kaname.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaname.i18n.Messages;
import org.kaname.io.CsvCosts;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;
import org.kaname.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code costs ID [--format table|csv] [--out FILE.csv]}: each measure's costs by 年度 as planned, as 行政 writes
 * them (事業費, 人件費 = 人工 × the plan's 単価, 財源, 一般財源), then subtotals per 支援策 and per pillar and the
 * plan's total per year. CSV ({@link CsvCosts}) starts with exactly {@code id,title,year,project_cost,personnel_cost,total},
 * amounts in yen, and marks each record's {@code level} ({@code measure}, {@code group}, {@code pillar},
 * {@code total}); standard output has no byte order mark, {@code --out} writes UTF-8 with BOM for Excel. The table
 * shows 千円, rounded.
 */
@Command(name = "costs", mixinStandardHelpOptions = true,
        description = "Print each measure's costs by fiscal year (project, personnel, funding sources) with subtotals.")
public final class CostsCommand extends EngineCommand {
    enum Format { table, csv }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the CSV to FILE (UTF-8 with BOM) instead.")
    Path out;

    @Override
    protected void run(Services services) {
        Plan plan = plan(services);
        Messages m = messages();
        List<List<String>> rows = CsvCosts.rows(plan, new CsvCosts.Labels(m.get("costs.noGroup"),
                m.get("costs.noPillar"), m.get("costs.total")));
        if (out != null) {
            writeCsvFile(out, rows);
        } else if (format == Format.csv) {
            printCsv(rows);
        } else {
            printLines(table(plan, rows, m));
        }
    }

    /** The CSV records as tables in 千円: measures, then subtotals per 支援策, per pillar, and the total. */
    static List<String> table(Plan plan, List<List<String>> rows, Messages m) {
        List<String> lines = new ArrayList<>();
        for (String level : List.of("measure", "group", "pillar", "total")) {
            TextTable table = new TextTable(List.of(m.get("costs.column.id"), m.get("costs.column.year"),
                    m.get("costs.column.project"), m.get("costs.column.personnel"), m.get("costs.column.total"),
                    m.get("costs.column.national"), m.get("costs.column.prefectural"), m.get("costs.column.other"),
                    m.get("costs.column.generalFund"), m.get("costs.column.title")),
                    false, false, true, true, true, true, true, true, true, false);
            int count = 0;
            for (List<String> r : rows.subList(1, rows.size())) {
                if (r.get(10).equals(level)) {
                    List<String> cells = new ArrayList<>(List.of(r.get(0), year(Integer.parseInt(r.get(2)), m)));
                    for (int c = 3; c <= 9; c++) {
                        cells.add(thousands(Long.parseLong(r.get(c))));
                    }
                    cells.add(r.get(1));
                    table.row(cells);
                    count++;
                }
            }
            if (count > 0) {
                if (!lines.isEmpty()) {
                    lines.add("");
                }
                lines.add(m.get("costs.heading." + level));
                lines.addAll(table.lines());
            }
        }
        lines.add(m.get("costs.unit"));
        if (plan.followUp().personnelRate() == 0 && plan.measures().stream().map(Measure::yearCosts)
                .flatMap(List::stream).mapToDouble(YearCost::staffYears).anyMatch(s -> s > 0)) {
            lines.add(m.get("costs.noRate"));
        }
        return lines;
    }

    private static String year(int year, Messages m) {
        return FiscalYears.label(year, m.locale());
    }

    /** Thousands of yen rounded half up, with separators; a negative amount with △, as public-sector tables do. */
    static String thousands(long yen) {
        long k = BigDecimal.valueOf(Math.abs(yen)).divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP)
                .longValueExact();
        String s = String.format(Locale.ROOT, "%,d", k);
        return yen < 0 && k > 0 ? "△" + s : s;
    }
}
