package org.kaname.cli;

import org.kaname.service.PlanNotFoundException;
import org.kaname.service.Services;
import org.kaname.store.PlanVersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code snapshot ID --name NAME}: saves the plan as it is now as a named, read-only version and prints the new
 * version's number alone on one line, for scripts. An empty or too long name is invalid input (exit 3).
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Save the plan as a named version; prints the version number.")
public final class SnapshotCommand extends PlanCommand {
    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "The version's name, e.g. \"令和9年度 部長会議提出版\" (at most 200 characters).")
    String name;

    @Override
    protected void run(Services services) {
        PlanVersionInfo version;
        try {
            version = services.versions().snapshot(planId, name);
        } catch (PlanNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("plan.notFound", String.valueOf(planId)));
        } catch (IllegalArgumentException e) {
            // The service refuses an empty name or one over its limit; nothing was saved.
            String stripped = name.strip();
            throw new CliException(ExitCodes.INVALID_INPUT, stripped.isEmpty() ? messages().get("snapshot.emptyName")
                    : messages().get("snapshot.nameTooLong", String.valueOf(stripped.length())));
        }
        out().println(version.number());
        out().flush();
    }
}
