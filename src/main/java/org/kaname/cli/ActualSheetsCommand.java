package org.kaname.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.kaname.i18n.Messages;
import org.kaname.model.FiscalYears;
import org.kaname.service.PlanNotFoundException;
import org.kaname.service.Services;
import org.kaname.sheets.ActualsService;
import org.kaname.sheets.SheetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code actual-sheets ID --out DIR [--year Y]}: writes the plan's actuals workbook (実績報告) for a 年度, one protected
 * sheet per 担当課, atomically; by default for the 年度 that ended last, within the plan period.
 */
@Command(name = "actual-sheets", mixinStandardHelpOptions = true,
        description = {"Write the actuals workbook (実績報告) of a plan for one fiscal year: a protected sheet per division",
            "(担当課) listing its numeric indicators with their targets, to fill in and bring back with 'actuals'."})
public final class ActualSheetsCommand extends PlanCommand {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the workbook to (created if missing).")
    Path out;

    @Option(names = "--year", paramLabel = "Y",
            description = "Fiscal year (年度, Western) of the actuals; default: the one that ended last, within the plan period.")
    Integer year;

    @Override
    protected void run(Services services) {
        loadPlan(services);
        Messages m = messages();
        ActualsService actuals = new ActualsService(services.plans(), locale(), Clock.systemUTC());
        try {
            ActualsService.Written w = actuals.writeSheets(planId, out, year);
            out().println(m.get("actualSheets.written", w.file(), FiscalYears.label(w.year(), locale()),
                    String.valueOf(w.sheets().size()), String.join("en".equals(locale().getLanguage()) ? ", " : "、", w.sheets()), String.valueOf(w.indicators())));
            out().flush();
        } catch (SheetException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.getMessage());
        } catch (PlanNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, m.get("plan.notFound", String.valueOf(planId)));
        } catch (IOException e) {
            throw new CliException(ExitCodes.INVALID_INPUT,
                    Messages.of("org.kaname.sheets.messages", locale()).get("cli.error.io", out, e.getMessage()));
        }
    }
}
