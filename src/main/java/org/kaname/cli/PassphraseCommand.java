package org.kaname.cli;

import java.io.IOException;
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
 * {@code passphrase}: changes the passphrase of an encrypted data directory. The current one comes from
 * KANAME_PASSPHRASE_FILE or a prompt, the new one from KANAME_NEW_PASSPHRASE_FILE or is typed twice.
 */
@Command(name = "passphrase", mixinStandardHelpOptions = true,
        description = {"Change the passphrase of an encrypted data directory: the current one from"
                + " KANAME_PASSPHRASE_FILE or typed, the new one from KANAME_NEW_PASSPHRASE_FILE or typed twice.",
            "The backups in the folder open with the new passphrase too."})
public final class PassphraseCommand implements Callable<Integer> {
    @ParentCommand
    KanameCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.of("org.kaname.cli.messages", Locale.getDefault());
        root.requireLocal("passphrase", messages);
        CliPassphrase passphrase = root.passphrase(messages);
        try {
            Encryption.changePassphrase(root.dataDirectory(), passphrase,
                    () -> passphrase.newPassphrase(CliPassphrase.NEW_FILE_ENV));
        } catch (Encryption.NotEncryptedException e) {
            throw new CliException(ExitCodes.INVALID_INPUT,
                    messages.get("passphrase.notEncrypted", root.dataDirectory()));
        } catch (StorageUnavailableException e) {
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE, CliCommand.storageMessage(messages, e));
        } catch (IOException e) {
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE,
                    messages.get("storage.writeFailed", root.dataDirectory(), e.getMessage()));
        }
        var out = spec.commandLine().getOut();
        out.println(messages.get("passphrase.changed", root.dataDirectory()));
        out.flush();
        return ExitCodes.OK;
    }
}
