package org.kaname.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaname.engine.Ranking;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapCycleException;
import org.kaname.engine.roadmap.RoadmapScheduler;
import org.kaname.engine.roadmap.RoadmapStatus;
import org.kaname.engine.roadmap.RoadmapTexts;
import org.kaname.engine.roadmap.ScheduledMeasure;
import org.kaname.engine.roadmap.YearBudget;
import org.kaname.io.CsvRoadmap;
import org.kaname.io.CsvWriter;
import org.kaname.io.XlsxRoadmapWorkbook;
import org.kaname.model.FiscalYears;
import org.kaname.model.Plan;
import org.kaname.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code roadmap ID [--format table|csv] [--budget-table] [--out FILE.csv|FILE.xlsx]}: the plan's measures laid out
 * over its fiscal years by the "priority first" rule (docs/roadmap.md). CSV starts with exactly
 * {@code id,title,start,end,status}, one record per measure in plan order ({@link CsvRoadmap}); standard output has
 * no byte order mark. {@code --out} writes a file instead of printing: CSV as UTF-8 with BOM for Excel, or a
 * workbook with the ranking, the roadmap and the budget by year.
 */
@Command(name = "roadmap", mixinStandardHelpOptions = true,
        description = "Schedule a plan's measures by fiscal year within its budget and prerequisites.")
public final class RoadmapCommand extends EngineCommand {
    enum Format { table, csv }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--budget-table", description = "Print spending per fiscal year against the cap instead.")
    boolean budgetTable;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE instead: .csv (UTF-8 with BOM) or .xlsx (ranking, roadmap, budget).")
    Path out;

    @Override
    protected void run(Services services) {
        RoadmapTexts texts = RoadmapTexts.of(locale());
        String kind = out == null ? null : extension(out);
        if (out != null && kind == null) {
            throw new CliException(ExitCodes.USAGE, texts.label("export.extension", out.toString()));
        }
        Plan plan = plan(services);
        Ranking ranked = engine(() -> ranking.rank(plan));
        Roadmap roadmap;
        try {
            roadmap = new RoadmapScheduler(ranking).schedule(plan, ranked);
        } catch (RoadmapCycleException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, texts.cycle(e.cycle()));
        }
        if (out != null) {
            write(kind, plan, ranked, roadmap, texts);
        } else if (budgetTable) {
            if (format == Format.csv) {
                printCsv(CsvRoadmap.budgetRows(roadmap));
            } else {
                printLines(RoadmapTables.budget(roadmap, texts));
            }
        } else if (format == Format.csv) {
            printCsv(CsvRoadmap.rows(roadmap, texts));
        } else {
            printLines(RoadmapTables.roadmap(roadmap, texts));
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? "csv" : name.endsWith(".xlsx") ? "xlsx" : null;
    }

    private void write(String kind, Plan plan, Ranking ranked, Roadmap roadmap, RoadmapTexts texts) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.noDirectory", out));
        }
        try {
            if (kind.equals("csv")) {
                CsvWriter.writeFile(out, CsvRoadmap.rows(roadmap, texts), true);
            } else {
                XlsxRoadmapWorkbook.write(out, plan, ranked, roadmap, texts);
            }
        } catch (IOException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.unwritable", out,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }
}
