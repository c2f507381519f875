package org.kaname.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.kaname.i18n.Messages;
import org.kaname.service.Services;
import org.kaname.store.BackupPolicy;
import org.kaname.store.DataDirectory;
import org.kaname.store.ServerAddress;
import org.kaname.store.StorageUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code kaname [--data DIR] [--db URI] [COMMAND]}: without a command it opens the desktop app. {@code --db} (or
 * {@code KANAME_DB}) puts the commands on a shared PostgreSQL database instead of the data directory.
 */
@Command(name = "kaname", mixinStandardHelpOptions = true, versionProvider = KanameVersion.class,
        sortOptions = false,
        description = {"Kaname (要) — 施策優先度プランナー / policy measure prioritisation.",
            "Without a command, opens the desktop app."},
        subcommands = {
            PlansCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            SetScoreCommand.class, HistoryCommand.class, SnapshotCommand.class, VersionsCommand.class,
            MembersCommand.class,
            DiffCommand.class,
            RankCommand.class, WeightsCommand.class, SensitivityCommand.class,
            DisagreementsCommand.class, RoundsCommand.class,
            ReportCommand.class, EvaluationCommand.class, ExportIndicatorsCommand.class,
            RoadmapCommand.class, CostsCommand.class,
            IndicatorsCommand.class,
            SheetsCommand.class, CollectCommand.class, ExportScoresCommand.class, ImportScoresCommand.class,
            ActualSheetsCommand.class, ActualsCommand.class,
            BackupCommand.class, BackupsCommand.class, RestoreCommand.class,
            EncryptCommand.class, PassphraseCommand.class,
            CopyCommand.class,
        })
public final class KanameCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: KANAME_HOME, else the platform's per-user data directory).")
    String data;

    @Option(names = "--db", paramLabel = "URI", scope = ScopeType.INHERIT,
            description = {"Shared PostgreSQL database: postgresql://host[:port]/db?user=NAME (default: KANAME_DB,"
                + " else the data directory; 'local': the data directory). Password from PGPASSFILE or ~/.pgpass,"
                + " else PGPASSWORD, else asked."})
    String db;

    private final Consumer<Path> appStarter;
    private final Map<String, String> env;
    private final CliPassphrase.Prompt prompt;

    /** @param appStarter opens the desktop app on a data directory; the CLI never touches JavaFX itself */
    public KanameCommand(Consumer<Path> appStarter) {
        this(appStarter, System.getenv(), CliPassphrase.systemConsole());
    }

    /** With the environment and the terminal prompt given (tests; null prompt: no terminal). */
    KanameCommand(Consumer<Path> appStarter, Map<String, String> env, CliPassphrase.Prompt prompt) {
        this.appStarter = appStarter;
        this.env = env;
        this.prompt = prompt;
    }

    /** Where the passphrase of an encrypted data directory comes from: KANAME_PASSPHRASE_FILE or the terminal. */
    CliPassphrase passphrase(Messages messages) {
        return new CliPassphrase(env, prompt, messages, dataDirectory());
    }

    /** The shared database chosen by --db or KANAME_DB; empty: the local data directory. */
    Optional<ServerAddress> server(Messages messages) {
        return CliDatabase.choose(db, env, messages);
    }

    /** The services over the database chosen: the server's (--db, KANAME_DB) or the data directory's. */
    Services openServices(Locale locale, Messages messages) throws StorageUnavailableException {
        Optional<ServerAddress> server = server(messages);
        if (server.isPresent()) {
            return openServer(server.get(), locale, messages);
        }
        return Services.open(dataDirectory(), locale, BackupPolicy.COMMAND_LINE, passphrase(messages));
    }

    /** The services over the shared database at {@code address}, the password found or asked for. */
    Services openServer(ServerAddress address, Locale locale, Messages messages) throws StorageUnavailableException {
        return CliDatabase.openServer(address, env, prompt, messages, locale);
    }

    /**
     * Refuses {@code command} (one line naming the database, exit 2) when a shared database is chosen: backups, restore and encryption
     * are the data directory's; a server's are its administrator's.
     */
    void requireLocal(String command, Messages messages) {
        server(messages).ifPresent(address -> {
            throw new CliException(ExitCodes.USAGE, messages.get("db.localOnly", command, address.display()));
        });
    }

    public Path dataDirectory() {
        return DataDirectory.forThisMachine(data);
    }

    @Override
    public Integer call() {
        appStarter.accept(dataDirectory());
        return ExitCodes.OK;
    }
}
