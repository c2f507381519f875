package org.kaname.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.kaname.i18n.Messages;
import org.kaname.service.PlanNotFoundException;
import org.kaname.service.Services;
import org.kaname.sheets.ScoreSheetService;
import org.kaname.sheets.SheetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export-scores ID --rater R --out FILE.json}: one rater's scores as a kaname-scores file for another PC. */
@Command(name = "export-scores", mixinStandardHelpOptions = true,
        description = "Export one rater's scores as kaname-scores JSON, to score on a PC that has Kaname.")
public final class ExportScoresCommand extends PlanCommand {
    @Option(names = "--rater", required = true, paramLabel = "R", description = "Rater ID.")
    String rater;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (.json).")
    Path out;

    @Override
    protected void run(Services services) {
        loadPlan(services);
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.noDirectory", out));
        }
        Messages messages = Messages.of("org.kaname.sheets.messages", locale());
        try {
            int count = new ScoreSheetService(services.plans(), locale(), Clock.systemUTC())
                    .exportScores(planId, rater, out);
            out().println(messages.get("cli.exportScores.written", rater, count, out));
            out().flush();
        } catch (SheetException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.getMessage());
        } catch (PlanNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("plan.notFound", String.valueOf(planId)));
        } catch (IOException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages.get("cli.error.io", out, e.getMessage()));
        }
    }
}
