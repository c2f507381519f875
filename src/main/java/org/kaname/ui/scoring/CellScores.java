package org.kaname.ui.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaname.engine.ScoreStats;
import org.kaname.model.Score;

/**
 * Every rater's scores of a plan by cell (measure × criterion), with each cell's stats computed when first asked. It
 * follows an edit of a few cells without going over all scores again: the edit replaces, adds or removes scores in
 * one place of the plan's list, so the scores between the lists' common head and tail are all that changed.
 */
final class CellScores {
    /** An edit that changes more scores than this rebuilds the whole index (e.g. importing a rater's sheet). */
    private static final int FEW = 256;

    private final Map<String, List<Score>> byCell = new HashMap<>();
    private final Map<String, ScoreStats> stats = new HashMap<>();

    /** Indexes {@code scores} from scratch. */
    void rebuild(List<Score> scores) {
        byCell.clear();
        stats.clear();
        for (Score s : scores) {
            byCell.computeIfAbsent(ScoringViewModel.key(s.measure(), s.criterion()), k -> new ArrayList<>(8)).add(s);
        }
    }

    /**
     * Follows a change of the scores from {@code before} (what this index holds) to {@code after}; false, changing
     * nothing, when more than a few scores differ (then {@link #rebuild} it).
     */
    boolean update(List<Score> before, List<Score> after) {
        Region region = Region.of(before, after);
        if (region.beforeTo() - region.from() > FEW || region.afterTo() - region.from() > FEW) {
            return false;
        }
        for (int i = region.from(); i < region.beforeTo(); i++) {
            Score s = before.get(i);
            String key = ScoringViewModel.key(s.measure(), s.criterion());
            List<Score> cell = byCell.get(key);
            if (cell != null) {
                for (int j = 0; j < cell.size(); j++) {
                    if (cell.get(j) == s) {
                        cell.remove(j);
                        break;
                    }
                }
            }
            stats.remove(key);
        }
        for (int i = region.from(); i < region.afterTo(); i++) {
            Score s = after.get(i);
            String key = ScoringViewModel.key(s.measure(), s.criterion());
            byCell.computeIfAbsent(key, k -> new ArrayList<>(8)).add(s);
            stats.remove(key);
        }
        return true;
    }

    /** {@code rater}'s score of a cell, if any. */
    Optional<Score> score(String cellKey, String rater) {
        List<Score> cell = byCell.get(cellKey);
        if (cell != null) {
            for (Score s : cell) {
                if (s.rater().equals(rater)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** Computes every cell's stats now (a rebuild does it off the FX thread, so the grid only reads them). */
    void computeStats() {
        for (String key : byCell.keySet()) {
            stats(key);
        }
    }

    /** Every rater's scores of a cell. */
    List<Score> scores(String cellKey) {
        return byCell.getOrDefault(cellKey, List.of());
    }

    /** Count, mean, median, min, max and sd of a cell's values; {@link ScoreStats#NONE} when nobody rated it. */
    ScoreStats stats(String cellKey) {
        return stats.computeIfAbsent(cellKey, key -> {
            List<Score> cell = byCell.get(key);
            if (cell == null || cell.isEmpty()) {
                return ScoreStats.NONE;
            }
            double[] values = new double[cell.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = cell.get(i).value();
            }
            return ScoreStats.of(values);
        });
    }

    /**
     * Where two score lists differ: {@code before[from, beforeTo)} became {@code after[from, afterTo)}, everything
     * else is the same objects in the same places. Found by comparing references from both ends, which an edit's
     * change keeps (an unchanged score is never copied).
     */
    record Region(int from, int beforeTo, int afterTo) {
        static Region of(List<Score> before, List<Score> after) {
            int n = Math.min(before.size(), after.size());
            int from = 0;
            while (from < n && before.get(from) == after.get(from)) {
                from++;
            }
            int b = before.size();
            int a = after.size();
            while (b > from && a > from && before.get(b - 1) == after.get(a - 1)) {
                b--;
                a--;
            }
            return new Region(from, b, a);
        }
    }
}
