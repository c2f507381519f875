package org.kaname.cli;

import org.kaname.service.Services;
import org.kaname.store.PlanSummary;
import picocli.CommandLine.Command;

/** {@code plans}: one line per plan, {@code ID<TAB>TITLE<TAB>N measures} (a fixed format for scripts). */
@Command(name = "plans", mixinStandardHelpOptions = true, description = "List the stored plans: ID, title, number of measures.")
public final class PlansCommand extends CliCommand {
    @Override
    protected void run(Services services) {
        for (PlanSummary p : services.plans().plans()) {
            // Tabs or newlines inside a title would break the one-line-per-plan format.
            String title = p.title().replaceAll("[\\t\\r\\n]+", " ");
            out().println(p.id() + "\t" + title + "\t" + p.measureCount() + " measures");
        }
        out().flush();
    }
}
