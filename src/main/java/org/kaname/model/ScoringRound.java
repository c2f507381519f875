package org.kaname.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * One round of scoring in a workshop: a set of measures, a set of raters, and the scores given in this round. The
 * round's scores stay apart from the plan's scores until the round is revealed, so the room does not anchor on each
 * other's values; once revealed they are kept here unchanged, so later rounds can be compared with this one (how
 * consensus moved). {@code number} counts from 1 in the plan; {@code anonymous} hides rater names in the room.
 */
public record ScoringRound(int number, String title, List<String> measures, List<String> raters, boolean anonymous,
                           RoundState state, Instant opened, Instant revealed, List<Score> scores) {
    public ScoringRound {
        title = Texts.orEmpty(title);
        measures = Texts.list(measures);
        raters = Texts.list(raters);
        state = state == null ? RoundState.OPEN : state;
        scores = Texts.list(scores);
        opened = Instants.stored(opened);
        revealed = Instants.stored(revealed);
    }

    public boolean isOpen() {
        return state == RoundState.OPEN;
    }

    public ScoringRound withScores(List<Score> newScores) {
        return new ScoringRound(number, title, measures, raters, anonymous, state, opened, revealed, newScores);
    }

    public ScoringRound revealedAt(Instant time) {
        return new ScoringRound(number, title, measures, raters, anonymous, RoundState.REVEALED, opened, time, scores);
    }

    /** This round without the given measures and their scores (when measures are removed from the plan). */
    public ScoringRound withoutMeasures(Collection<String> ids) {
        Set<String> gone = Set.copyOf(ids);
        return new ScoringRound(number, title, measures.stream().filter(m -> !gone.contains(m)).toList(), raters,
                anonymous, state, opened, revealed,
                scores.stream().filter(s -> !gone.contains(s.measure())).toList());
    }

    /** This round without the given raters and their scores (when raters are removed from the plan). */
    public ScoringRound withoutRaters(Collection<String> ids) {
        Set<String> gone = Set.copyOf(ids);
        return new ScoringRound(number, title, measures, raters.stream().filter(r -> !gone.contains(r)).toList(),
                anonymous, state, opened, revealed,
                scores.stream().filter(s -> !gone.contains(s.rater())).toList());
    }

    /** This round without scores on the given criteria (when criteria are removed from the plan). */
    public ScoringRound withoutCriteria(Collection<String> ids) {
        Set<String> gone = Set.copyOf(ids);
        return withScores(scores.stream().filter(s -> !gone.contains(s.criterion())).toList());
    }

    /** This round with measure {@code oldId} called {@code newId} (when a measure's id is changed). */
    public ScoringRound withMeasureRenamed(String oldId, String newId) {
        return new ScoringRound(number, title, measures.stream().map(m -> m.equals(oldId) ? newId : m).toList(), raters,
                anonymous, state, opened, revealed, scores.stream().map(s -> s.measure().equals(oldId)
                        ? new Score(newId, s.criterion(), s.rater(), s.value(), s.note(), s.time()) : s).toList());
    }
}
