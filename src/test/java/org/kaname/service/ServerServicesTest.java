package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.TestPlans;
import org.kaname.edit.Cell;
import org.kaname.edit.SetScore;
import org.kaname.model.Score;
import org.kaname.store.DatabaseLocation;
import org.kaname.store.JournalFilter;
import org.kaname.store.PostgresTestServer;
import org.kaname.store.ServerAddress;

/** The services over a shared database on a real PostgreSQL ({@link PostgresTestServer}). */
class ServerServicesTest {
    private static final PostgresTestServer SERVER = PostgresTestServer.shared();

    @TempDir
    Path dir;

    @Test
    void aServerStartsWithoutTheSamplePlanAndJournalsTheLogin() throws Exception {
        ServerAddress address = SERVER.newDatabase();
        try (Services owner = Services.openServer(address, SERVER.superuserPassword(), Locale.JAPANESE)) {
            assertThat(owner.isShared()).isTrue();
            assertThat(owner.location()).isEqualTo(new DatabaseLocation.Server(address));
            assertThat(owner.localDatabase()).isEmpty();
            assertThat(owner.plans().plans()).isEmpty();
            assertThat(owner.users().current()).isEqualTo(PostgresTestServer.SUPERUSER);
            assertThat(owner.users().isLogin()).isTrue();
            assertThatThrownBy(() -> owner.users().setDisplayName("企画課 山田"))
                    .isInstanceOf(IllegalStateException.class);

            long id = owner.plans().create(TestPlans.rich());
            PlanEditor editor = owner.editor(id, owner.plans().open(id).plan(), Runnable::run);
            Score s = editor.plan().scores().get(0);
            editor.apply(new SetScore(Cell.of(s), s.value() == 1 ? 2 : 1, "会議", Instant.now()));

            assertThat(owner.history().rows(id, JournalFilter.ALL, Locale.JAPANESE))
                    .extracting(r -> r.entry().user()).containsOnly(PostgresTestServer.SUPERUSER);
        }
        // Opening again finds the plan (and still no sample).
        try (Services again = Services.openServer(address, SERVER.superuserPassword(), Locale.JAPANESE)) {
            assertThat(again.plans().plans()).hasSize(1);
        }
    }

    @Test
    void backupsAreTheServersOwn() throws Exception {
        try (Services services = Services.openServer(SERVER.newDatabase(), SERVER.superuserPassword(),
                Locale.JAPANESE)) {
            assertThatThrownBy(() -> services.backUp(null)).isInstanceOf(ServerManagedException.class)
                    .hasMessageContaining("administrator");
            assertThatThrownBy(services::dataDirectory).isInstanceOf(ServerManagedException.class);
            assertThat(services.backups()).isEmpty();
        }
    }

    @Test
    void theLocalFileStaysLocal() throws Exception {
        try (Services local = Services.open(dir, Locale.JAPANESE)) {
            assertThat(local.isShared()).isFalse();
            assertThat(local.location()).isEqualTo(new DatabaseLocation.Local(dir));
            assertThat(local.localDatabase()).isPresent();
            assertThat(local.users().isLogin()).isFalse();
            assertThat(local.plans().plans()).hasSize(1);
        }
    }
}
