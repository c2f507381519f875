package org.kaname.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kaname.i18n.Messages;
import org.kaname.model.FiscalYears;
import org.kaname.model.Plan;
import org.kaname.report.EvaluationSheetService;
import org.kaname.report.ReportLanguage;
import org.kaname.report.ReportOptions;
import org.kaname.report.ReportResult;
import org.kaname.report.ReportService;
import org.kaname.service.Services;
import org.kaname.store.StoredPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluation ID --year Y --out FILE.pdf [--measure M]… [--lang ja|en]}: the 評価シート of the plan's measures
 * for 年度 Y as PDF (docs/report.md). A year outside the plan's horizon, an unknown measure, a missing folder or a path
 * that cannot be written is invalid input (exit 3) and writes nothing; the file appears only when complete.
 */
@Command(name = "evaluation", mixinStandardHelpOptions = true,
        description = "Write the evaluation sheets (評価シート) of a plan's measures for one fiscal year as PDF.")
public final class EvaluationCommand extends PlanCommand {
    enum Lang { ja, en }

    Path out;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (.pdf).")
    void setOut(Path file) {
        out = file;
        ReportService.warmUpInBackground();
    }

    @Option(names = "--year", required = true, paramLabel = "YEAR",
            description = "The fiscal year evaluated (Western year, e.g. 2026), within the plan's horizon.")
    int year;

    @Option(names = "--measure", paramLabel = "MEASURE",
            description = "Only this measure's sheet (repeatable; default: every measure).")
    List<String> measures;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the sheets: ja or en (default: the language of this command line).")
    Lang lang;

    @Override
    protected void run(Services services) {
        Messages report = Messages.of("org.kaname.report.messages", locale());
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.noDirectory", out));
        }
        if (Files.isDirectory(target)) {
            throw new CliException(ExitCodes.INVALID_INPUT, report.get("cli.isDirectory", out));
        }
        StoredPlan stored = loadPlan(services);
        Plan plan = stored.plan();
        FiscalYears horizon = plan.fiscalYears();
        if (horizon == null || !horizon.contains(year)) {
            throw new CliException(ExitCodes.INVALID_INPUT, report.get("sheet.cli.year", String.valueOf(year),
                    horizon == null ? "−" : String.valueOf(horizon.start()),
                    horizon == null ? "−" : String.valueOf(horizon.end())));
        }
        List<String> ids = measures == null ? List.of() : measures;
        for (String id : ids) {
            if (plan.measure(id).isEmpty()) {
                throw new CliException(ExitCodes.INVALID_INPUT, report.get("sheet.cli.measure", id));
            }
        }
        ReportLanguage language = lang == null ? ReportLanguage.of(locale())
                : lang == Lang.en ? ReportLanguage.EN : ReportLanguage.JA;
        ReportResult result;
        try {
            result = new EvaluationSheetService().writeFile(plan, stored.updatedAt(), year, ids,
                    ReportOptions.defaults().withLanguage(language), target);
        } catch (AccessDeniedException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.unwritable", out,
                    Messages.isEnglish(locale()) ? "permission denied" : "アクセスが拒否されました"));
        } catch (IOException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.unwritable", out,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        out().println(report.get("sheet.cli.written", out, result.sections().size(), result.pageCount(),
                result.fingerprint()));
        out().flush();
    }
}
