package org.kaname.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.kaname.engine.EngineException;
import org.kaname.engine.RankingService;
import org.kaname.io.CsvWriter;
import org.kaname.model.Plan;
import org.kaname.service.Services;

/**
 * Base of the commands that run the scoring engine on one stored plan ({@code rank}, {@code weights},
 * {@code sensitivity}). An {@link EngineException} — an unknown scenario or model, AHP judgments that cannot be
 * used, weights that are all zero — becomes one line on stderr and exit code 3.
 */
abstract class EngineCommand extends PlanCommand {
    /** Output for machines has the same bytes on every platform: "\n" line ends, no byte order mark. */
    static final String LINE_END = "\n";

    protected final RankingService ranking = new RankingService();

    protected Plan plan(Services services) {
        return loadPlan(services).plan();
    }

    /** Runs engine work, turning a user-caused engine error into a CLI error. */
    protected static <T> T engine(Supplier<T> work) {
        try {
            return work.get();
        } catch (EngineException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.getMessage());
        }
    }

    /** A number with a fixed count of decimals and a dot, whatever the locale. */
    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** Writes rows as a CSV file for Excel (UTF-8 with BOM), atomically; a bad path is invalid input (exit 3). */
    protected void writeCsvFile(java.nio.file.Path file, List<List<String>> rows) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new CliException(ExitCodes.USAGE, messages().get("output.csvOnly", file));
        }
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !java.nio.file.Files.isDirectory(parent)) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.noDirectory", file));
        }
        try {
            CsvWriter.writeFile(file, rows, true);
        } catch (java.io.IOException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.unwritable", file,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    protected void printCsv(List<List<String>> rows) {
        try {
            CsvWriter csv = new CsvWriter(out(), LINE_END);
            csv.rows(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out().flush();
    }

    protected void printLines(List<String> lines) {
        for (String line : lines) {
            out().print(line);
            out().print(LINE_END);
        }
        out().flush();
    }
}
