package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.edit.Cell;
import org.kaname.edit.SetScore;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.store.PostgresTestServer;
import org.kaname.store.ServerAddress;
import org.kaname.store.ServerBusyException;

/**
 * Another session holding the plan longer than the server's lock timeout: the edit is refused as "server busy" (not
 * as an internal database error), nothing of it is written, and the same services store the next edit once the plan
 * is free. On a real PostgreSQL ({@link PostgresTestServer}).
 */
class ServerBusyTest {
    private static final PostgresTestServer SERVER = PostgresTestServer.shared();

    @Test
    void anEditWaitingTooLongForThePlanIsRefusedAsBusyAndChangesNothing() throws Exception {
        ServerAddress address = SERVER.newMigratedDatabase();
        try (Services services = Services.openServer(address, SERVER.superuserPassword(), Locale.JAPANESE)) {
            long id = services.plans().create(TestPlans.rich());
            Plan plan = services.plans().open(id).plan();
            Score s = plan.scores().get(0);
            double other = s.value() == 1 ? 2 : 1;
            long seq = services.plans().journalSeq(id);

            try (Connection holder = DriverManager.getConnection(address.jdbcUrl(), address.user(),
                    new String(SERVER.superuserPassword()))) {
                holder.setAutoCommit(false);
                try (Statement st = holder.createStatement()) {
                    st.executeUpdate("UPDATE plan SET updated_at = updated_at WHERE id = " + id);
                }
                assertThatThrownBy(() -> services.plans().apply(id, plan,
                        new SetScore(Cell.of(s), other, "", Instant.now())))
                        .isInstanceOf(ServerBusyException.class);
                holder.rollback();
            }

            assertThat(services.plans().journalSeq(id)).as("nothing journaled").isEqualTo(seq);
            assertThat(services.plans().open(id).plan().scores().get(0).value()).isEqualTo(s.value());
            services.plans().apply(id, plan, new SetScore(Cell.of(s), other, "", Instant.now()));
            assertThat(services.plans().open(id).plan().scores().get(0).value()).isEqualTo(other);
        }
    }
}
