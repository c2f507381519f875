package org.kaname.ui.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaname.i18n.Messages;
import org.kaname.sheets.CollectionReport;
import org.kaname.sheets.FileReport;
import org.kaname.sheets.ReportText;
import org.kaname.sheets.SheetProblem;

/**
 * What the collection dialog shows and allows, from a report that stored nothing yet: per file accepted or
 * rejected, every problem with sheet, cell and reason, and which of 「取り込む」 / 「有効な行だけ取り込む」 may be
 * chosen. 「取り込む」 only when no file has a problem — the rule that nothing of a file with a problem is stored
 * unless the planner chooses so after seeing the list; 「有効な行だけ取り込む」 only when there are problems and
 * some files with problems still have valid rows (otherwise it would store exactly what 「取り込む」 would).
 */
public final class CollectModel {
    private final CollectionReport report;
    private final Messages messages;
    private final Locale locale;
    private final List<FileRow> files = new ArrayList<>();
    private final List<ProblemRow> problems = new ArrayList<>();

    public CollectModel(CollectionReport report, Locale locale) {
        this.report = report;
        this.locale = locale;
        this.messages = Messages.of(SheetsTexts.BUNDLE, locale);
        for (FileReport f : report.files()) {
            String name = f.file().getFileName().toString();
            String status = f.clean() ? messages.get("collect.status.accepted")
                    : f.accepted().isEmpty() ? messages.get("collect.status.rejected")
                    : messages.get("collect.status.partial");
            files.add(new FileRow(name, status, f.clean(), String.join(", ", f.raters()), f.accepted().size(),
                    f.problems().size()));
            for (SheetProblem p : f.problems()) {
                problems.add(new ProblemRow(name, p.sheet(), p.cell(), p.reason()));
            }
        }
    }

    public CollectionReport report() {
        return report;
    }

    public List<FileRow> files() {
        return List.copyOf(files);
    }

    public List<ProblemRow> problems() {
        return List.copyOf(problems);
    }

    public boolean canImportAll() {
        return report.allClean() && rowsToStore(false) > 0;
    }

    public boolean canImportValid() {
        return !report.allClean() && rowsToStore(true) > 0;
    }

    /** Rows that a choice would store (filled and emptied cells both count: an emptied cell removes a score). */
    public int rowsToStore(boolean acceptPartial) {
        return SheetsWork.rows(report, acceptPartial).size();
    }

    /** The rows of the files with problems that 「有効な行だけ取り込む」 would store on top of the clean files'. */
    public int partialRows() {
        return report.files().stream().filter(f -> !f.clean()).mapToInt(f -> f.accepted().size()).sum();
    }

    /** One line: how many files, accepted and rejected. */
    public String summary() {
        long clean = report.files().stream().filter(FileReport::clean).count();
        return messages.get("collect.summary", report.files().size(), clean, report.files().size() - clean,
                problems.size());
    }

    /**
     * Empty when every file is clean and nothing calls for attention; else the files' warnings (a sheet made for a
     * copy of the plan) and what each button would do, so the choice is made knowingly.
     */
    public String warning() {
        List<String> lines = new ArrayList<>();
        for (SheetProblem w : report.warnings()) {
            lines.add(w.file().getFileName() + ": " + w.reason());
        }
        if (!report.allClean()) {
            long rejected = report.files().stream().filter(f -> !f.clean()).count();
            lines.add(canImportValid()
                    ? messages.get("collect.warning.partial", rejected, problems.size(), partialRows())
                    : messages.get("collect.warning.nothingValid", rejected, problems.size()));
        }
        return String.join("\n", lines);
    }

    /** The report as text to copy (to a mail back to a department): the same lines the CLI's collect prints. */
    public String copyText() {
        return String.join(System.lineSeparator(), new ReportText(locale).files(report, false));
    }
}
