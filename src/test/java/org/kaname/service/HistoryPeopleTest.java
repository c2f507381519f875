package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.Cell;
import org.kaname.edit.SetScore;
import org.kaname.model.Score;

/** Everyone who changed a plan, for the history's person filter: each name once, in name order, that plan only. */
/**
 * H2 only: the people of a plan's history told apart by display names, which only the local file has (on a server
 * each person is their own login).
 */
class HistoryPeopleTest {
    @TempDir
    Path dir;

    @Test
    void namesEveryoneWhoChangedThePlanOnce() throws Exception {
        try (Services services = Services.open(dir, Locale.JAPANESE)) {
            long id = services.plans().plans().get(0).id();
            Score s = services.plans().open(id).plan().scores().get(0);
            services.users().setDisplayName("鈴木");
            services.plans().apply(id, new SetScore(Cell.of(s), 1, null, Instant.EPOCH));
            services.users().setDisplayName("佐藤");
            services.plans().apply(id, new SetScore(Cell.of(s), 2, null, Instant.EPOCH));
            services.users().setDisplayName("鈴木");
            services.plans().apply(id, new SetScore(Cell.of(s), 3, null, Instant.EPOCH));
            long other = services.plans().create(org.kaname.model.Plan.empty("別の計画",
                    new org.kaname.model.FiscalYears(2027, 2031)));

            assertThat(services.history().people(id)).containsExactly(Users.systemUser(), "佐藤", "鈴木");
            assertThat(services.history().people(other)).containsExactly("鈴木");
        }
    }
}
