package org.kaname.ui.criteria;

/**
 * One criterion in the weights editor: its points as entered (direct points or swing points; NaN where the method
 * has none), its normalised weight in percent (NaN when the weights cannot be derived) and its place in the
 * importance ranking (1 = most important; 0 when the method does not rank).
 */
public record WeightRow(String id, String name, double points, double percent, int rank) {
}
