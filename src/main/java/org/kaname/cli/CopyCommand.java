package org.kaname.cli;

import java.util.Optional;
import org.kaname.service.Services;
import org.kaname.store.AccessDeniedException;
import org.kaname.store.ConnectionLostException;
import org.kaname.store.PlanArchive;
import org.kaname.store.PlanDamagedException;
import org.kaname.store.ServerAddress;
import org.kaname.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code copy ID --to URI} / {@code copy ID --from URI}: copies a plan, with every journal row and every named
 * version as stored, from this command's database (the local data directory, or {@code --db}) to a shared database,
 * or from a shared database into this one; prints the copy's new ID alone on one line. The target is written in one
 * transaction, so a copy refused half-way leaves it as it was. On a server the copier becomes the copy's owner.
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Copy a plan with its history and versions to or from a shared PostgreSQL database;"
            + " prints the new ID.",
            "--to: from this database (the data directory, or --db) to URI; --from: from URI into this database."})
public final class CopyCommand extends CliCommand {
    private static final Logger LOG = LoggerFactory.getLogger(CopyCommand.class);

    @Parameters(index = "0", paramLabel = "ID", description = "Plan ID in the database copied from.")
    long planId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Direction direction;

    static final class Direction {
        @Option(names = "--to", paramLabel = "URI", required = true,
                description = "Copy to this database: postgresql://host[:port]/db?user=NAME")
        String to;

        @Option(names = "--from", paramLabel = "URI", required = true,
                description = "Copy from this database: postgresql://host[:port]/db?user=NAME")
        String from;
    }

    @Override
    protected void run(Services here) throws Exception {
        boolean outward = direction.to != null;
        ServerAddress address = CliDatabase.parse(outward ? direction.to : direction.from,
                outward ? "--to" : "--from", messages());
        try (Services there = root.openServer(address, locale(), messages())) {
            Services source = outward ? here : there;
            Services target = outward ? there : here;
            String from = CliDatabase.where(source, messages());
            String to = CliDatabase.where(target, messages());
            PlanArchive archive = read(source, from).orElseThrow(() -> new CliException(ExitCodes.INVALID_INPUT,
                    messages().get("copy.notFound", String.valueOf(planId), from)));
            long copy;
            try {
                copy = target.archives().write(archive);
            } catch (AccessDeniedException | ConnectionLostException e) {
                throw e; // worded as for any command (CliCommand); nothing was written either way, or in doubt
            } catch (PlanDamagedException e) {
                throw new CliException(ExitCodes.STORAGE_UNAVAILABLE,
                        messages().get("copy.damaged", String.valueOf(planId), from, e.getMessage()));
            } catch (StoreException e) {
                LOG.error("copying plan {} from {} to {} failed; nothing was written there", planId, from, to, e);
                throw new CliException(ExitCodes.STORAGE_UNAVAILABLE,
                        messages().get("copy.failed", String.valueOf(planId), to, firstLine(rootCause(e))));
            }
            LOG.info("copied plan {} ({} journal rows, {} versions) from {} to {} as plan {}", planId,
                    archive.journal().size(), archive.versions().size(), from, to, copy);
            out().println(copy);
            out().flush();
        }
    }

    /** The first line of a server's message (PostgreSQL adds Where: and Detail: lines), without its "ERROR: ". */
    static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.startsWith("ERROR: ") ? line.substring("ERROR: ".length()) : line;
    }

    private Optional<PlanArchive> read(Services source, String from) {
        try {
            return source.archives().read(planId);
        } catch (PlanDamagedException e) {
            LOG.error("plan {} in {} is damaged; not copied", planId, from, e);
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE,
                    messages().get("copy.damaged", String.valueOf(planId), from, e.getMessage()));
        }
    }
}
