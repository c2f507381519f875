package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.kaname.model.Criterion;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.RoundState;
import org.kaname.model.Scale;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;

/**
 * The score rules of {@link PlanValidator}, checked in linear time, against the plain way they were written before
 * (one map of cells, a list lookup per round score): the same issues in the same order, on random plans with
 * unknown, missing and repeated ids, values off the scale and rounds; with small grids of cells and large ones.
 */
class PlanValidatorScoresTest {
    private static final Locale LOCALE = Locale.ENGLISH;

    @Test
    void scoreIssuesAreThoseOfThePlainRules() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 300; round++) {
            // Small plans have a grid of cells kept as an array; many raters and few scores, a hash table.
            boolean largeGrid = round % 3 == 0;
            Plan plan = randomPlan(random, largeGrid ? 400 : 1 + random.nextInt(6), largeGrid ? 100 : 1 + random.nextInt(4),
                    random.nextInt(largeGrid ? 300 : 60));
            List<PlanIssue> all = new PlanValidator(LOCALE).validate(plan);
            List<PlanIssue> scoreIssues = all.stream().filter(i -> i.pointer().matches("(/rounds/\\d+)?/scores/.*"))
                    .toList();
            assertThat(scoreIssues).as("plan %d", round).isEqualTo(plainScoreIssues(plan));
            assertThat(new PlanValidator(LOCALE).firstIssue(plan)).isEqualTo(all.stream().findFirst());
        }
    }

    @Test
    void theSameCellTwiceIsADuplicateWhateverItsIds() {
        Plan plan = randomPlan(new SplittableRandom(1), 3, 2, 0).withScores(List.of(Score.of("M0", "c0", "r0", 1),
                Score.of(null, "c0", "r0", 1), Score.of("M0", "zz", "r0", 1), Score.of("M0", "c0", "r0", 2),
                Score.of(null, "c0", "r0", 1), Score.of("M0", "zz", "r0", 3), Score.of("M0", "zz", "r1", 3)));
        List<String> duplicates = new PlanValidator(LOCALE).validate(plan).stream()
                .filter(i -> i.message().startsWith("Duplicate score")).map(i -> i.pointer() + " " + i.message())
                .toList();
        assertThat(duplicates).containsExactly(
                "/scores/3 Duplicate score for measure \"M0\", criterion \"c0\", rater \"r0\" (same as /scores/0).",
                "/scores/4 Duplicate score for measure \"null\", criterion \"c0\", rater \"r0\" (same as /scores/1).",
                "/scores/5 Duplicate score for measure \"M0\", criterion \"zz\", rater \"r0\" (same as /scores/2).");
    }

    private static Plan randomPlan(SplittableRandom random, int measures, int raters, int scores) {
        List<Criterion> criteria = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            criteria.add(new Criterion("c" + c, "C" + c, "", 1, null, Scale.of(1, 5, null)));
        }
        List<Measure> ms = new ArrayList<>();
        for (int m = 0; m < measures; m++) {
            ms.add(Measure.of("M" + m, null, "施策"));
        }
        List<Rater> rs = new ArrayList<>();
        for (int r = 0; r < raters; r++) {
            rs.add(new Rater("r" + r, "R"));
        }
        List<ScoringRound> rounds = new ArrayList<>();
        for (int n = 1; n <= random.nextInt(3); n++) {
            rounds.add(new ScoringRound(n, "", List.of("M0", "M" + (measures - 1), "X"), List.of("r0", "zz"), false,
                    RoundState.REVEALED, null, java.time.Instant.EPOCH, randomScores(random, measures, raters,
                    random.nextInt(20))));
        }
        return Plan.empty("p", new FiscalYears(2026, 2030)).withCriteria(criteria).withMeasures(ms)
                .withRatersAndScores(rs, randomScores(random, measures, raters, scores)).withRounds(rounds);
    }

    private static List<Score> randomScores(SplittableRandom random, int measures, int raters, int count) {
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Few measures and raters drawn from, so cells repeat; now and then an unknown or missing id.
            String measure = pick(random, "M" + random.nextInt(Math.min(measures, 4)), "X", null);
            String criterion = pick(random, "c" + random.nextInt(2), "zz", null);
            String rater = pick(random, "r" + random.nextInt(Math.min(raters, 3)), "zz", null);
            double value = switch (random.nextInt(12)) {
                case 0 -> 0;
                case 1 -> 7.5;
                case 2 -> Double.NaN;
                case 3 -> Double.NEGATIVE_INFINITY;
                default -> 1 + random.nextInt(5);
            };
            scores.add(Score.of(measure, criterion, rater, value));
        }
        return scores;
    }

    private static String pick(SplittableRandom random, String usual, String unknown, String missing) {
        int r = random.nextInt(20);
        return r == 0 ? unknown : r == 1 ? missing : usual;
    }

    /** The score rules as PlanValidator had them before they were made linear. */
    private static List<PlanIssue> plainScoreIssues(Plan plan) {
        IoMessages text = new IoMessages(LOCALE);
        List<PlanIssue> issues = new ArrayList<>();
        Map<String, Criterion> criteria = new HashMap<>();
        plan.criteria().forEach(c -> criteria.putIfAbsent(c.id(), c));
        Set<String> measures = new HashSet<>();
        plan.measures().forEach(m -> measures.add(m.id()));
        Set<String> raters = new HashSet<>();
        plan.raters().forEach(r -> raters.add(r.id()));
        plainScores(plan.scores(), "/scores", null, issues, text, criteria, measures, raters);
        for (int i = 0; i < plan.rounds().size(); i++) {
            plainScores(plan.rounds().get(i).scores(), Pointers.child("/rounds", i) + "/scores", plan.rounds().get(i),
                    issues, text, criteria, measures, raters);
        }
        return issues;
    }

    private static void plainScores(List<Score> scores, String pointer, ScoringRound round, List<PlanIssue> issues,
            IoMessages text, Map<String, Criterion> criteria, Set<String> measures, Set<String> raters) {
        Map<List<String>, String> seen = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            String p = Pointers.child(pointer, i);
            reference(s.measure(), measures, p + "/measure", "ref.measure", issues, text);
            if (round != null && measures.contains(s.measure()) && !round.measures().contains(s.measure())) {
                issues.add(new PlanIssue(p + "/measure", text.get("round.measureNotInRound", s.measure(),
                        round.number())));
            }
            reference(s.criterion(), criteria.keySet(), p + "/criterion", "ref.criterion", issues, text);
            reference(s.rater(), raters, p + "/rater", "ref.rater", issues, text);
            if (round != null && raters.contains(s.rater()) && !round.raters().contains(s.rater())) {
                issues.add(new PlanIssue(p + "/rater", text.get("round.raterNotInRound", s.rater(), round.number())));
            }
            if (!Double.isFinite(s.value())) {
                issues.add(new PlanIssue(p + "/value", text.get("value.notFinite", s.value())));
            } else {
                Criterion c = s.criterion() == null ? null : criteria.get(s.criterion());
                if (c != null && !c.scale().contains(s.value())) {
                    issues.add(new PlanIssue(p + "/value", text.get("score.outOfScale", JsonNumbers.text(s.value()),
                            c.id(), c.scale().min(), c.scale().max())));
                }
            }
            String first = seen.putIfAbsent(Arrays.asList(s.measure(), s.criterion(), s.rater()), p);
            if (first != null) {
                issues.add(new PlanIssue(p, text.get("score.duplicate", s.measure(), s.criterion(), s.rater(),
                        first)));
            }
        }
    }

    private static void reference(String id, Set<String> known, String pointer, String key, List<PlanIssue> issues,
            IoMessages text) {
        if (id == null) {
            issues.add(new PlanIssue(pointer, text.get("field.required")));
        } else if (!known.contains(id)) {
            issues.add(new PlanIssue(pointer, text.get(key, id)));
        }
    }
}
