package org.kaname.cli;

import java.util.ArrayList;
import java.util.List;
import org.kaname.service.PlanNotFoundException;
import org.kaname.service.Services;
import org.kaname.store.PlanVersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code versions ID [--format table|csv]}: the plan's saved versions, oldest first. CSV is exactly
 * {@code version,name,time,user,history_seq}: time ISO-8601 UTC, history_seq the entry of {@code history} that
 * records the snapshot (the version holds every change before it).
 */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = "List a plan's saved versions: number, name, time, user.")
public final class VersionsCommand extends EngineCommand {
    enum Format { table, csv }

    static final List<String> HEADER = List.of("version", "name", "time", "user", "history_seq");

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    protected void run(Services services) {
        List<PlanVersionInfo> versions;
        try {
            versions = services.versions().versions(planId);
        } catch (PlanNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("plan.notFound", String.valueOf(planId)));
        }
        if (format == Format.csv) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(HEADER);
            for (PlanVersionInfo v : versions) {
                rows.add(List.of(String.valueOf(v.number()), v.name(), CliTimes.csv(v.time()), v.user(),
                        String.valueOf(v.journalSeq())));
            }
            printCsv(rows);
        } else if (versions.isEmpty()) {
            printLines(List.of(messages().get("versions.none", String.valueOf(planId))));
        } else {
            TextTable t = new TextTable(List.of(messages().get("versions.header").split("\t")),
                    true, false, false, false, true);
            for (PlanVersionInfo v : versions) {
                t.row(List.of(String.valueOf(v.number()), v.name(), CliTimes.table(v.time()), v.user(),
                        String.valueOf(v.journalSeq())));
            }
            printLines(t.lines());
        }
    }
}
