package org.kaname.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.kaname.i18n.Messages;
import org.kaname.model.FiscalYears;
import org.kaname.service.PlanNotFoundException;
import org.kaname.service.Services;
import org.kaname.sheets.ActualsReport;
import org.kaname.sheets.ActualsService;
import org.kaname.sheets.SheetException;
import org.kaname.sheets.SheetProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code actuals ID FILE.xlsx|FILE.csv [--dry-run]}: imports indicator actuals (実績値) from a filled actuals sheet or
 * a CSV. Every problem is printed with file, sheet!cell (or line and column) and reason, and then nothing is stored
 * (exit 3); a clean file is stored whole as one edit, printing each actual it adds, changes or clears. With
 * {@code --dry-run} the same check and list, storing nothing.
 */
@Command(name = "actuals", mixinStandardHelpOptions = true,
        description = {"Import indicator actuals (実績値) from an actuals sheet (.xlsx, see actual-sheets) or a CSV with",
            "the header indicator,year,actual[,date,source,note] (UTF-8 or Shift_JIS). All or nothing: exit 3 on any problem."})
public final class ActualsCommand extends PlanCommand {
    @Parameters(index = "1", paramLabel = "FILE", description = "Actuals sheet (.xlsx) or CSV (.csv).")
    Path file;

    @Option(names = "--dry-run", description = "Check and list what would change; store nothing.")
    boolean dryRun;

    @Override
    protected void run(Services services) {
        loadPlan(services);
        Messages m = messages();
        ActualsService actuals = new ActualsService(services.plans(), locale(), Clock.systemUTC());
        try {
            ActualsReport report = actuals.read(planId, file);
            for (SheetProblem w : report.warnings()) {
                out().println(m.get("actuals.warning", w.file(), where(w), w.reason()));
            }
            if (!report.clean()) {
                for (SheetProblem p : report.problems()) {
                    out().println(m.get("actuals.problem", p.file(), where(p), p.reason()));
                }
                out().flush();
                throw new CliException(ExitCodes.INVALID_INPUT,
                        m.get("actuals.failed", String.valueOf(report.problems().size()), file));
            }
            List<ActualsService.ActualChange> changes = dryRun ? actuals.changes(planId, report)
                    : actuals.apply(planId, report);
            int added = 0;
            int changed = 0;
            int cleared = 0;
            for (ActualsService.ActualChange c : changes) {
                if (c.unchanged()) {
                    continue;
                }
                String kind = c.before() == null ? "added" : c.after() == null ? "cleared" : "changed";
                added += kind.equals("added") ? 1 : 0;
                changed += kind.equals("changed") ? 1 : 0;
                cleared += kind.equals("cleared") ? 1 : 0;
                out().println(m.get("actuals.change." + kind, c.indicatorId(), FiscalYears.label(c.year(), locale()),
                        c.beforeText(), c.afterText(), c.location()));
            }
            long unchanged = changes.stream().filter(ActualsService.ActualChange::unchanged).count();
            out().println(m.get(dryRun ? "actuals.dryRun" : "actuals.stored", String.valueOf(added),
                    String.valueOf(changed), String.valueOf(cleared), String.valueOf(unchanged), file.getFileName()));
            out().flush();
        } catch (SheetException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.getMessage());
        } catch (PlanNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, m.get("plan.notFound", String.valueOf(planId)));
        }
    }

    private static String where(SheetProblem p) {
        return p.location().isEmpty() ? "-" : p.location();
    }
}
