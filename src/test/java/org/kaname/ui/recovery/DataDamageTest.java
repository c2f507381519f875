package org.kaname.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.service.Services;
import org.kaname.store.BackupPolicy;
import org.kaname.store.Backups;
import org.kaname.store.PlanDamagedException;
import org.kaname.store.StorageUnavailableException;

/** The damage the recovery tests rely on is really seen as damage by the store. */
class DataDamageTest {
    @TempDir
    Path dir;

    @Test
    void aTruncatedDatabaseIsRefusedAsDamagedAndItsBackupIsListed() throws Exception {
        Path data = dir.resolve("data");
        DataDamage.twoPlansWithBackup(data, "第二の計画");
        long before = Files.size(DataDamage.database(data));
        DataDamage.truncateDatabase(data, 4096);
        assertThatThrownBy(() -> Services.open(data, Locale.JAPANESE, BackupPolicy.APP))
                .isInstanceOfSatisfying(StorageUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageUnavailableException.Reason.DAMAGED));
        assertThat(Files.size(DataDamage.database(data))).as("nothing written to the damaged file").isEqualTo(4096)
                .isLessThan(before);
        assertThat(Backups.of(data)).isNotEmpty();
    }

    @Test
    void aChangedRowMakesOnlyThatPlanDamaged() throws Exception {
        Path data = dir.resolve("data");
        DataDamage.twoPlansWithBackup(data, "第二の計画");
        DataDamage.changeFirstMeasureTitle(data, 1, "書き換えられた施策");
        try (Services services = Services.open(data, Locale.JAPANESE, BackupPolicy.APP)) {
            assertThatThrownBy(() -> services.plans().open(1)).isInstanceOf(PlanDamagedException.class);
            assertThat(services.plans().open(2).plan().title()).isEqualTo("第二の計画");
        }
    }
}
