package org.kaname.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kaname.service.Services;
import org.kaname.store.BackupFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup [--out FILE]}: a verified backup of the whole database; prints where it was written. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a verified backup of every plan (a zip file). Without --out, into the backups folder.")
public final class BackupCommand extends CliCommand {
    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the backup (.zip).")
    Path out;

    @Override
    protected String localOnly() {
        return "backup";
    }

    @Override
    protected void run(Services services) {
        if (out != null) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new CliException(ExitCodes.INVALID_INPUT, messages().get("output.noDirectory", out));
            }
        }
        BackupFile made;
        try {
            made = services.backUp(out);
        } catch (IOException e) {
            throw new CliException(ExitCodes.STORAGE_UNAVAILABLE, messages().get("backup.failed", e.getMessage()));
        }
        out().println(messages().get("backup.written", made.path()));
        out().flush();
    }
}
