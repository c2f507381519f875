package org.kaname.sheets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/**
 * Puts collected cells into a plan: a filled cell sets that rater's score for the measure × criterion (replacing the
 * one there, so importing the same sheet twice never duplicates), an empty cell removes it. A cell equal to the
 * stored score (value and rationale) keeps the stored score and its time. New scores are appended in the order
 * read; replaced ones keep their place.
 */
public final class ScoreMerge {
    /** The merged plan and what changed. */
    public record Result(Plan plan, int added, int changed, int removed, int unchanged) {
    }

    private ScoreMerge() {
    }

    public static Result merge(Plan plan, List<SheetEntry> entries, Instant time) {
        List<Score> scores = new ArrayList<>(plan.scores());
        Map<List<String>, Integer> index = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            index.put(key(s.measure(), s.criterion(), s.rater()), i);
        }
        int added = 0;
        int changed = 0;
        int removed = 0;
        int unchanged = 0;
        for (SheetEntry e : entries) {
            List<String> key = key(e.measure(), e.criterion(), e.rater());
            Integer at = index.get(key);
            Score old = at == null ? null : scores.get(at);
            if (e.empty()) {
                if (old != null) {
                    scores.set(at, null);
                    index.remove(key);
                    removed++;
                }
                continue;
            }
            Score next = new Score(e.measure(), e.criterion(), e.rater(), e.value(), e.note(), time);
            if (old == null) {
                index.put(key, scores.size());
                scores.add(next);
                added++;
            } else if (old.value() == e.value() && old.note().equals(e.note())) {
                unchanged++;
            } else {
                scores.set(at, next);
                changed++;
            }
        }
        scores.removeIf(s -> s == null);
        return new Result(plan.withScores(scores), added, changed, removed, unchanged);
    }

    private static List<String> key(String measure, String criterion, String rater) {
        return List.of(measure, criterion, rater);
    }
}
