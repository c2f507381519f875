package org.kaname.crash;

import java.util.List;

/**
 * Reads {@code backups --format csv}: a header {@code name,created,reason,generation,bytes}, then one line per
 * backup, newest first (the CLI's documented order). Only the names are needed: {@code restore NAME} takes them.
 */
final class BackupList {
    private BackupList() {
    }

    /** The backup names, newest first; empty if the command failed or listed none. */
    static List<String> names(ChildRun run) {
        if (!run.ok() || run.stdout().isEmpty() || !run.stdout().get(0).startsWith("name,")) {
            return List.of();
        }
        return run.stdout().stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", 2)[0]).toList();
    }
}
