package org.kaname.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.TestPlans;
import org.kaname.model.Plan;
import org.kaname.testing.TmpfsMount;

/**
 * Issue 11: a full disk never yields exit 0. The data folder is a small tmpfs holding a database with two
 * acknowledged plans and only {@code margin} bytes free; importing a plan far bigger than that must exit 4 with a
 * message naming the folder, print no ID, and leave the folder — once it has room again — exactly as it was: both
 * plans whole, the failed import absent. Margins from none to a few hundred KB let the disk fill at different
 * moments (the start-up backup, the import's pages, the commit, the seal).
 */
@Tag("crash")
class DiskFullTest {
    private static final long ROOMY = 64L * 1024 * 1024;

    @TempDir
    static Path work;

    private static Path prepared;
    private static Plan small;
    private static long smallId;
    private static Map<Long, String> listing;
    private static Path bigFile;

    /** One data folder with the sample plan and a small imported plan, prepared on the ordinary disk. */
    @BeforeAll
    static void prepare() {
        prepared = work.resolve("prepared");
        // Reading a plan file gives its indicators ids, so the plan as stored and exported has them.
        small = org.kaname.model.IndicatorIds.assignMissing(TestPlans.rich());
        ChildRun imported = ChildJvm.kaname(prepared, "import",
                StoredPlans.write(small, work.resolve("small.json")).toString()).run();
        assertThat(imported.ok()).as(imported.describe()).isTrue();
        smallId = Long.parseLong(imported.stdout().get(0).strip());
        StoredPlans.Listing list = StoredPlans.list(prepared);
        assertThat(list.ok()).as(list.run().describe()).isTrue();
        listing = list.lines();
        assertThat(listing).hasSize(2);
        // About 140,000 scores: some MB in the database even packed in score blocks (schema 4), far more than any
        // margin below.
        bigFile = StoredPlans.write(GeneratedPlan.generate("disk full", 1500, 5, 20, 9), work.resolve("big.json"));
    }

    @ParameterizedTest(name = "{0} bytes free")
    @ValueSource(longs = {0, 16 * 1024, 256 * 1024, 1024 * 1024})
    void anImportThatDoesNotFitExitsFourAndLeavesTheFolderAsItWas(long margin) {
        Path data = work.resolve("full-" + margin);
        try (TmpfsMount disk = TmpfsMount.mountOrSkip(data, ROOMY)) {
            DataFolders.copy(prepared, data);
            disk.resize(disk.used() + margin);

            ChildRun run = ChildJvm.kaname(data, "import", bigFile.toString()).run();
            ChildRun whileFull = ChildJvm.kaname(data, "plans").run(KillPlan.never(), StoredPlans.CHECK_LIMIT);
            disk.resize(ROOMY);
            StoredPlans.Listing after = StoredPlans.list(data);
            StoredPlans.Export export = StoredPlans.export(data, smallId, work);

            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(run.timedOut()).as("import hung: " + run.describe()).isFalse();
            soft.assertThat(run.exitCode()).as("exit code of an import onto a full disk: " + run.describe()).isEqualTo(4);
            soft.assertThat(run.stdout()).as("no ID may be printed for a plan that was not stored").isEmpty();
            soft.assertThat(run.stderr()).as("a clear message naming the data folder")
                    .startsWith("kaname: ").contains(data.toString()).doesNotContain("internal error");
            // Reading while the disk is still full: either it works and shows the old plans, or it says why not.
            soft.assertThat(whileFull.exitCode()).as("plans on the full disk: " + whileFull.describe()).isIn(0, 4);
            if (whileFull.exitCode() == 0) {
                soft.assertThat(whileFull.stdout()).as("plans on the full disk").containsExactlyElementsOf(listing.values());
            } else {
                soft.assertThat(whileFull.stderr()).as("plans on the full disk").startsWith("kaname: ");
            }
            soft.assertThat(after.ok()).as("plans once there is room again: " + after.run().describe()).isTrue();
            soft.assertThat(after.lines()).as("the failed import is absent, both plans listed as before")
                    .isEqualTo(listing);
            soft.assertThat(export.ok()).as("export of the small plan: " + export.problem()).isTrue();
            if (export.ok()) {
                soft.assertThat(export.plan()).as("the small plan, whole").isEqualTo(small);
            }
            soft.assertAll();
        }
    }
}
