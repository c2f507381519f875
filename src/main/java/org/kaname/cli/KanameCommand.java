package org.kaname.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.kaname.i18n.Messages;
import org.kaname.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kaname [--data DIR] [COMMAND]}: without a command it opens the desktop app. */
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
        })
public final class KanameCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: KANAME_HOME, else the platform's per-user data directory).")
    String data;

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

    public Path dataDirectory() {
        return DataDirectory.forThisMachine(data);
    }

    @Override
    public Integer call() {
        appStarter.accept(dataDirectory());
        return ExitCodes.OK;
    }
}
