package org.kaname.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;

/**
 * Two versions worked out by hand. Criteria x and y on 1–5, scores 100 × Σ w · (mean − 1) / 4, tiers 高 ≥ 70,
 * 中 ≥ 50, 低 below.
 *
 * <p>A (x 1, y 1: weights .5/.5): M1 x 5,5 y 5,3 → 100 × (.5 + .5 × .75) = 87.5; M2 all 3 → 50; M3 x 1,1 y 1,3 →
 * 100 × (0 + .5 × .25) = 12.5; M4 all 4 → 75; M6 only x by r1 → unscored. Ranks M1 1, M4 2, M2 3, M3 4.
 *
 * <p>B (x 3, y 1: weights .75/.25): M4 removed; M5 added, x 5 y 5 by r1 → 100; M3 x 1,1 → 5,4 and y r2 3 → 5 →
 * x .875, y .5 → 100 × (.75 × .875 + .25 × .5) = 78.125; M1 → 100 × (.75 + .25 × .75) = 93.75; M2 50; M6 unscored.
 * Ranks M5 1, M1 2, M3 3, M2 4. Plan order of B: M1, M2, M3, M5, M6.
 */
class PlanComparisonTest {
    private static final ScoreAuthors AUTHORS = (m, c, r) -> {
        if (m.equals("M3") && c.equals("y") && r.equals("r2")) {
            return Optional.of("佐藤");
        }
        return m.equals("M5") ? Optional.of("鈴木") : Optional.empty();
    };

    static Plan versionA() {
        return new Build().criterion("x", 1).criterion("y", 1).raters("r1", "r2")
                .measures("M1", "M2", "M3", "M4", "M6")
                .values("M1", "x", 5, 5).values("M1", "y", 5, 3)
                .values("M2", "x", 3, 3).values("M2", "y", 3, 3)
                .values("M3", "x", 1, 1).values("M3", "y", 1, 3)
                .values("M4", "x", 4, 4).values("M4", "y", 4, 4)
                .score("M6", "x", "r1", 2)
                .build();
    }

    static Plan versionB() {
        Build b = new Build().criterion("x", 3).criterion("y", 1).raters("r1", "r2")
                .measures("M1", "M2", "M3", "M5", "M6")
                .values("M1", "x", 5, 5).values("M1", "y", 5, 3)
                .values("M2", "x", 3, 3).values("M2", "y", 3, 3)
                .values("M3", "x", 5, 4).values("M3", "y", 1, 5)
                .score("M5", "x", "r1", 5).score("M5", "y", "r1", 5)
                .score("M6", "x", "r1", 2);
        Collections.reverse(b.scores); // the order of the score list must not matter
        return b.build();
    }

    @Test
    void rowsFollowBsRankOrderThenTheMeasuresOnlyAHad() {
        Comparison c = PlanComparison.compare(versionA(), versionB(), AUTHORS);
        assertThat(c.ranking()).extracting(RankMovement::id, RankMovement::rankA, RankMovement::rankB,
                        RankMovement::tierA, RankMovement::tierB)
                .containsExactly(
                        tuple("M5", null, 1, null, "高"),
                        tuple("M1", 1, 2, "高", "高"),
                        tuple("M3", 4, 3, "低", "高"),
                        tuple("M2", 3, 4, "中", "中"),
                        tuple("M6", null, null, "未評価", "未評価"),
                        tuple("M4", 2, null, "高", null));
        RankMovement m1 = c.ranking().get(1);
        assertThat(m1.scoreA()).isCloseTo(87.5, within(1e-9));
        assertThat(m1.scoreB()).isCloseTo(93.75, within(1e-9));
        RankMovement m3 = c.ranking().get(2);
        assertThat(m3.scoreA()).isCloseTo(12.5, within(1e-9));
        assertThat(m3.scoreB()).isCloseTo(78.125, within(1e-9));
        assertThat(m3.title()).isEqualTo("施策M3");
    }

    @Test
    void movementIsPositiveUpNegativeDownAndEmptyWithoutTwoRanks() {
        Comparison c = PlanComparison.compare(versionA(), versionB(), AUTHORS);
        RankMovement m3 = find(c, "M3");
        assertThat(m3.movement()).isEqualTo(OptionalInt.of(1));
        assertThat(m3.isUp()).isTrue();
        assertThat(m3.isDown()).isFalse();
        RankMovement m2 = find(c, "M2");
        assertThat(m2.movement()).isEqualTo(OptionalInt.of(-1));
        assertThat(m2.isDown()).isTrue();
        assertThat(m2.changed()).as("same score and tier, rank 3 → 4").isTrue();
        assertThat(find(c, "M5").movement()).isEmpty();
        RankMovement m6 = find(c, "M6");
        assertThat(m6.movement()).isEmpty();
        assertThat(m6.changed()).isFalse();
        assertThat(m6.moved()).isFalse();
        assertThat(c.moved()).extracting(RankMovement::id).containsExactly("M1", "M3", "M2");
        assertThat(c.changedRanking()).extracting(RankMovement::id).containsExactly("M5", "M1", "M3", "M2", "M4");
    }

    @Test
    void anAddedMeasureHasNoASideAndARemovedOneNoBSide() {
        Comparison c = PlanComparison.compare(versionA(), versionB(), AUTHORS);
        RankMovement added = find(c, "M5");
        assertThat(added.isNew()).isTrue();
        assertThat(added.isRemoved()).isFalse();
        assertThat(added.rankA()).isNull();
        assertThat(added.scoreA()).isNull();
        assertThat(added.tierA()).isNull();
        assertThat(added.scoreB()).isCloseTo(100.0, within(1e-9));
        RankMovement removed = find(c, "M4");
        assertThat(removed.isRemoved()).isTrue();
        assertThat(removed.isNew()).isFalse();
        assertThat(removed.rankB()).isNull();
        assertThat(removed.scoreB()).isNull();
        assertThat(removed.tierB()).isNull();
        assertThat(removed.scoreA()).isCloseTo(75.0, within(1e-9));
        assertThat(removed.title()).isEqualTo("施策M4");
        assertThat(c.added()).containsExactly(new MeasureRef("M5", "施策M5"));
        assertThat(c.removed()).containsExactly(new MeasureRef("M4", "施策M4"));
    }

    @Test
    void changedAddedAndRemovedValuesInBsMeasureThenCriterionThenRaterOrderWithTheirAuthors() {
        Comparison c = PlanComparison.compare(versionA(), versionB(), AUTHORS);
        // B's plan order M1, M2, M3, M5, M6 (not its rank order, where M5 is first), then M4 that only A had.
        assertThat(c.scores()).extracting(ScoreChange::measureId, ScoreChange::criterionId, ScoreChange::raterId,
                        ScoreChange::before, ScoreChange::after, ScoreChange::changedBy)
                .containsExactly(
                        tuple("M3", "x", "r1", 1.0, 5.0, null),
                        tuple("M3", "x", "r2", 1.0, 4.0, null),
                        tuple("M3", "y", "r2", 3.0, 5.0, "佐藤"),
                        tuple("M5", "x", "r1", null, 5.0, "鈴木"),
                        tuple("M5", "y", "r1", null, 5.0, "鈴木"),
                        tuple("M4", "x", "r1", 4.0, null, null),
                        tuple("M4", "x", "r2", 4.0, null, null),
                        tuple("M4", "y", "r1", 4.0, null, null),
                        tuple("M4", "y", "r2", 4.0, null, null));
        ScoreChange first = c.scores().get(0);
        assertThat(first.measureTitle()).isEqualTo("施策M3");
        assertThat(first.criterionName()).isEqualTo("基準x");
        assertThat(first.raterName()).isEqualTo("評価者r1");
        assertThat(c.scores().get(3).isAdded()).isTrue();
        assertThat(c.scores().get(5).isRemoved()).isTrue();
        assertThat(c.scores().get(5).measureTitle()).isEqualTo("施策M4");
    }

    @Test
    void withoutAuthorsNobodyIsNamed() {
        Comparison c = PlanComparison.compare(versionA(), versionB());
        assertThat(c.scores()).hasSize(9).allSatisfy(s -> assertThat(s.changedBy()).isNull());
    }

    @Test
    void weightsOfEveryCriterionOnBothSides() {
        Comparison c = PlanComparison.compare(versionA(), versionB(), AUTHORS);
        assertThat(c.weights()).extracting(WeightChange::criterionId, WeightChange::criterionName,
                WeightChange::changed).containsExactly(tuple("x", "基準x", true), tuple("y", "基準y", true));
        assertThat(c.weights().get(0).before()).isCloseTo(0.5, within(1e-12));
        assertThat(c.weights().get(0).after()).isCloseTo(0.75, within(1e-12));
        assertThat(c.weights().get(1).before()).isCloseTo(0.5, within(1e-12));
        assertThat(c.weights().get(1).after()).isCloseTo(0.25, within(1e-12));
        assertThat(c.isEmpty()).isFalse();
    }

    @Test
    void unchangedWeightsAreListedAsUnchangedAndScaledRawWeightsAreNoChange() {
        // A: 1, 1, 2 → .25, .25, .5; B: 2, 0, 2 → .5, 0, .5: z keeps .5.
        Plan a = new Build().criterion("x", 1).criterion("y", 1).criterion("z", 2).build();
        Plan b = new Build().criterion("x", 2).criterion("y", 0).criterion("z", 2).build();
        Comparison c = PlanComparison.compare(a, b);
        assertThat(c.weights()).extracting(WeightChange::criterionId, WeightChange::before, WeightChange::after,
                        WeightChange::changed)
                .containsExactly(tuple("x", 0.25, 0.5, true), tuple("y", 0.25, 0.0, true), tuple("z", 0.5, 0.5, false));
        assertThat(c.changedWeights()).extracting(WeightChange::criterionId).containsExactly("x", "y");
        // Doubling every raw weight leaves the normalised weights as they were.
        Plan doubled = new Build().criterion("x", 2).criterion("y", 2).criterion("z", 4).build();
        Comparison same = PlanComparison.compare(a, doubled);
        assertThat(same.changedWeights()).isEmpty();
        assertThat(same.isEmpty()).isTrue();
    }

    @Test
    void anIdenticalPairIsEmpty() {
        Comparison itself = PlanComparison.compare(versionA(), versionA(), AUTHORS);
        assertThat(itself.isEmpty()).isTrue();
        assertThat(itself.scores()).isEmpty();
        assertThat(itself.added()).isEmpty();
        assertThat(itself.removed()).isEmpty();
        assertThat(itself.changedRanking()).isEmpty();
        assertThat(itself.moved()).isEmpty();
        assertThat(itself.ranking()).extracting(RankMovement::id).containsExactly("M1", "M4", "M2", "M3", "M6");
        assertThat(itself.weights()).hasSize(2).noneMatch(WeightChange::changed);
        assertThat(itself.rankingProblemA()).isEmpty();
        assertThat(itself.rankingProblemB()).isEmpty();
    }

    @Test
    void oneChangedValueIsNotEmpty() {
        Plan a = versionA();
        List<Score> scores = new ArrayList<>(a.scores());
        scores.set(0, Score.of("M1", "x", "r1", 4)); // M1 x 5,5 → 4,5: 87.5 → 100 × (.5 × .875 + .5 × .75) = 81.25
        Comparison c = PlanComparison.compare(a, a.withScores(scores));
        assertThat(c.isEmpty()).isFalse();
        assertThat(c.scores()).extracting(ScoreChange::before, ScoreChange::after).containsExactly(tuple(5.0, 4.0));
        assertThat(c.moved()).isEmpty();
        assertThat(c.changedRanking()).extracting(RankMovement::id).containsExactly("M1");
        assertThat(c.changedRanking().get(0).scoreB()).isCloseTo(81.25, within(1e-9));
    }

    @Test
    void criteriaAndRatersFollowBsOrderThenThoseOnlyAHad() {
        // A: criteria x, y, z (z only in A) and raters r1, r2, r3 (r3 only in A); B: y, x and r2, r1.
        Plan a = new Build().criterion("x", 1).criterion("y", 1).criterion("z", 2).raters("r1", "r2", "r3")
                .measures("M1").values("M1", "x", 1, 1, 1).values("M1", "y", 1, 1, 1).values("M1", "z", 1, 1, 1)
                .build();
        Plan b = new Build().criterion("y", 1).criterion("x", 1).raters("r2", "r1")
                .measures("M1").values("M1", "x", 2, 2).values("M1", "y", 2, 2).build();
        Comparison c = PlanComparison.compare(a, b);
        assertThat(c.scores()).extracting(ScoreChange::criterionId, ScoreChange::raterId, ScoreChange::before,
                        ScoreChange::after)
                .containsExactly(
                        tuple("y", "r2", 1.0, 2.0), tuple("y", "r1", 1.0, 2.0), tuple("y", "r3", 1.0, null),
                        tuple("x", "r2", 1.0, 2.0), tuple("x", "r1", 1.0, 2.0), tuple("x", "r3", 1.0, null),
                        tuple("z", "r2", 1.0, null), tuple("z", "r1", 1.0, null), tuple("z", "r3", 1.0, null));
        assertThat(c.scores().get(2).raterName()).isEqualTo("評価者r3");
        // A: .25, .25, .5 over x, y, z; B: .5, .5 over y, x.
        assertThat(c.weights()).extracting(WeightChange::criterionId, WeightChange::before, WeightChange::after)
                .containsExactly(tuple("y", 0.25, 0.5), tuple("x", 0.25, 0.5), tuple("z", 0.5, null));
        assertThat(c.weights().get(2).changed()).isTrue();
    }

    @Test
    void aMeasureScoredOnlyInBMovedFromUnrankedToRanked() {
        Plan a = new Build().criterion("x", 1).raters("r1").measures("M1", "M2").score("M1", "x", "r1", 3).build();
        Plan b = new Build().criterion("x", 1).raters("r1").measures("M1", "M2").score("M1", "x", "r1", 3)
                .score("M2", "x", "r1", 5).build();
        Comparison c = PlanComparison.compare(a, b);
        assertThat(c.ranking()).extracting(RankMovement::id, RankMovement::rankA, RankMovement::rankB,
                        RankMovement::tierA, RankMovement::tierB)
                .containsExactly(tuple("M2", null, 1, "未評価", "高"), tuple("M1", 1, 2, "中", "中"));
        RankMovement m2 = c.ranking().get(0);
        assertThat(m2.isNew()).isFalse();
        assertThat(m2.moved()).isTrue();
        assertThat(m2.movement()).isEmpty();
        assertThat(c.scores()).extracting(ScoreChange::measureId, ScoreChange::before, ScoreChange::after)
                .containsExactly(tuple("M2", null, 5.0));
    }

    @Test
    void aVersionThatCannotBeRankedIsComparedWithoutRanksAndSaysWhy() {
        Plan a = versionA();
        List<Score> scores = new ArrayList<>(a.scores());
        scores.add(Score.of("M6", "y", "r1", 9)); // off the 1–5 scale: the engine refuses to rank B
        Comparison c = PlanComparison.compare(a, a.withScores(scores));
        assertThat(c.rankingProblemA()).isEmpty();
        assertThat(c.rankingProblemB()).hasValueSatisfying(p -> assertThat(p).contains("outside the scale"));
        // Without B's ranking its measures come in its plan order.
        assertThat(c.ranking()).extracting(RankMovement::id).containsExactly("M1", "M2", "M3", "M4", "M6");
        assertThat(c.ranking()).allSatisfy(r -> {
            assertThat(r.rankB()).isNull();
            assertThat(r.scoreB()).isNull();
            assertThat(r.tierB()).isEqualTo("未評価");
        });
        // The weights do not depend on the values, so they are still known on both sides.
        assertThat(c.weights()).extracting(WeightChange::after).containsExactly(0.5, 0.5);
        assertThat(c.scores()).extracting(ScoreChange::measureId, ScoreChange::after).containsExactly(tuple("M6", 9.0));
        Plan noCriteria = a.withCriteria(List.of()).withScores(List.of());
        Comparison none = PlanComparison.compare(noCriteria, a);
        assertThat(none.rankingProblemA()).hasValueSatisfying(p -> assertThat(p).contains("no criteria"));
        assertThat(none.weights()).extracting(WeightChange::before).containsExactly(null, null);
    }

    @Test
    void aPlanOf300000ValuesComparesByIndexNotPairByPair() {
        // 2,000 measures × 5 criteria × 30 raters; B changes every 1,000th value and drops the last measure.
        List<String> measures = new ArrayList<>();
        Build a = new Build().raters(ids("r", 30));
        for (int c = 1; c <= 5; c++) {
            a.criterion("c" + c, c);
        }
        for (int m = 1; m <= 2000; m++) {
            measures.add("M" + m);
        }
        a.measures(measures.toArray(String[]::new));
        for (int m = 1; m <= 2000; m++) {
            for (int c = 1; c <= 5; c++) {
                for (int r = 1; r <= 30; r++) {
                    a.score("M" + m, "c" + c, "r" + r, 1 + (m + c + r) % 5);
                }
            }
        }
        Plan planA = a.build();
        List<Score> changed = new ArrayList<>(planA.scores().size());
        for (int i = 0; i < planA.scores().size(); i++) {
            Score s = planA.scores().get(i);
            if (s.measure().equals("M2000")) {
                continue;
            }
            changed.add(i % 1000 == 0 ? Score.of(s.measure(), s.criterion(), s.rater(), s.value() == 5 ? 4 : 5) : s);
        }
        Plan planB = planA.withMeasures(planA.measures().subList(0, 1999)).withScores(changed);
        // A pair-by-pair search would take minutes here; the index takes well under a second.
        Comparison c = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> PlanComparison.compare(planA, planB));
        // Changed: indices 0, 1000, …, 299,000 except those of M2000 (the last 150 values: none is a multiple).
        assertThat(c.scores().stream().filter(s -> s.before() != null && s.after() != null).count()).isEqualTo(300);
        assertThat(c.scores().stream().filter(ScoreChange::isRemoved).count()).isEqualTo(150);
        assertThat(c.removed()).containsExactly(new MeasureRef("M2000", "施策M2000"));
        assertThat(c.ranking()).hasSize(2000);
        assertThat(c.ranking().get(1999).id()).isEqualTo("M2000");
        assertThat(c.scores().get(0).measureId()).isEqualTo("M1");
        assertThat(c.scores().get(c.scores().size() - 1).measureId()).isEqualTo("M2000");
    }

    private static String[] ids(String prefix, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = prefix + (i + 1);
        }
        return out;
    }

    private static RankMovement find(Comparison c, String id) {
        return c.ranking().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** Criteria on 1–5, measures titled 施策ID, raters named 評価者ID, values by rater in the raters' order. */
    static final class Build {
        final List<Criterion> criteria = new ArrayList<>();
        final List<Measure> measures = new ArrayList<>();
        final List<Rater> raters = new ArrayList<>();
        final List<Score> scores = new ArrayList<>();

        Build criterion(String id, double weight) {
            criteria.add(new Criterion(id, "基準" + id, "", weight, Direction.BENEFIT, Scale.of(1, 5, Map.of())));
            return this;
        }

        Build raters(String... ids) {
            for (String id : ids) {
                raters.add(new Rater(id, "評価者" + id));
            }
            return this;
        }

        Build measures(String... ids) {
            for (String id : ids) {
                measures.add(Measure.of(id, "G", "施策" + id));
            }
            return this;
        }

        /** One value per rater, in the raters' order. */
        Build values(String measure, String criterion, double... values) {
            for (int r = 0; r < values.length; r++) {
                score(measure, criterion, raters.get(r).id(), values[r]);
            }
            return this;
        }

        Build score(String measure, String criterion, String rater, double value) {
            scores.add(Score.of(measure, criterion, rater, value));
            return this;
        }

        Plan build() {
            return Plan.empty("比較テスト", new FiscalYears(2026, 2030)).withCriteria(criteria).withMeasures(measures)
                    .withRatersAndScores(raters, scores);
        }
    }
}
