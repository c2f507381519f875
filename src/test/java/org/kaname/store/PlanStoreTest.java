package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.TestPlans;
import org.kaname.model.Budget;
import org.kaname.model.Criterion;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

class PlanStoreTest {
    @TempDir
    Path dir;
    Database db;
    PlanStore store;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir);
        store = new PlanStore(db, Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC), TestDigests.REAL);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRichPlanComesBackEqual() {
        Plan plan = TestPlans.rich();
        long id = store.insert(plan);
        StoredPlan loaded = store.load(id).orElseThrow();
        assertThat(loaded.plan()).isEqualTo(plan);
        assertThat(loaded.updatedAt()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
    }

    @Test
    void aUniformBudgetAndAnEmptyPlanComeBackEqual() {
        Plan empty = Plan.empty("空の計画", new FiscalYears(2027, 2027)).withBudget(Budget.uniform(5));
        assertThat(store.load(store.insert(empty)).orElseThrow().plan()).isEqualTo(empty);
    }

    @Test
    void listShowsIdTitleAndMeasureCountInInsertOrder() {
        long a = store.insert(TestPlans.rich());
        long b = store.insert(Plan.empty("二つ目", new FiscalYears(2026, 2028)));
        assertThat(store.list()).extracting(PlanSummary::id, PlanSummary::title, PlanSummary::measureCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a, "テスト計画", 3),
                        org.assertj.core.groups.Tuple.tuple(b, "二つ目", 0));
    }

    @Test
    void replaceRewritesTheWholeContent() {
        long id = store.insert(TestPlans.rich());
        Plan changed = TestPlans.rich().withMeasures(List.of(Measure.of("X1", "G1", "新しい施策")))
                .withScores(List.of());
        assertThat(store.replace(id, changed)).isTrue();
        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(changed);
    }

    @Test
    void aChangeOfScoresAloneIsWrittenAsTheChangedRowsAndReadsBackEqual() {
        Plan original = TestPlans.rich();
        long id = store.insert(original);
        java.util.List<org.kaname.model.Score> scores = new java.util.ArrayList<>(original.scores());
        org.kaname.model.Score first = scores.get(0);
        scores.set(0, new org.kaname.model.Score(first.measure(), first.criterion(), first.rater(),
                first.value() == 1 ? 2 : 1, "変更", null));
        org.kaname.model.Score removed = scores.remove(1);
        scores.add(removed);
        Plan changed = original.withScores(scores);

        assertThat(store.replace(id, original, changed)).isTrue();

        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(changed);
    }

    @Test
    void aStaleStoredVersionFallsBackToRewritingTheWholePlan() {
        Plan original = TestPlans.rich();
        long id = store.insert(original);
        Plan elsewhere = original.withScores(original.scores().subList(0, 1));
        store.replace(id, elsewhere);
        // The caller believes the rows still hold `original`; they hold `elsewhere`.
        Plan changed = original.withScores(original.scores().subList(1, original.scores().size()));

        assertThat(store.replace(id, original, changed)).isTrue();

        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(changed);
    }

    @Test
    void aReplaceThatFailsLeavesThePlanAsItWas() {
        Plan original = TestPlans.rich();
        long id = store.insert(original);
        Criterion c = original.criteria().get(0);
        // Two criteria with one id violate the primary key half-way through the rewrite.
        Plan broken = original.withCriteria(List.of(c, c));
        assertThatThrownBy(() -> store.replace(id, broken)).isInstanceOf(StoreException.class);
        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(original);
    }

    @Test
    void deleteRemovesThePlanAndAllItsRows() {
        long id = store.insert(TestPlans.rich());
        assertThat(store.delete(id)).isTrue();
        assertThat(store.load(id)).isEmpty();
        assertThat(store.list()).isEmpty();
        int scoreRows = db.inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM score")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(scoreRows).isZero();
        assertThat(store.delete(id)).isFalse();
    }

    @Test
    void aPlanThatFailsToInsertLeavesNoRow() {
        Plan original = TestPlans.rich();
        Criterion c = original.criteria().get(0);
        assertThatThrownBy(() -> store.insert(original.withCriteria(List.of(c, c))))
                .isInstanceOf(StoreException.class);
        assertThat(store.list()).isEmpty();
    }
}
