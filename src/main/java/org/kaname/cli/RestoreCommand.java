package org.kaname.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kaname.i18n.Messages;
import org.kaname.store.EncryptedFolderException;
import org.kaname.store.Restore;
import org.kaname.store.StorageUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code restore NAME|FILE}: puts a backup back as the database. It never opens the current database (it may be the
 * damaged one); the current file is kept aside under a dated name.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore the database from a backup (a name from 'backups', or a backup file).",
            "The current database file is kept in the data directory under a dated name."})
public final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    KanameCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|FILE", description = "A backup name (see 'backups') or a backup file.")
    String backup;

    @Override
    public Integer call() {
        Messages messages = Messages.of("org.kaname.cli.messages", Locale.getDefault());
        root.requireLocal("restore", messages);
        Path data = root.dataDirectory();
        Path source;
        try {
            source = Restore.locate(data, backup);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages.get("restore.notFound", backup));
        } catch (IOException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages.get("restore.invalid", backup, e.getMessage()));
        }
        Restore.Result result;
        try {
            result = Restore.restore(data, source, Clock.systemUTC(), root.passphrase(messages));
        } catch (EncryptedFolderException e) {
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE,
                    e.kind() == EncryptedFolderException.Kind.WRONG_PASSPHRASE
                            ? messages.get("restore.wrongPassphrase", backup)
                            : CliCommand.storageMessage(messages, e));
        } catch (StorageUnavailableException e) {
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE, switch (e.reason()) {
                case LOCKED -> messages.get("storage.locked", e.location());
                case READ_ONLY -> messages.get("storage.readOnly", e.location());
                default -> messages.get("restore.invalid", backup, e.getMessage());
            });
        } catch (IOException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages.get("restore.invalid", backup, e.getMessage()));
        }
        var out = spec.commandLine().getOut();
        out.println(result.previousKeptAt() == null ? messages.get("restore.doneNoPrevious", result.restoredFrom())
                : messages.get("restore.done", result.restoredFrom(), result.previousKeptAt()));
        if (result.keyFromBackup()) {
            out.println(messages.get("restore.keyFromBackup"));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
