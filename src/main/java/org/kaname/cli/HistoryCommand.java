package org.kaname.cli;

import java.util.ArrayList;
import java.util.List;
import org.kaname.service.HistoryService;
import org.kaname.service.PlanNotFoundException;
import org.kaname.service.Services;
import org.kaname.store.JournalEntry;
import org.kaname.store.JournalFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code history ID [--format table|csv] [--limit N] [--measure M] [--rater R] [--user U]}: the plan's journal,
 * oldest first; with {@code --limit N} the newest N rows that match, still oldest first.
 *
 * <p>CSV is exactly {@code seq,time,user,edit,target,before,after,reason,description}: time ISO-8601 UTC, edit the
 * stable kind code ({@code set-score}), target the measure, criterion and rater that are set, joined by {@code /}
 * ({@code S1-1/speed/r1} for a score; empty for the plan as a whole), before and after the score's value (empty
 * for no score) or a short text of the parts that changed, description in the user's language. The table shows the
 * same with the local time and the localised name of the edit.
 */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = "A plan's change history: who changed what, when, from and to.")
public final class HistoryCommand extends EngineCommand {
    enum Format { table, csv }

    static final List<String> HEADER = List.of("seq", "time", "user", "edit", "target", "before", "after", "reason",
            "description");

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--limit", paramLabel = "N", description = "Only the newest N rows (still oldest first).")
    Integer limit;

    @Option(names = "--measure", paramLabel = "M", description = "Only changes to measure M.")
    String measure;

    @Option(names = "--rater", paramLabel = "R", description = "Only changes to rater R's scores.")
    String rater;

    @Option(names = "--user", paramLabel = "U", description = "Only changes made by user U.")
    String user;

    @Override
    protected void run(Services services) {
        if (limit != null && limit < 1) {
            throw new CliException(ExitCodes.USAGE, messages().get("history.badLimit", String.valueOf(limit)));
        }
        JournalFilter filter = new JournalFilter(measure, rater, user, null,
                limit == null ? JournalFilter.NO_LIMIT : limit);
        List<HistoryService.Row> rows;
        try {
            rows = services.history().rows(planId, filter, locale());
        } catch (PlanNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("plan.notFound", String.valueOf(planId)));
        }
        if (format == Format.csv) {
            printCsv(csvRows(rows));
        } else if (rows.isEmpty()) {
            printLines(List.of(messages().get("history.none")));
        } else {
            printLines(table(rows));
        }
    }

    static List<List<String>> csvRows(List<HistoryService.Row> rows) {
        List<List<String>> csv = new ArrayList<>();
        csv.add(HEADER);
        for (HistoryService.Row r : rows) {
            JournalEntry e = r.entry();
            csv.add(List.of(String.valueOf(e.seq()), CliTimes.csv(e.time()), e.user(), e.kind(), target(e),
                    orEmpty(e.before()), orEmpty(e.after()), orEmpty(e.reason()), r.description()));
        }
        return csv;
    }

    private List<String> table(List<HistoryService.Row> rows) {
        TextTable t = new TextTable(List.of(messages().get("history.header").split("\t")),
                true, false, false, false, false, true, true, false, false);
        for (HistoryService.Row r : rows) {
            JournalEntry e = r.entry();
            t.row(List.of(String.valueOf(e.seq()), CliTimes.table(e.time()), e.user(), r.kindName(), target(e),
                    orEmpty(e.before()), orEmpty(e.after()), orEmpty(e.reason()), r.description()));
        }
        return t.lines();
    }

    /** The measure, criterion and rater the entry is about, those that are set, joined by "/". */
    static String target(JournalEntry e) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {e.measure(), e.criterion(), e.rater()}) {
            if (part != null && !part.isEmpty()) {
                b.append(b.length() == 0 ? "" : "/").append(part);
            }
        }
        return b.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
