package org.kaname.model;

import java.util.Map;

/** A named set of criterion weights (e.g. 財政重視) to compare against the plan's own; a criterion not named weighs 0. */
public record Scenario(String name, Map<String, Double> weights) {
    public Scenario {
        weights = Texts.orderedMap(weights);
    }
}
