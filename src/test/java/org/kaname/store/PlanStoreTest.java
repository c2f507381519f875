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
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kaname.TestPlans;
import org.kaname.model.Budget;
import org.kaname.model.Criterion;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

@ParameterizedClass(name = "{0}")
@EnumSource(Dialect.class)
class PlanStoreTest {
    @Parameter
    Dialect dialect;

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

    @Test
    void aRichPlanComesBackEqual() {
        Plan plan = TestPlans.rich();
        long id = store.insert(plan, TestDigests.CREATE);
        StoredPlan loaded = store.load(id).orElseThrow();
        assertThat(loaded.plan()).isEqualTo(plan);
        assertThat(loaded.updatedAt()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
    }

    @Test
    void aUniformBudgetAndAnEmptyPlanComeBackEqual() {
        Plan empty = Plan.empty("空の計画", new FiscalYears(2027, 2027)).withBudget(Budget.uniform(5));
        assertThat(store.load(store.insert(empty, TestDigests.CREATE)).orElseThrow().plan()).isEqualTo(empty);
    }

    @Test
    void listShowsIdTitleAndMeasureCountInInsertOrder() {
        long a = store.insert(TestPlans.rich(), TestDigests.CREATE);
        long b = store.insert(Plan.empty("二つ目", new FiscalYears(2026, 2028)), TestDigests.CREATE);
        assertThat(store.list()).extracting(PlanSummary::id, PlanSummary::title, PlanSummary::measureCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a, "テスト計画", 3),
                        org.assertj.core.groups.Tuple.tuple(b, "二つ目", 0));
    }

    @Test
    void replaceRewritesTheWholeContent() {
        long id = store.insert(TestPlans.rich(), TestDigests.CREATE);
        Plan changed = TestPlans.rich().withMeasures(List.of(Measure.of("X1", "G1", "新しい施策")))
                .withScores(List.of());
        assertThat(TestDigests.replace(store, id, changed)).isTrue();
        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(changed);
    }

    @Test
    void aChangeOfScoresAloneReadsBackEqualAndIsJournaledCellByCell() {
        Plan original = TestPlans.rich();
        long id = store.insert(original, TestDigests.CREATE);
        java.util.List<org.kaname.model.Score> scores = new java.util.ArrayList<>(original.scores());
        org.kaname.model.Score first = scores.get(0);
        scores.set(0, new org.kaname.model.Score(first.measure(), first.criterion(), first.rater(),
                first.value() == 1 ? 2 : 1, "変更", null));
        scores.remove(1);
        Plan changed = original.withScores(scores);
        org.kaname.edit.Change change = org.kaname.edit.Change.between(original, changed);
        assertThat(change.cellsOnly()).isTrue();
        assertThat(change.cells()).hasSize(2);

        assertThat(store.apply(id, changed, change, TestDigests.record("set-score"))).isPresent();

        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(changed);
        PlanJournal journal = new PlanJournal(db, TestDigests.PARTS);
        assertThat(journal.entries(id, JournalFilter.ALL)).extracting(JournalEntry::kind, JournalEntry::measure,
                        JournalEntry::before, JournalEntry::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("create", null, "", ""),
                        org.assertj.core.groups.Tuple.tuple("set-score", first.measure(),
                                org.kaname.edit.ScoreValues.text(first.value()), first.value() == 1 ? "2" : "1"),
                        org.assertj.core.groups.Tuple.tuple("set-score", original.scores().get(1).measure(),
                                org.kaname.edit.ScoreValues.text(original.scores().get(1).value()), ""));
    }

    @Test
    void aPlanCanBeReadWithTheScoresOfSomeMeasuresOnly() {
        Plan plan = TestPlans.rich();
        long id = store.insert(plan, TestDigests.CREATE);
        String measure = plan.scores().get(0).measure();

        Plan partial = store.load(id, java.util.Set.of(measure)).orElseThrow().plan();

        assertThat(partial.withScores(List.of())).isEqualTo(plan.withScores(List.of()));
        assertThat(partial.scores()).isNotEmpty()
                .isEqualTo(plan.scores().stream().filter(s -> s.measure().equals(measure)).toList());
        assertThat(plan.scores()).anySatisfy(s -> assertThat(s.measure()).isNotEqualTo(measure));
        assertThat(store.load(id, java.util.Set.of()).orElseThrow().plan().scores()).isEmpty();
    }

    @Test
    void aReplaceThatFailsLeavesThePlanAsItWas() {
        Plan original = TestPlans.rich();
        long id = store.insert(original, TestDigests.CREATE);
        Criterion c = original.criteria().get(0);
        // Two criteria with one id violate the primary key half-way through the rewrite.
        Plan broken = original.withCriteria(List.of(c, c));
        assertThatThrownBy(() -> TestDigests.replace(store, id, broken)).isInstanceOf(StoreException.class);
        assertThat(store.load(id).orElseThrow().plan()).isEqualTo(original);
    }

    @Test
    void deleteRemovesThePlanAndAllItsRows() {
        long id = store.insert(TestPlans.rich(), TestDigests.CREATE);
        assertThat(store.delete(id)).isTrue();
        assertThat(store.load(id)).isEmpty();
        assertThat(store.list()).isEmpty();
        int scoreRows = db.inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM score_block) + (SELECT COUNT(*) FROM journal)")) {
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
        assertThatThrownBy(() -> store.insert(original.withCriteria(List.of(c, c)), TestDigests.CREATE))
                .isInstanceOf(StoreException.class);
        assertThat(store.list()).isEmpty();
    }
}
