package org.kaname.model;

/** A priority criterion (評価基準) with its relative weight; weights are normalised by their sum when used. */
public record Criterion(String id, String name, String description, double weight, Direction direction, Scale scale) {
    public Criterion {
        description = Texts.orEmpty(description);
        direction = direction == null ? Direction.BENEFIT : direction;
        scale = scale == null ? Scale.DEFAULT : scale;
    }

    public Criterion withWeight(double newWeight) {
        return new Criterion(id, name, description, newWeight, direction, scale);
    }
}
