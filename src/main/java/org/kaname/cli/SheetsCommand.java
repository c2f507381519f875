package org.kaname.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.kaname.i18n.Messages;
import org.kaname.model.Rater;
import org.kaname.service.PlanNotFoundException;
import org.kaname.service.Services;
import org.kaname.sheets.ScoreSheetService;
import org.kaname.sheets.SheetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sheets ID --out DIR [--rater R]... [--department NAME]}: writes Excel score sheets, one workbook per rater
 * named after the rater, or with {@code --department} one workbook holding a sheet for each rater.
 */
@Command(name = "sheets", mixinStandardHelpOptions = true,
        description = {"Write Excel score sheets (採点表) to hand out: one workbook per rater.",
            "See docs/score-sheets.md for how a department fills them in and how they are collected."})
public final class SheetsCommand extends PlanCommand {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the sheets to (created if missing).")
    Path out;

    @Option(names = "--rater", paramLabel = "R", description = "Only this rater (repeatable; default: every rater of the plan).")
    List<String> raters = new ArrayList<>();

    @Option(names = "--department", paramLabel = "NAME",
            description = "Write one workbook for a department instead, with a sheet for each selected rater.")
    String department;

    @Override
    protected void run(Services services) {
        List<String> selected = raters.isEmpty()
                ? loadPlan(services).plan().raters().stream().map(Rater::id).toList()
                : raters;
        Messages messages = Messages.of("org.kaname.sheets.messages", locale());
        ScoreSheetService sheets = new ScoreSheetService(services.plans(), locale(), Clock.systemUTC());
        try {
            if (department == null) {
                List<Path> files = sheets.writeSheets(planId, out, raters);
                for (int i = 0; i < files.size(); i++) {
                    out().println(messages.get("cli.sheets.written", files.get(i), selected.get(i)));
                }
            } else {
                Path file = sheets.writeWorkbook(planId, out.resolve(sheets.workbookFileName(department)), raters);
                out().println(messages.get("cli.sheets.written", file, String.join(", ", selected)));
            }
            out().println(messages.get("cli.sheets.summary", department == null ? selected.size() : 1, out));
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
