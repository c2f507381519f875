package org.kaname.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kaname.i18n.Messages;
import org.kaname.service.AccessTexts;
import org.kaname.service.Services;
import org.kaname.store.AccessDeniedException;
import org.kaname.store.CommitInDoubtException;
import org.kaname.store.ConnectionLostException;
import org.kaname.store.ServerBusyException;
import org.kaname.store.EncryptedFolderException;
import org.kaname.store.PlanDamagedException;
import org.kaname.store.ServerAddress;
import org.kaname.store.StorageFailureException;
import org.kaname.store.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Base of the subcommands that work on the data directory: opens the services, runs, closes them. Failures a user
 * can cause are thrown as {@link CliException} and turned into one line and an exit code by {@link KanameCli}.
 */
public abstract class CliCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CliCommand.class);
    @ParentCommand
    KanameCommand root;

    @Spec
    CommandSpec spec;

    protected abstract void run(Services services) throws Exception;

    @Override
    public final Integer call() throws Exception {
        String localOnly = localOnly();
        if (localOnly != null) {
            root.requireLocal(localOnly, messages());
        }
        try (Services services = root.openServices(locale(), messages())) {
            run(services);
        } catch (StorageUnavailableException e) {
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE, storageMessage(messages(), e));
        } catch (PlanDamagedException e) {
            LOG.error("plan {} is damaged", e.planId(), e);
            Optional<ServerAddress> server = root.server(messages());
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE, server.isPresent()
                    ? messages().get("storage.planDamagedShared", String.valueOf(e.planId()), server.get().display())
                    : messages().get("storage.planDamaged", String.valueOf(e.planId()), root.dataDirectory()));
        } catch (CommitInDoubtException e) {
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE, messages().get("storage.commitInDoubt", e.server()));
        } catch (ConnectionLostException e) {
            // Refused, not queued (docs/shared-mode.md): nothing of the command's change was stored.
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE, messages().get("storage.connectionLost", e.server()));
        } catch (ServerBusyException e) {
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE, messages().get("storage.serverBusy", e.server()));
        } catch (AccessDeniedException e) {
            // A shared plan's server refused it by the login's role there; nothing was stored.
            throw new CliException(ExitCodes.INVALID_INPUT, AccessTexts.of(locale()).refusal(e));
        } catch (StorageFailureException e) {
            // Logged where it happened; the user gets the cause and what to check.
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE,
                    messages().get("storage.writeFailed", root.dataDirectory(), rootCause(e)));
        }
        return ExitCodes.OK;
    }

    /** The one line for a data directory that cannot be used; shared by the commands that open it themselves. */
    static String storageMessage(Messages messages, StorageUnavailableException e) {
        if (e instanceof EncryptedFolderException enc) {
            LOG.warn("cannot open the encrypted data directory {}: {}", e.location(), e.getMessage());
            return switch (enc.kind()) {
                case NO_PASSPHRASE -> messages.get("storage.encrypted", e.location());
                case WRONG_PASSPHRASE -> messages.get("storage.wrongPassphrase", e.location());
                case KEY_MISSING -> messages.get("storage.keyMissing", e.location(), e.getMessage());
            };
        }
        if (e.reason() != StorageUnavailableException.Reason.LOCKED) {
            LOG.error("cannot use the data directory: {}", e.getMessage(), e);
        }
        return switch (e.reason()) {
            case LOCKED -> messages.get("storage.locked", e.location());
            case NEWER_SCHEMA -> messages.get("storage.newer", e.location());
            case INACCESSIBLE -> messages.get("storage.inaccessible", e.location(), e.getMessage());
            case READ_ONLY -> messages.get("storage.readOnly", e.location());
            case DAMAGED -> messages.get("storage.damaged", e.location(), e.getMessage());
            case SERVER_UNREACHABLE -> messages.get("storage.serverUnreachable", e.location());
            case SERVER_LOGIN_FAILED -> messages.get("storage.serverLoginFailed", e.location());
            case SERVER_NEWER_SCHEMA -> messages.get("storage.serverNewer", e.location());
        };
    }

    static String rootCause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return String.valueOf(c.getMessage());
    }

    /** The command's name when it works on the local data directory only (backups), else null. */
    protected String localOnly() {
        return null;
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
