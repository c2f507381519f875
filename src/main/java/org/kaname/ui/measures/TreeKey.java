package org.kaname.ui.measures;

/** What a row of the measure tree stands for: a pillar, a support measure (group) or a measure, by id. */
public record TreeKey(Kind kind, String id) {
    /** {@code UNASSIGNED} holds groups without a pillar and measures without a group, so nothing is hidden. */
    public enum Kind { PILLAR, GROUP, MEASURE, UNASSIGNED }

    public static TreeKey pillar(String id) {
        return new TreeKey(Kind.PILLAR, id);
    }

    public static TreeKey group(String id) {
        return new TreeKey(Kind.GROUP, id);
    }

    public static TreeKey measure(String id) {
        return new TreeKey(Kind.MEASURE, id);
    }
}
