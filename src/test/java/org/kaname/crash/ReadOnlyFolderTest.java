package org.kaname.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kaname.testing.TmpfsMount;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.TestPlans;
import org.kaname.model.Plan;

/**
 * Issue 11: errors while writing are never swallowed. The data folder is a tmpfs remounted read-only, which stops
 * root too (file permissions would not). Every command that writes must exit 4 with a message naming the folder;
 * no file in the folder may change (SHA-256 before and after); commands that only read either work, showing the
 * plans as they are, or exit 4 with a message — never an internal error.
 */
@Tag("crash")
class ReadOnlyFolderTest {
    @TempDir
    Path work;

    @Test
    void everyWritingCommandExitsFourAndNoFileChanges() {
        Path data = work.resolve("data");
        try (TmpfsMount disk = TmpfsMount.mountOrSkip(data, 64L * 1024 * 1024)) {
            Plan small = TestPlans.rich();
            Path smallFile = StoredPlans.write(small, work.resolve("small.json"));
            ChildRun imported = ChildJvm.kaname(data, "import", smallFile.toString()).run();
            assertThat(imported.ok()).as(imported.describe()).isTrue();
            String id = imported.stdout().get(0).strip();
            // Inputs for the writing commands, made while the folder is still writable; outputs go outside it.
            Path scores = work.resolve("scores.json");
            assertThat(ChildJvm.kaname(data, "export-scores", id, "--rater", "r1", "--out", scores.toString()).run().ok())
                    .isTrue();
            Path sheets = work.resolve("sheets");
            assertThat(ChildJvm.kaname(data, "sheets", id, "--out", sheets.toString()).run().ok()).isTrue();
            ChildRun backups = ChildJvm.kaname(data, "backups", "--format", "csv").run();
            List<String> backupNames = BackupList.names(backups);
            StoredPlans.Listing before = StoredPlans.list(data);
            assertThat(before.ok()).as(before.run().describe()).isTrue();

            Map<String, String> hashes = DataFolders.sha256Tree(data);
            disk.readOnly();

            List<List<String>> writing = new ArrayList<>(List.of(
                    List.of("import", smallFile.toString()),
                    List.of("import-scores", id, scores.toString()),
                    List.of("collect", id, sheets.toString()),
                    List.of("backup")));
            if (!backupNames.isEmpty()) {
                writing.add(List.of("restore", backupNames.get(0)));
            }
            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(backupNames).as("backups before the folder became read-only: " + backups.describe())
                    .isNotEmpty();
            for (List<String> command : writing) {
                ChildRun run = ChildJvm.kaname(data, command.toArray(String[]::new)).run();
                soft.assertThat(run.exitCode()).as(run.describe()).isEqualTo(4);
                soft.assertThat(run.stderr()).as(run.describe()).startsWith("kaname: ").contains(data.toString())
                        .doesNotContain("internal error");
                soft.assertThat(run.stdout()).as("an import must not print an ID: " + run.describe())
                        .noneMatch(l -> command.get(0).equals("import") && l.strip().matches("\\d+"));
            }
            for (List<String> command : List.of(List.of("plans"), List.of("export", id, "--out",
                    work.resolve("ro-export.json").toString()), List.of("backups"))) {
                ChildRun run = ChildJvm.kaname(data, command.toArray(String[]::new)).run();
                soft.assertThat(run.exitCode()).as("a reading command: " + run.describe()).isIn(0, 4);
                if (run.exitCode() == 4) {
                    soft.assertThat(run.stderr()).as(run.describe()).startsWith("kaname: ").contains(data.toString());
                }
                if (command.get(0).equals("plans") && run.exitCode() == 0) {
                    soft.assertThat(run.stdout()).as("plans, read-only").containsExactlyElementsOf(before.lines().values());
                }
            }
            soft.assertThat(DataFolders.sha256Tree(data)).as("every file in the read-only folder").isEqualTo(hashes);

            disk.readWrite();
            StoredPlans.Listing after = StoredPlans.list(data);
            soft.assertThat(after.ok()).as("plans once writable again: " + after.run().describe()).isTrue();
            soft.assertThat(after.lines()).as("nothing was added by the refused commands").isEqualTo(before.lines());
            soft.assertAll();
        }
    }
}
