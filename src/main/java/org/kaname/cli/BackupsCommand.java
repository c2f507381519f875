package org.kaname.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kaname.i18n.Messages;
import org.kaname.store.BackupFile;
import org.kaname.store.Backups;
import org.kaname.store.Encryption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code backups}: the backups of the data directory, newest first. It reads only the folder, never the database, so
 * it works when the database is damaged, which is when it is needed.
 */
@Command(name = "backups", mixinStandardHelpOptions = true,
        description = "List the backups in the data directory, newest first (name, time, reason, size).")
public final class BackupsCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    KanameCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or csv: name,created,reason,generation,bytes")
    Format format;

    enum Format { table, csv }

    @Override
    public Integer call() {
        Messages messages = Messages.of("org.kaname.cli.messages", Locale.getDefault());
        root.requireLocal("backups", messages);
        List<BackupFile> backups = Backups.of(root.dataDirectory());
        var out = spec.commandLine().getOut();
        if (format == Format.csv) {
            out.println("name,created,reason,generation,bytes");
            for (BackupFile b : backups) {
                out.println(org.kaname.io.CsvWriter.line(List.of(b.name(), b.created().toString(), b.reason().code(),
                        String.valueOf(b.generation()), String.valueOf(b.size()))));
            }
        } else if (backups.isEmpty()) {
            out.println(messages.get("backups.none", root.dataDirectory().resolve("backups")));
        } else {
            TextTable table = new TextTable(List.of(messages.get("backups.header").split("\t")),
                    false, false, false, true);
            for (BackupFile b : backups) {
                table.row(List.of(b.name(), TIME.format(b.created().atZone(ZoneId.systemDefault())),
                        messages.get("backups.reason." + b.reason().code()), size(b.size())));
            }
            table.lines().forEach(out::println);
            if (Encryption.isEncrypted(root.dataDirectory())) {
                out.println(messages.get("backups.encryptedNote"));
                long plain = backups.stream().filter(b -> !Backups.isEncrypted(b.path())).count();
                if (plain > 0) {
                    out.println(messages.get("backups.plainNote", plain));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
    }
}
