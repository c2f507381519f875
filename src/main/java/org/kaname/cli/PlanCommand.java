package org.kaname.cli;

import org.kaname.service.PlanNotFoundException;
import org.kaname.service.Services;
import org.kaname.store.StoredPlan;
import picocli.CommandLine.Parameters;

/** Base of the subcommands that work on one stored plan, named by its ID (as listed by {@code plans}). */
public abstract class PlanCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Plan ID, as listed by 'plans'.")
    protected long planId;

    /** The plan named on the command line; an unknown ID is invalid input (exit 3). */
    protected StoredPlan loadPlan(Services services) {
        try {
            return services.plans().open(planId);
        } catch (PlanNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("plan.notFound", String.valueOf(planId)));
        }
    }
}
