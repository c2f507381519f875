package org.kaname.engine.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kaname.engine.EngineException;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;

/**
 * The life of a scoring round. While a round is open, its scores live in the round only, so ranking and projection
 * cannot show them and the room does not anchor on each other's values; reveal copies them into the plan's scores.
 * Revealed rounds are never changed again: they are the history of how consensus moved.
 */
public final class Rounds {
    private Rounds() {
    }

    /**
     * Opens round number (highest existing + 1) for the given measures and raters (duplicates dropped, order kept).
     * With {@code prefill} the raters' current plan scores for those measures are copied into the round, so a second
     * round starts from where the room left off.
     */
    public static Plan open(Plan plan, String title, List<String> measureIds, List<String> raterIds,
                            boolean anonymous, boolean prefill, Instant now) {
        if (plan.openRound().isPresent()) {
            throw EngineException.invalid("round.stillOpen", "Round " + plan.openRound().get().number()
                    + " is still open; reveal or discard it before opening another.", plan.openRound().get().number());
        }
        List<String> measures = distinct(measureIds);
        List<String> raters = distinct(raterIds);
        if (measures.isEmpty()) {
            throw EngineException.invalid("round.noMeasure", "A round needs at least one measure.");
        }
        if (raters.isEmpty()) {
            throw EngineException.invalid("round.noRater", "A round needs at least one rater.");
        }
        for (String m : measures) {
            if (plan.measure(m).isEmpty()) {
                throw EngineException.unknown("plan.unknownMeasure", "There is no measure '" + m + "' in the plan.", m);
            }
        }
        Set<String> planRaters = new HashSet<>(plan.raters().stream().map(Rater::id).toList());
        for (String r : raters) {
            if (!planRaters.contains(r)) {
                throw EngineException.unknown("plan.unknownRater", "There is no rater '" + r + "' in the plan.", r);
            }
        }
        int number = plan.rounds().stream().mapToInt(ScoringRound::number).max().orElse(0) + 1;
        List<Score> scores = List.of();
        if (prefill) {
            Set<String> inMeasures = Set.copyOf(measures);
            Set<String> inRaters = Set.copyOf(raters);
            scores = plan.scores().stream()
                    .filter(s -> inMeasures.contains(s.measure()) && inRaters.contains(s.rater())
                            && plan.criterion(s.criterion()).isPresent())
                    .toList();
        }
        ScoringRound round = new ScoringRound(number, title, measures, raters, anonymous, null, now, null, scores);
        List<ScoringRound> rounds = new ArrayList<>(plan.rounds());
        rounds.add(round);
        return plan.withRounds(rounds);
    }

    /**
     * Sets (or with {@code value} null clears) one cell of the open round. The plan's scores are not touched.
     */
    public static Plan enter(Plan plan, String measureId, String criterionId, String raterId, Double value,
                             String note, Instant now) {
        ScoringRound round = requireOpen(plan, "enter a score");
        if (!round.measures().contains(measureId)) {
            throw EngineException.unknown("round.measureNotIn",
                    "Measure '" + measureId + "' is not in round " + round.number() + ".", measureId, round.number());
        }
        if (!round.raters().contains(raterId)) {
            throw EngineException.unknown("round.raterNotIn",
                    "Rater '" + raterId + "' is not in round " + round.number() + ".", raterId, round.number());
        }
        Criterion criterion = plan.criterion(criterionId).orElseThrow(() ->
                EngineException.unknown("plan.unknownCriterion",
                        "There is no criterion '" + criterionId + "' in the plan.", criterionId));
        if (value != null && (value.isNaN() || !criterion.scale().contains(value))) {
            throw EngineException.invalid("round.outsideScale", "The score " + value + " for criterion '" + criterionId
                    + "' is outside its scale " + criterion.scale().min() + "–" + criterion.scale().max() + ".",
                    value, criterionId, criterion.scale().min(), criterion.scale().max());
        }
        List<Score> scores = new ArrayList<>();
        boolean placed = false;
        for (Score s : round.scores()) {
            if (sameCell(s, measureId, criterionId, raterId)) {
                // Replace in place (once), so the round keeps the order values were first given in.
                if (value != null && !placed) {
                    scores.add(new Score(measureId, criterionId, raterId, value, note, now));
                }
                placed = true;
            } else {
                scores.add(s);
            }
        }
        if (value != null && !placed) {
            scores.add(new Score(measureId, criterionId, raterId, value, note, now));
        }
        return replace(plan, round, round.withScores(scores));
    }

    /**
     * Shows the open round: it becomes REVEALED at {@code now}, and each of its scores replaces the plan score of the
     * same measure × criterion × rater (or is added); cells nobody entered in the round keep their plan value.
     */
    public static Plan reveal(Plan plan, Instant now) {
        ScoringRound round = requireOpen(plan, "reveal");
        Map<String, Score> fromRound = new HashMap<>();
        for (Score s : round.scores()) {
            fromRound.put(key(s), s);
        }
        Set<String> used = new HashSet<>();
        List<Score> scores = new ArrayList<>(plan.scores().size() + round.scores().size());
        for (Score s : plan.scores()) {
            String key = key(s);
            Score replacement = fromRound.get(key);
            if (replacement == null) {
                scores.add(s);
            } else if (used.add(key)) {
                scores.add(replacement);
            }
            // A second plan score of a replaced cell is dropped: the cell now holds the round's one value.
        }
        for (Score s : round.scores()) {
            if (used.add(key(s))) {
                scores.add(s);
            }
        }
        return replace(plan, round, round.revealedAt(now)).withScores(scores);
    }

    /** Removes the open round without touching the plan's scores; a plan without an open round is returned as is. */
    public static Plan discard(Plan plan) {
        if (plan.openRound().isEmpty()) {
            return plan;
        }
        return plan.withRounds(plan.rounds().stream().filter(r -> !r.isOpen()).toList());
    }

    /**
     * Who has finished: per rater of the round, the cells expected (round measures × plan criteria) and entered.
     */
    public static RoundProgress progress(Plan plan, ScoringRound round) {
        int expected = round.measures().size() * plan.criteria().size();
        Set<String> measures = Set.copyOf(round.measures());
        List<RaterProgress> raters = new ArrayList<>();
        int total = 0;
        for (String raterId : round.raters()) {
            Set<String> cells = new HashSet<>();
            for (Score s : round.scores()) {
                if (s.rater().equals(raterId) && measures.contains(s.measure())
                        && plan.criterion(s.criterion()).isPresent()) {
                    cells.add(key(s));
                }
            }
            String name = plan.raters().stream().filter(r -> r.id().equals(raterId)).map(Rater::name)
                    .findFirst().orElse(raterId);
            raters.add(new RaterProgress(raterId, name, expected, cells.size()));
            total += cells.size();
        }
        return new RoundProgress(expected * round.raters().size(), total, raters);
    }

    private static ScoringRound requireOpen(Plan plan, String what) {
        return plan.openRound().orElseThrow(() ->
                EngineException.invalid("round.notOpen", "No round is open; open a round to " + what + "."));
    }

    private static Plan replace(Plan plan, ScoringRound old, ScoringRound updated) {
        return plan.withRounds(plan.rounds().stream().map(r -> r == old ? updated : r).toList());
    }

    private static boolean sameCell(Score s, String measure, String criterion, String rater) {
        return s.measure().equals(measure) && s.criterion().equals(criterion) && s.rater().equals(rater);
    }

    private static String key(Score s) {
        return s.measure() + '\u0000' + s.criterion() + '\u0000' + s.rater();
    }

    private static List<String> distinct(List<String> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids.stream().filter(Objects::nonNull).toList()));
    }
}
