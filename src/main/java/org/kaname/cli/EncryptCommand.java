package org.kaname.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kaname.i18n.Messages;
import org.kaname.store.Encryption;
import org.kaname.store.StorageUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code encrypt}: turns an unencrypted data directory into an encrypted one (docs/security.md). The new
 * passphrase comes from KANAME_PASSPHRASE_FILE or is typed twice; never an argument. On an encrypted directory it
 * encrypts the backups still left unencrypted (finishing an interrupted run).
 */
@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = {"Encrypt the data directory with a passphrase (from the file KANAME_PASSPHRASE_FILE names,"
                + " or typed twice). A verified backup is taken first; the backups in the folder are encrypted too.",
            "Without the passphrase the plans cannot be opened: keep it safe."})
public final class EncryptCommand implements Callable<Integer> {
    @ParentCommand
    KanameCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.of("org.kaname.cli.messages", Locale.getDefault());
        root.requireLocal("encrypt", messages);
        CliPassphrase passphrase = root.passphrase(messages);
        Encryption.Encrypted done;
        try {
            done = Encryption.encryptFolder(root.dataDirectory(), passphrase,
                    () -> passphrase.newPassphrase(CliPassphrase.FILE_ENV), Clock.systemUTC());
        } catch (StorageUnavailableException e) {
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE, CliCommand.storageMessage(messages, e));
        } catch (IOException e) {
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE,
                    messages.get("storage.writeFailed", root.dataDirectory(), e.getMessage()));
        }
        var out = spec.commandLine().getOut();
        out.println(done.wasAlreadyEncrypted()
                ? messages.get("encrypt.already", root.dataDirectory(), done.backupsEncrypted(), done.keptEncrypted())
                : messages.get("encrypt.done", root.dataDirectory(), done.backupBefore().path(),
                        done.backupsEncrypted(), done.keptEncrypted()));
        out.flush();
        return ExitCodes.OK;
    }
}
