package org.kaname.ui.sensitivity;

/**
 * One part of a measure's tier bar: the tier's name, its position among the plan's tiers from the highest
 * ({@code -1} for samples below every tier), the probability and the whole percentage shown
 * ({@link org.kaname.engine.SamplePercent}: 100 only when every sample, 0 only when none).
 */
public record TierShare(String tier, int tierIndex, double probability, int percent) {
}
