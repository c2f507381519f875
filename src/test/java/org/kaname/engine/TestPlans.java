package org.kaname.engine;

import java.util.ArrayList;
import java.util.List;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;
import org.kaname.model.Scenario;
import org.kaname.model.Tier;
import org.kaname.model.Weighting;

/** A small builder for plans in engine tests: criteria, measures and raters' values, everything else default. */
final class TestPlans {
    private final List<Criterion> criteria = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final List<Score> scores = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<Pillar> pillars = new ArrayList<>();
    private final List<MeasureGroup> groups = new ArrayList<>();
    private List<Tier> tiers = null;
    private Weighting weighting = null;

    static TestPlans plan() {
        return new TestPlans();
    }

    TestPlans benefit(String id, double weight) {
        return criterion(id, weight, Direction.BENEFIT, 1, 5);
    }

    TestPlans criterion(String id, double weight, Direction direction, int min, int max) {
        criteria.add(new Criterion(id, id, "", weight, direction, new Scale(min, max, null)));
        return this;
    }

    TestPlans measure(String id) {
        return measure(id, "G");
    }

    TestPlans measure(String id, String group) {
        measures.add(Measure.of(id, group, "title " + id));
        return this;
    }

    /** Values on the criteria in order, by raters r1, r2, …; null skips that rater. */
    TestPlans scores(String measure, String criterion, Double... values) {
        for (int r = 0; r < values.length; r++) {
            if (values[r] != null) {
                scores.add(Score.of(measure, criterion, "r" + (r + 1), values[r]));
            }
        }
        return this;
    }

    /** One measure with one value per criterion (criteria order), from rater r1. */
    TestPlans scored(String measure, double... values) {
        measure(measure);
        for (int c = 0; c < values.length; c++) {
            scores.add(Score.of(measure, criteria.get(c).id(), "r1", values[c]));
        }
        return this;
    }

    TestPlans tiers(Tier... t) {
        tiers = List.of(t);
        return this;
    }

    TestPlans weighting(Weighting w) {
        weighting = w;
        return this;
    }

    TestPlans scenario(Scenario s) {
        scenarios.add(s);
        return this;
    }

    TestPlans pillar(String id) {
        pillars.add(new Pillar(id, "pillar " + id, ""));
        return this;
    }

    TestPlans group(String id, String pillar) {
        groups.add(new MeasureGroup(id, pillar, "group " + id, "", null, null));
        return this;
    }

    Plan build() {
        List<Rater> raters = List.of(new Rater("r1", "one"), new Rater("r2", "two"), new Rater("r3", "three"));
        return Plan.empty("test", new FiscalYears(2026, 2030))
                .withCriteria(criteria).withWeighting(weighting).withTiers(tiers)
                .withStructure(pillars, groups, measures)
                .withRatersAndScores(raters, scores).withScenarios(scenarios);
    }
}
