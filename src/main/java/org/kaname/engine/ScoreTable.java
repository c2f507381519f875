package org.kaname.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/**
 * The raters' values of a plan laid out by measure × criterion (plan order), checked once: every score names a known
 * measure and criterion and lies on the criterion's scale, and every scale has max &gt; min. Values of one cell sit
 * next to each other in one array, so ranking and Monte Carlo read them without maps or boxing.
 * Two scores by the same rater for the same cell are counted as two values (the store keeps them unique).
 */
public final class ScoreTable {
    private final List<Measure> measures;
    private final List<Criterion> criteria;
    private final Map<String, Integer> measureIndex;
    private final Map<String, Integer> criterionIndex;
    /** Raw values of cell (m, c) are {@code values[offsets[cell] .. offsets[cell + 1])} with cell = m × C + c. */
    private final double[] values;
    private final int[] offsets;

    private ScoreTable(Plan plan) {
        this.measures = plan.measures();
        this.criteria = plan.criteria();
        this.measureIndex = index(measures.size(), i -> measures.get(i).id(), "measure");
        this.criterionIndex = index(criteria.size(), i -> criteria.get(i).id(), "criterion");
        for (Criterion c : criteria) {
            if (c.scale().max() <= c.scale().min()) {
                throw EngineException.invalid("criterion.scale", "Criterion '" + c.id() + "' has a scale from "
                        + c.scale().min() + " to " + c.scale().max()
                        + "; the maximum must be greater than the minimum.", c.id(), c.scale().min(), c.scale().max());
            }
        }
        List<Score> scores = plan.scores();
        int cellCount = measures.size() * criteria.size();
        int[] cellOfScore = new int[scores.size()];
        double[] valueOfScore = new double[scores.size()]; // read each Score object once: they are scattered in memory
        int[] counts = new int[cellCount + 1];
        // Scores usually come grouped by measure: remembering the last lookup saves most hash lookups.
        String lastMeasure = null;
        String lastCriterion = null;
        Integer m = null;
        Integer c = null;
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            if (s.measure() != lastMeasure) {
                lastMeasure = s.measure();
                m = measureIndex.get(lastMeasure);
            }
            if (m == null) {
                throw EngineException.unknown("score.unknownMeasure", "Score #" + (i + 1) + " is for measure '"
                        + s.measure() + "', which is not in the plan.", i + 1, s.measure());
            }
            if (s.criterion() != lastCriterion) {
                lastCriterion = s.criterion();
                c = criterionIndex.get(lastCriterion);
            }
            if (c == null) {
                throw EngineException.unknown("score.unknownCriterion", "Score #" + (i + 1) + " (measure '"
                        + s.measure() + "') is on criterion '" + s.criterion() + "', which is not in the plan.",
                        i + 1, s.measure(), s.criterion());
            }
            Criterion criterion = criteria.get(c);
            double value = s.value();
            if (Double.isNaN(value) || !criterion.scale().contains(value)) {
                throw EngineException.invalid("score.outsideScale", "Score #" + (i + 1) + " (measure '" + s.measure()
                        + "', criterion '" + s.criterion() + "', rater '" + s.rater() + "') is " + s.value()
                        + ", outside the scale " + criterion.scale().min() + "–" + criterion.scale().max() + ".",
                        i + 1, s.measure(), s.criterion(), s.rater(), s.value(), criterion.scale().min(),
                        criterion.scale().max());
            }
            int cell = m * criteria.size() + c;
            cellOfScore[i] = cell;
            valueOfScore[i] = value;
            counts[cell + 1]++;
        }
        offsets = new int[cellCount + 1];
        for (int cell = 0; cell < cellCount; cell++) {
            offsets[cell + 1] = offsets[cell] + counts[cell + 1];
        }
        int[] next = new int[cellCount];
        System.arraycopy(offsets, 0, next, 0, cellCount);
        values = new double[scores.size()];
        for (int i = 0; i < scores.size(); i++) {
            values[next[cellOfScore[i]]++] = valueOfScore[i];
        }
    }

    /** Lays out and checks the plan's scores; throws {@link EngineException} on a bad or unknown reference. */
    public static ScoreTable of(Plan plan) {
        return new ScoreTable(plan);
    }

    private static Map<String, Integer> index(int size, java.util.function.IntFunction<String> id, String what) {
        Map<String, Integer> index = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            if (index.put(id.apply(i), i) != null) {
                throw EngineException.invalid(
                        "measure".equals(what) ? "plan.duplicateMeasure" : "plan.duplicateCriterion",
                        "The plan has two " + what + "s with the id '" + id.apply(i) + "'.", id.apply(i));
            }
        }
        return index;
    }

    public List<Measure> measures() {
        return measures;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public int measureCount() {
        return measures.size();
    }

    public int criterionCount() {
        return criteria.size();
    }

    /** Position of a measure in plan order, or −1. */
    public int measureIndex(String measureId) {
        return measureIndex.getOrDefault(measureId, -1);
    }

    /** Position of a criterion in plan order, or −1. */
    public int criterionIndex(String criterionId) {
        return criterionIndex.getOrDefault(criterionId, -1);
    }

    /** Number of values given for measure {@code m} on criterion {@code c} (both plan positions). */
    public int count(int m, int c) {
        int cell = m * criteria.size() + c;
        return offsets[cell + 1] - offsets[cell];
    }

    /** Whether every criterion has at least one value for measure {@code m}; otherwise the measure is unscored. */
    public boolean isComplete(int m) {
        for (int c = 0; c < criteria.size(); c++) {
            if (count(m, c) == 0) {
                return false;
            }
        }
        return !criteria.isEmpty();
    }

    /** A copy of the raw values for measure {@code m} on criterion {@code c}, in plan order of the scores. */
    public double[] values(int m, int c) {
        int cell = m * criteria.size() + c;
        return java.util.Arrays.copyOfRange(values, offsets[cell], offsets[cell + 1]);
    }

    /** Count, mean, median, min, max and sd of the raters' values; {@link ScoreStats#NONE} when nobody rated it. */
    public ScoreStats stats(int m, int c) {
        int cell = m * criteria.size() + c;
        return ScoreStats.of(values, offsets[cell], offsets[cell + 1] - offsets[cell]);
    }

    /** Stats by measure id and criterion id; throws {@link EngineException} for an unknown id. */
    public ScoreStats stats(String measureId, String criterionId) {
        int m = measureIndex(measureId);
        int c = criterionIndex(criterionId);
        if (m < 0 || c < 0) {
            throw EngineException.unknown("score.unknownCell",
                    "No measure '" + measureId + "' or no criterion '" + criterionId + "'.", measureId, criterionId);
        }
        return stats(m, c);
    }

    /** s(m, c): the aggregate of the raters' values, or NaN when nobody rated it. */
    public double aggregate(int m, int c, Aggregation aggregation) {
        int cell = m * criteria.size() + c;
        int count = offsets[cell + 1] - offsets[cell];
        return count == 0 ? Double.NaN : aggregation.apply(values, offsets[cell], count);
    }

    /** v = (s − min)/(max − min) on the criterion's own scale, 1 − that for a cost criterion. */
    public static double normalise(Criterion criterion, double value) {
        double v = (value - criterion.scale().min()) / (double) (criterion.scale().max() - criterion.scale().min());
        return criterion.direction() == Direction.COST ? 1 - v : v;
    }
}
