package org.kaname.cli;

import picocli.CommandLine.Command;

/**
 * {@code import-scores ID FILE.json... [--accept-valid] [--dry-run]}: imports {@code kaname-scores} files written
 * by {@code export-scores} on another PC, checked and stored exactly as {@code collect} does with score sheets.
 */
@Command(name = "import-scores", mixinStandardHelpOptions = true,
        description = {"Import one rater's scores from kaname-scores JSON files (see export-scores).",
            "Checked like collected sheets; exit 3 if any file had a problem."})
public final class ImportScoresCommand extends CollectCommand {
    @Override
    String journalKind() {
        return "import-scores";
    }
}
