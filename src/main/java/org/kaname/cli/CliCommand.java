package org.kaname.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kaname.i18n.Messages;
import org.kaname.service.Services;
import org.kaname.store.StorageUnavailableException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Base of the subcommands that work on the data directory: opens the services, runs, closes them. Failures a user
 * can cause are thrown as {@link CliException} and turned into one line and an exit code by {@link KanameCli}.
 */
public abstract class CliCommand implements Callable<Integer> {
    @ParentCommand
    KanameCommand root;

    @Spec
    CommandSpec spec;

    protected abstract void run(Services services) throws Exception;

    @Override
    public final Integer call() throws Exception {
        try (Services services = Services.open(root.dataDirectory(), locale())) {
            run(services);
        } catch (StorageUnavailableException e) {
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE, storageMessage(e));
        }
        return ExitCodes.OK;
    }

    private String storageMessage(StorageUnavailableException e) {
        return switch (e.reason()) {
            case LOCKED -> messages().get("storage.locked", e.location());
            case NEWER_SCHEMA -> messages().get("storage.newer", e.location());
            case INACCESSIBLE -> messages().get("storage.inaccessible", e.location(), e.getMessage());
        };
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected Locale locale() {
        return Locale.getDefault();
    }

    protected Messages messages() {
        return Messages.of("org.kaname.cli.messages", locale());
    }
}
