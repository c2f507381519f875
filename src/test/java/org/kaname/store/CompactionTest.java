package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.TestPlans;
import org.kaname.model.Plan;

/**
 * The append-only file gives its old commits' space back at start, with every plan and the generation intact.
 * H2 only: compaction rewrites the local H2 file.
 */
class CompactionTest {
    @TempDir
    Path dir;

    @Test
    void aFileOfManyRewritesShrinksAndKeepsItsPlans() throws Exception {
        DataFiles files = new DataFiles(dir);
        long id;
        Plan last = TestPlans.rich();
        long generation;
        try (Database db = Database.open(dir)) {
            PlanStore store = TestDigests.store(db, Clock.systemUTC());
            id = store.insert(last, TestDigests.CREATE);
            for (int i = 0; i < 60; i++) {
                last = TestPlans.rich().withTitle("版 " + i);
                TestDigests.replace(store, id, last);
            }
        }
        generation = DatabaseInspection.of(files.database()).generation();
        long before = Files.size(files.database());

        assertThat(Compaction.compactIfWorthIt(files, generation, 0, 100)).isTrue();

        assertThat(Files.size(files.database())).isLessThan(before / 2);
        assertThat(DatabaseInspection.of(files.database()).generation()).isEqualTo(generation);
        try (Database db = Database.open(dir)) {
            assertThat(TestDigests.store(db, Clock.systemUTC()).load(id).orElseThrow().plan())
                    .isEqualTo(last);
        }
    }

    @Test
    void aSmallOrWellFilledFileIsLeftAlone() throws Exception {
        DataFiles files = new DataFiles(dir);
        try (Database db = Database.open(dir)) {
            TestDigests.store(db, Clock.systemUTC()).insert(TestPlans.rich(), TestDigests.CREATE);
        }
        String before = DamageDetectionTest.sha256(files.database());
        assertThat(Compaction.compactIfWorthIt(files, 1)).isFalse();
        assertThat(DamageDetectionTest.sha256(files.database())).isEqualTo(before);
    }
}
