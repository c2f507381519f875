package org.kaname.cli;

import java.nio.file.Path;
import org.kaname.io.InvalidPlanException;
import org.kaname.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import FILE}: stores a kaname-plan file as a new plan and prints the new ID alone on one line. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import a kaname-plan JSON file as a new plan; prints its ID.")
public final class ImportCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "A kaname-plan JSON file.")
    Path file;

    @Override
    protected void run(Services services) {
        try {
            long id = services.plans().importPlan(file);
            out().println(id);
            out().flush();
        } catch (InvalidPlanException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.getMessage());
        }
    }
}
