package org.kaname.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kaname.service.PlanNotFoundException;
import org.kaname.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export ID --out FILE}: writes the plan as kaname-plan JSON. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a plan as kaname-plan JSON.")
public final class ExportCommand extends PlanCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (.json).")
    Path out;

    @Override
    protected void run(Services services) {
        loadPlan(services);
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.noDirectory", out));
        }
        try {
            services.plans().exportPlan(planId, out);
        } catch (PlanNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("plan.notFound", String.valueOf(planId)));
        } catch (IOException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.unwritable", out, e.getMessage()));
        }
    }
}
