package org.kaname.ui.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;

/**
 * Pure changes of a plan's raters and scores, as the scoring screen makes them. A cell is one measure × criterion ×
 * rater; it holds at most one score, so setting a value replaces the old score in place (plan order kept).
 */
final class ScoreEdits {
    private ScoreEdits() {
    }

    static Optional<Score> find(Plan plan, String measure, String criterion, String rater) {
        return plan.scores().stream().filter(s -> isCell(s, measure, criterion, rater)).findFirst();
    }

    private static boolean isCell(Score s, String measure, String criterion, String rater) {
        return s.measure().equals(measure) && s.criterion().equals(criterion) && s.rater().equals(rater);
    }

    /** The plan with the cell's value set; an existing note is kept, the time is {@code time}. */
    static Plan withValue(Plan plan, String measure, String criterion, String rater, double value, Instant time) {
        List<Score> scores = new ArrayList<>(plan.scores());
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            if (isCell(s, measure, criterion, rater)) {
                scores.set(i, new Score(measure, criterion, rater, value, s.note(), time));
                return plan.withScores(scores);
            }
        }
        scores.add(new Score(measure, criterion, rater, value, "", time));
        return plan.withScores(scores);
    }

    /** The plan without the cell's score (unchanged when there is none). */
    static Plan withoutValue(Plan plan, String measure, String criterion, String rater) {
        List<Score> scores = new ArrayList<>(plan.scores());
        return scores.removeIf(s -> isCell(s, measure, criterion, rater)) ? plan.withScores(scores) : plan;
    }

    /** The plan with the cell's rationale replaced; value and time unchanged. The cell must have a score. */
    static Plan withNote(Plan plan, String measure, String criterion, String rater, String note) {
        List<Score> scores = new ArrayList<>(plan.scores());
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            if (isCell(s, measure, criterion, rater)) {
                scores.set(i, new Score(measure, criterion, rater, s.value(), note, s.time()));
                return plan.withScores(scores);
            }
        }
        throw new IllegalArgumentException("No score for " + measure + " / " + criterion + " / " + rater);
    }

    /** The plan with a new rater at the end, named {@code name}, with a fresh id. */
    static Plan withRater(Plan plan, String name) {
        List<Rater> raters = new ArrayList<>(plan.raters());
        raters.add(new Rater(freshId(plan.raters()), name));
        return plan.withRatersAndScores(raters, plan.scores());
    }

    /** An id {@code rN} not used by any rater (N one more than the largest such number). */
    static String freshId(List<Rater> raters) {
        int max = 0;
        for (Rater r : raters) {
            if (r.id().matches("r\\d{1,9}")) {
                max = Math.max(max, Integer.parseInt(r.id().substring(1)));
            }
        }
        return "r" + (max + 1);
    }

    static Plan withRaterRenamed(Plan plan, String raterId, String name) {
        List<Rater> raters = new ArrayList<>(plan.raters());
        raters.replaceAll(r -> r.id().equals(raterId) ? new Rater(raterId, name) : r);
        return plan.withRatersAndScores(raters, plan.scores());
    }

    /** The plan without the rater and without every score that rater gave. */
    static Plan withoutRater(Plan plan, String raterId) {
        List<Rater> raters = new ArrayList<>(plan.raters());
        raters.removeIf(r -> r.id().equals(raterId));
        List<Score> scores = new ArrayList<>(plan.scores());
        scores.removeIf(s -> s.rater().equals(raterId));
        return plan.withRatersAndScores(raters, scores)
                .withRounds(plan.rounds().stream().map(r -> r.withoutRaters(List.of(raterId))).toList());
    }

    static long scoreCount(Plan plan, String raterId) {
        return plan.scores().stream().filter(s -> s.rater().equals(raterId)).count();
    }
}
