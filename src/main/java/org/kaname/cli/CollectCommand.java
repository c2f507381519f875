package org.kaname.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.kaname.service.PlanNotFoundException;
import org.kaname.service.Services;
import org.kaname.sheets.CollectionReport;
import org.kaname.sheets.CollectionResult;
import org.kaname.sheets.ReportText;
import org.kaname.sheets.ScoreSheetService;
import org.kaname.sheets.SheetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code collect ID PATH... [--accept-valid] [--dry-run]}: reads filled score sheets (.xlsx) and score files (.json),
 * a folder meaning its files, prints per file whether it is accepted and one line per problem (file, sheet!cell,
 * reason), then stores every accepted file in one save. A file with any problem contributes nothing unless
 * {@code --accept-valid} is given, when its valid cells are stored too. Exit code 3 when any file had a problem —
 * whatever was accepted is stored all the same — 0 when everything in every file was stored.
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = {"Collect filled score sheets (.xlsx) or score files (.json): a file or a folder.",
            "Files with problems are rejected and listed; the others are stored in one save. Exit 3 if any file had a problem."})
public class CollectCommand extends PlanCommand {
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Score sheet, score file or folder of them.")
    List<Path> paths;

    @Option(names = "--accept-valid", description = "Also store the valid cells of files with problems.")
    boolean acceptValid;

    @Option(names = "--dry-run", description = "Check and list only; store nothing.")
    boolean dryRun;

    @Override
    protected void run(Services services) {
        loadPlan(services);
        ScoreSheetService sheets = new ScoreSheetService(services.plans(), locale(), Clock.systemUTC());
        ReportText text = new ReportText(locale());
        try {
            CollectionReport report = sheets.preview(planId, paths);
            text.files(report, acceptValid).forEach(out()::println);
            if (dryRun) {
                out().println(text.dryRun());
            } else {
                CollectionResult result = sheets.apply(report, acceptValid, journalKind());
                out().println(text.stored(result));
            }
            if (!report.allClean()) {
                if (!acceptValid) {
                    out().println(text.hintPartial());
                }
                out().flush();
                throw new CliException(ExitCodes.INVALID_INPUT, text.failed(report));
            }
            out().flush();
        } catch (SheetException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.getMessage());
        } catch (PlanNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("plan.notFound", String.valueOf(planId)));
        }
    }

    /** How the journal names what this command stores. */
    String journalKind() {
        return "collect";
    }
}
