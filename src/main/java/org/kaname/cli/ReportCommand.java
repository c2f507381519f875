package org.kaname.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kaname.i18n.Messages;
import org.kaname.report.ComparedVersion;
import org.kaname.report.Paper;
import org.kaname.report.ReportComparison;
import org.kaname.report.ReportLanguage;
import org.kaname.report.ReportOptions;
import org.kaname.report.ReportResult;
import org.kaname.report.ReportService;
import org.kaname.service.PlanNotFoundException;
import org.kaname.service.Services;
import org.kaname.service.VersionNotFoundException;
import org.kaname.service.VersionRef;
import org.kaname.service.VersionService;
import org.kaname.store.PlanVersionInfo;
import org.kaname.store.StoredPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report ID --out FILE.pdf [--lang ja|en] [--paper A4|A3] [--compare VERSION]}: the plan's priority report as
 * PDF (docs/report.md). The file appears only when complete (written beside it under a temporary name, then moved); a
 * missing folder or a path that cannot be written is invalid input (exit 3) and leaves nothing behind. With
 * {@code --compare VERSION} the report has the section 「前回版からの変更」: saved version VERSION compared with the
 * plan as reported; a version that is not there, or {@code current} (the reported plan itself), is invalid input
 * (exit 3) and writes nothing.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a plan's priority report as PDF (A4; --paper A3 puts the roadmap on A3 landscape).")
public final class ReportCommand extends PlanCommand {
    enum Lang { ja, en }

    Path out;

    /**
     * Set while the command line is parsed, before the database is opened: the moment to start loading the PDF
     * library and the font in the background, so that it overlaps with opening the database.
     */
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (.pdf).")
    void setOut(Path file) {
        out = file;
        ReportService.warmUpInBackground();
    }

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the report: ja or en (default: the language of this command line).")
    Lang lang;

    @Option(names = "--paper", paramLabel = "PAPER", defaultValue = "A4",
            description = "A4 (every page A4 portrait) or A3 (roadmap pages on A3 landscape); default ${DEFAULT-VALUE}.")
    Paper paper;

    @Option(names = "--compare", paramLabel = "VERSION",
            description = "Add the section 前回版からの変更: what changed since saved version VERSION (see 'versions').")
    String compare;

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
        VersionRef previous = compare == null ? null : previousVersion();
        StoredPlan stored = loadPlan(services);
        ReportLanguage language = lang == null ? ReportLanguage.of(locale())
                : lang == Lang.en ? ReportLanguage.EN : ReportLanguage.JA;
        ReportOptions options = ReportOptions.defaults().withLanguage(language).withPaper(paper);
        if (previous != null) {
            options = options.withComparison(comparison(services, previous, stored));
        }
        ReportResult result;
        try {
            result = new ReportService().writeFile(stored.plan(), stored.updatedAt(), options, target);
        } catch (AccessDeniedException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.unwritable", out,
                    Messages.isEnglish(locale()) ? "permission denied" : "アクセスが拒否されました"));
        } catch (IOException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.unwritable", out,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        out().println(report.get("cli.written", out, result.pageCount(), result.fingerprint()));
        out().flush();
    }

    /** The version {@code --compare} names: a saved version's number; {@code current} is the reported plan itself. */
    private VersionRef previousVersion() {
        VersionRef ref;
        try {
            ref = VersionRef.parse(compare);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("diff.badVersion", compare));
        }
        if (ref.isCurrent()) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("report.compareCurrent"));
        }
        return ref;
    }

    /** Saved version {@code previous} compared with the plan as reported, with who changed each value since. */
    private ReportComparison comparison(Services services, VersionRef previous, StoredPlan stored) {
        VersionService.Sides sides;
        try {
            sides = services.versions().sides(planId, previous, VersionRef.CURRENT);
        } catch (PlanNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("plan.notFound", String.valueOf(planId)));
        } catch (VersionNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("diff.versionNotFound",
                    String.valueOf(planId), String.valueOf(e.number())));
        }
        PlanVersionInfo version = sides.versionA();
        return ReportComparison.between(new ComparedVersion(version.name(), version.time()), sides.a(),
                stored.plan(), sides.authors());
    }
}
