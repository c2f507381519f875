package org.kaname.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.kaname.engine.RankingService;
import org.kaname.i18n.Messages;
import org.kaname.service.ExportService;
import org.kaname.service.Services;
import org.kaname.store.StoredPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export-indicators ID --out FILE.xlsx [--lang ja|en]}: the plan's indicators (targets, actuals, 達成率 and
 * grades by 年度) and costs by 年度 (事業費, 人件費, 財源, totals per 支援策 and pillar) as one Excel workbook, the
 * same file the app's File menu writes. Written atomically; a name not ending in .xlsx, a missing folder or a path
 * that cannot be written is invalid input (exit 3).
 */
@Command(name = "export-indicators", mixinStandardHelpOptions = true,
        description = "Write a plan's indicators (targets, actuals, achievement by fiscal year) and costs as XLSX.")
public final class ExportIndicatorsCommand extends PlanCommand {
    enum Lang { ja, en }

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (.xlsx).")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the headers: ja or en (default: the language of this command line).")
    Lang lang;

    @Override
    protected void run(Services services) {
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.noDirectory", out));
        }
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.xlsxOnly", out));
        }
        StoredPlan stored = loadPlan(services);
        Locale language = lang == null ? locale() : lang == Lang.en ? Locale.ENGLISH : Locale.JAPANESE;
        try {
            new ExportService(new RankingService()).export(stored.plan(), ExportService.Kind.INDICATORS_WORKBOOK,
                    target, language);
        } catch (AccessDeniedException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.unwritable", out,
                    Messages.isEnglish(locale()) ? "permission denied" : "アクセスが拒否されました"));
        } catch (IOException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.unwritable", out,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        out().println(messages().get("exportIndicators.written", out));
        out().flush();
    }
}
