package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaname.TestPlans;
import org.kaname.model.Plan;
import org.kaname.model.RoundState;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;

/** Scoring rounds survive storage exactly: insert, replace and delete rewrite them with the rest of the plan. */
@ParameterizedClass(name = "{0}")
@EnumSource(Dialect.class)
class RoundsStoreTest {
    @Parameter
    Dialect dialect;

    static final Instant OPENED = Instant.parse("2026-11-10T01:00:00Z");
    static final Instant REVEALED = Instant.parse("2026-11-10T02:30:00.25Z");

    @TempDir
    Path dir;
    SqlDatabase db;
    PlanStore store;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.open(dialect, dir);
        store = TestDigests.store(db, Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** {@link TestPlans#rich()} with round 1 revealed (anonymous) and round 2 open; lists in a non-sorted order. */
    static Plan withRounds() {
        ScoringRound revealed = new ScoringRound(1, "第1回 ワークショップ", List.of("B03", "B01"), List.of("r2", "r1"), true,
                RoundState.REVEALED, OPENED, REVEALED, List.of(
                        new Score("B03", "speed", "r2", 2.5, "理由\n二行目", Instant.parse("2026-11-10T01:05:00Z")),
                        Score.of("B01", "cost", "r1", 0),
                        Score.of("B01", "speed", "r2", 5)));
        ScoringRound open = new ScoringRound(2, "", List.of("B01"), List.of("r1"), false, RoundState.OPEN,
                Instant.parse("2026-11-10T03:00:00Z"), null, List.of(Score.of("B01", "speed", "r1", 4)));
        return TestPlans.rich().withRounds(List.of(revealed, open));
    }

    @Test
    void roundsComeBackEqualInTheirOrder() {
        Plan plan = withRounds();
        long id = store.insert(plan, TestDigests.CREATE);
        Plan loaded = store.load(id).orElseThrow().plan();
        assertThat(loaded).isEqualTo(plan);
        assertThat(loaded.rounds().get(0).measures()).containsExactly("B03", "B01");
        assertThat(loaded.rounds().get(0).revealed()).isEqualTo(REVEALED);
        assertThat(loaded.rounds().get(1).revealed()).isNull();
    }

    @Test
    void roundsStoredInAnotherOrderThanTheirNumbersKeepThePlanOrder() {
        Plan plan = withRounds();
        Plan reversed = plan.withRounds(List.of(plan.rounds().get(1), plan.rounds().get(0)));
        assertThat(store.load(store.insert(reversed, TestDigests.CREATE)).orElseThrow().plan()).isEqualTo(reversed);
    }

    @Test
    void replaceRewritesTheRoundsWhole() {
        Plan plan = withRounds();
        long id = store.insert(plan, TestDigests.CREATE);
        ScoringRound second = plan.rounds().get(1);
        ScoringRound revealedSecond = second.withScores(List.of(Score.of("B01", "speed", "r1", 3)))
                .revealedAt(Instant.parse("2026-11-10T04:00:00Z"));
        ScoringRound third = new ScoringRound(3, "第3回", List.of("B02"), List.of("r1", "r2"), false, RoundState.OPEN,
                Instant.parse("2026-11-10T05:00:00Z"), null, List.of());
        Plan changed = plan.withRounds(List.of(revealedSecond, third));
        assertThat(TestDigests.replace(store, id, changed)).isTrue();
        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(changed);
        assertThat(rows("round_score", id)).isEqualTo(1);
        assertThat(rows("round_rater", id)).isEqualTo(3);

        Plan none = plan.withRounds(List.of());
        assertThat(TestDigests.replace(store, id, none)).isTrue();
        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(none);
        for (String table : List.of("scoring_round", "round_measure", "round_rater", "round_score")) {
            assertThat(rows(table, id)).as(table).isZero();
        }
    }

    @Test
    void replacingOnePlanLeavesAnothersRoundsAlone() {
        long a = store.insert(withRounds(), TestDigests.CREATE);
        long b = store.insert(withRounds(), TestDigests.CREATE);
        TestDigests.replace(store, a, withRounds().withRounds(List.of()));
        assertThat(store.load(b).orElseThrow().plan()).isEqualTo(withRounds());
    }

    @Test
    void deletingThePlanDeletesItsRounds() {
        long id = store.insert(withRounds(), TestDigests.CREATE);
        assertThat(rows("round_score", id)).isEqualTo(4);
        assertThat(store.delete(id)).isTrue();
        for (String table : List.of("scoring_round", "round_measure", "round_rater", "round_score")) {
            assertThat(rows(table, id)).as(table).isZero();
        }
    }

    private int rows(String table, long planId) {
        return db.inTransaction(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE plan_id = " + planId)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
